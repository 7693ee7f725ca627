package org.shouwang.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The procedure counts days in China Standard Time, whatever the server's zone. */
final class CaseDates {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private CaseDates() {}

  static LocalDate dateOf(Instant at) {
    return at.atZone(ZONE).toLocalDate();
  }
}
