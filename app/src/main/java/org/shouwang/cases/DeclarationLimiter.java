package org.shouwang.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps a flood of declarations out: at most 5 an hour from one address and 3 a day for one ID
 * number. Counts live in memory: a restart forgets them, which errs on the side of the applicant.
 */
@Component
class DeclarationLimiter {
  static final int PER_ADDRESS_PER_HOUR = 5;
  static final int PER_ID_PER_DAY = 3;
  private final Clock clock;
  private final Map<String, Deque<Instant>> seen = new ConcurrentHashMap<>();

  DeclarationLimiter(Clock clock) {
    this.clock = clock;
  }

  /** Records the attempt and says whether it is within the limits. */
  boolean allow(String address, String idNumber) {
    Instant now = clock.instant();
    boolean byAddress = take("ip:" + address, now, Duration.ofHours(1), PER_ADDRESS_PER_HOUR);
    boolean byId =
        idNumber == null || take("id:" + idNumber, now, Duration.ofDays(1), PER_ID_PER_DAY);
    return byAddress && byId;
  }

  private boolean take(String key, Instant now, Duration window, int limit) {
    Deque<Instant> times = seen.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }
}
