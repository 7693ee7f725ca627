package org.shouwang.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines of a case, from its stored dates and a province's {@link CasePolicy}, counted on a
 * {@link WorkingDayCalendar}. Nothing here reads the time: the caller says what day it is, so a
 * restart or a week offline changes no deadline.
 */
public final class ProcedureClock {
  private final CasePolicy policy;
  private final WorkingDayCalendar calendar;

  public ProcedureClock(CasePolicy policy, WorkingDayCalendar calendar) {
    this.policy = policy;
    this.calendar = calendar;
  }

  public CasePolicy policy() {
    return policy;
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** How long a notice from {@code firstDay} to {@code lastDay} runs, as the policy counts. */
  public int noticeDays(LocalDate firstDay, LocalDate lastDay) {
    return calendar.daysInclusive(firstDay, lastDay, policy.minimumNotice().count());
  }

  /** The last day to tell the household of a rejection made on {@code rejectedOn}. */
  public LocalDate rejectionLetterDue(LocalDate rejectedOn) {
    return calendar.plus(rejectedOn, policy.rejectionLetter());
  }

  /** The last day for the county's decision in the current round. */
  public LocalDate procedureDueOn(Case c) {
    return calendar.plus(c.clockStartsOn(), policy.procedure());
  }

  /** Every timer running on the case. */
  public List<CaseTimer> timers(Case c) {
    List<CaseTimer> timers = new ArrayList<>();
    CaseStep step = c.step();
    if (step.open()) {
      timers.add(
          new CaseTimer(
              TimerKind.PROCEDURE, step, c.clockStartsOn(), procedureDueOn(c), step.owner()));
    }
    LocalDate since = c.stepEnteredOn();
    switch (step) {
      case CLUE_RECEIVED -> timers.add(stepTimer(step, since, policy.acceptance()));
      case HOME_VERIFICATION -> {
        timers.add(stepTimer(step, since, policy.homeVerification()));
        if (c.comparison().isEmpty()) {
          timers.add(stepTimer(CaseStep.DATA_COMPARISON, since, policy.dataComparison()));
        }
      }
      case DATA_COMPARISON -> {
        LocalDate verificationStarted = c.enteredOn(CaseStep.HOME_VERIFICATION).orElse(since);
        timers.add(stepTimer(step, verificationStarted, policy.dataComparison()));
      }
      case VILLAGE_REVIEW -> timers.add(stepTimer(step, since, policy.villageReview()));
      case PUBLIC_NOTICE ->
          timers.add(
              c.notice()
                  .map(n -> stepTimer(step, n.lastDay(), policy.noticeClosing()))
                  .orElseGet(() -> stepTimer(step, since, policy.noticePublication())));
      case TOWNSHIP_REVIEW -> timers.add(stepTimer(step, since, policy.townshipReview()));
      case COUNTY_APPROVAL -> timers.add(stepTimer(step, since, policy.countyApproval()));
      case RECHECK_REQUESTED -> timers.add(stepTimer(step, since, policy.recheckAcceptance()));
      case REJECTED ->
          c.rejection()
              .filter(r -> r.householdToldOn() == null)
              .ifPresent(
                  r ->
                      timers.add(
                          new CaseTimer(
                              TimerKind.REJECTION_LETTER,
                              step,
                              CaseDates.dateOf(r.at()),
                              r.tellHouseholdBy(),
                              r.rejectedAt())));
      case MONITORING_OBJECT -> {}
    }
    return timers;
  }

  /** The timers that are overdue on {@code asOf}, each with the level it escalates to. */
  public List<Escalation> overdue(Case c, LocalDate asOf) {
    return timers(c).stream()
        .filter(t -> t.overdueOn(asOf))
        .map(t -> new Escalation(t, ChronoUnit.DAYS.between(t.dueOn(), asOf), t.escalatesTo()))
        .toList();
  }

  /** The highest level an overdue case must be shown to, if any timer is overdue. */
  public Optional<AdminLevel> escalationLevel(Case c, LocalDate asOf) {
    return overdue(c, asOf).stream().map(Escalation::to).max(Comparator.naturalOrder());
  }

  private CaseTimer stepTimer(CaseStep step, LocalDate since, DayLimit limit) {
    return new CaseTimer(TimerKind.STEP, step, since, calendar.plus(since, limit), step.owner());
  }
}
