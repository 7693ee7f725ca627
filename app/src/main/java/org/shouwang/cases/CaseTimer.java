package org.shouwang.cases;

import java.time.LocalDate;

/**
 * A running timer, computed from the stored dates only. {@code dueOn} is the last day on which the
 * work is in time; as in Chinese administrative practice the day the period starts is not counted
 * (a 15-day limit from 1 March is due on 16 March).
 */
public record CaseTimer(
    TimerKind kind, CaseStep step, LocalDate startsOn, LocalDate dueOn, AdminLevel owner) {

  public boolean overdueOn(LocalDate asOf) {
    return asOf.isAfter(dueOn);
  }

  /** Overdue work goes one level up. */
  public AdminLevel escalatesTo() {
    return owner.up();
  }
}
