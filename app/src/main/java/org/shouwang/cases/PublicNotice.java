package org.shouwang.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 村内公示: the notice runs on whole days from {@code firstDay} to {@code lastDay}, both included. It
 * has ended once the date is after the last day.
 */
public record PublicNotice(
    String publishedBy, Instant publishedAt, LocalDate firstDay, LocalDate lastDay) {

  public boolean endedBy(LocalDate date) {
    return date.isAfter(lastDay);
  }
}
