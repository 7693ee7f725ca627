package org.shouwang.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A clue not taken in (不予纳入): the written reason, the step it was refused at, and the date by which
 * the household must have been told (5 working days by default).
 */
public record Rejection(
    String rejectedBy,
    AdminLevel rejectedAt,
    Instant at,
    CaseStep atStep,
    String reason,
    LocalDate tellHouseholdBy,
    LocalDate householdToldOn) {

  Rejection told(LocalDate on) {
    return new Rejection(rejectedBy, rejectedAt, at, atStep, reason, tellHouseholdBy, on);
  }
}
