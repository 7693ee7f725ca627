package org.shouwang.screening;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * When a region is screened by itself: every day ({@code dayOfMonth} null) or on one day of the
 * month (1–28, so that every month has it), from an hour on, in the zone of the domain.
 */
public record ScreeningSchedule(
    String regionCode,
    Integer dayOfMonth,
    int hour,
    boolean enabled,
    String setBy,
    LocalDate lastRunOn,
    Long lastRunId,
    String lastError) {

  public ScreeningSchedule {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("hour must be 0–23: " + hour);
    }
    if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 28)) {
      throw new IllegalArgumentException("day of month must be 1–28: " + dayOfMonth);
    }
  }

  /** Whether a run is due at {@code now}: the day and hour have come and today has no run yet. */
  public boolean dueAt(ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    return enabled
        && (dayOfMonth == null || today.getDayOfMonth() == dayOfMonth)
        && now.getHour() >= hour
        && !today.equals(lastRunOn);
  }
}
