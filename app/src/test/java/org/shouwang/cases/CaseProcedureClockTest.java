package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.cases.CaseFixtures.CLOCK;
import static org.shouwang.cases.CaseFixtures.TOWNSHIP;
import static org.shouwang.cases.CaseFixtures.VILLAGE_CLERK;
import static org.shouwang.cases.CaseFixtures.at;
import static org.shouwang.cases.CaseFixtures.clue;
import static org.shouwang.cases.CaseFixtures.comparison;
import static org.shouwang.cases.CaseFixtures.opened;
import static org.shouwang.cases.CaseFixtures.toMonitoringObject;
import static org.shouwang.cases.CaseFixtures.toTownshipReview;
import static org.shouwang.cases.CaseFixtures.verification;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseProcedureClockTest {

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  @Test
  void theWholeProcedureHasFifteenDaysFromTheFirstClue() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    assertThat(CLOCK.procedureDueOn(c)).isEqualTo("2025-03-18");
    assertThat(CLOCK.overdue(c, d("2025-03-18")))
        .noneMatch(e -> e.timer().kind() == TimerKind.PROCEDURE);
    assertThat(CLOCK.overdue(c, d("2025-03-19")))
        .anyMatch(e -> e.timer().kind() == TimerKind.PROCEDURE && e.daysLate() == 1);
  }

  @Test
  void aProvinceMayCountTwentyWorkingDaysOverAHoliday() {
    ProcedureClock guizhou =
        new ProcedureClock(
            CasePolicy.standard().withProcedure(DayLimit.workingDays(20)),
            WorkingDayCalendar.china());
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-09-26");
    // 09-28, 09-29, 09-30 (3); 10-09, 10-10, 10-11 (6); 10-13..17 (11); 10-20..24 (16); 10-27..30
    assertThat(guizhou.procedureDueOn(c)).isEqualTo("2025-10-30");
  }

  @Test
  void anUnacceptedSelfDeclarationEscalatesFromTownshipToCountyAfterTwoDays() {
    Case c = Case.open(clue(ClueChannel.SELF_DECLARATION, "2025-03-03", RiskType.ILLNESS));
    assertThat(CLOCK.overdue(c, d("2025-03-05"))).isEmpty();

    assertThat(CLOCK.overdue(c, d("2025-03-06")))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.timer().kind()).isEqualTo(TimerKind.STEP);
              assertThat(e.timer().step()).isEqualTo(CaseStep.CLUE_RECEIVED);
              assertThat(e.timer().dueOn()).isEqualTo("2025-03-05");
              assertThat(e.to()).isEqualTo(AdminLevel.COUNTY);
            });
  }

  @Test
  void verificationAndComparisonRunTwoTimersInParallel() {
    Case c = opened(ClueChannel.DEPARTMENT_WARNING, "2025-03-03");

    assertThat(CLOCK.timers(c))
        .filteredOn(t -> t.kind() == TimerKind.STEP)
        .extracting(CaseTimer::step, CaseTimer::dueOn, CaseTimer::owner)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                CaseStep.HOME_VERIFICATION, d("2025-03-06"), AdminLevel.VILLAGE),
            org.assertj.core.groups.Tuple.tuple(
                CaseStep.DATA_COMPARISON, d("2025-03-08"), AdminLevel.COUNTY));
    assertThat(CLOCK.escalationLevel(c, d("2025-03-07"))).contains(AdminLevel.TOWNSHIP);
    assertThat(CLOCK.escalationLevel(c, d("2025-03-09"))).contains(AdminLevel.CITY);
  }

  @Test
  void theComparisonTimerKeepsRunningFromTheStartOfVerification() {
    Case c = opened(ClueChannel.DEPARTMENT_WARNING, "2025-03-03");
    c.recordHomeVerification(verification("2025-03-05", "cun.li", "cun.wang"));
    assertThat(CLOCK.timers(c))
        .filteredOn(t -> t.kind() == TimerKind.STEP)
        .singleElement()
        .satisfies(t -> assertThat(t.dueOn()).isEqualTo("2025-03-08"));
    c.recordDataComparison(comparison("2025-03-06"));
    assertThat(CLOCK.timers(c))
        .filteredOn(t -> t.kind() == TimerKind.STEP)
        .singleElement()
        .satisfies(t -> assertThat(t.step()).isEqualTo(CaseStep.VILLAGE_REVIEW));
  }

  @Test
  void anOverdueCountyApprovalEscalatesToTheCity() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    toTownshipReview(c, d("2025-03-04"));
    c.approveAtTownship(new CaseCommand.ApproveAtTownship(TOWNSHIP, at("2025-03-11"), "同意"));

    assertThat(CLOCK.overdue(c, d("2025-03-13"))).isEmpty();
    assertThat(CLOCK.overdue(c, d("2025-03-14")))
        .singleElement()
        .satisfies(e -> assertThat(e.to()).isEqualTo(AdminLevel.CITY));
    assertThat(CLOCK.overdue(c, d("2025-03-19"))).hasSize(2);
  }

  @Test
  void theNoticeTimerRunsFromItsLastDay() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    c.recordDataComparison(comparison("2025-03-03"));
    c.recordHomeVerification(verification("2025-03-03", "cun.li", "cun.wang"));
    c.recordVillageReview(
        new CaseCommand.RecordVillageReview(
            VILLAGE_CLERK, at("2025-03-04"), d("2025-03-04"), "同意"));
    assertThat(stepDue(c)).isEqualTo("2025-03-05");
    c.publishNotice(
        new CaseCommand.PublishNotice(
            VILLAGE_CLERK, at("2025-03-05"), d("2025-03-05"), d("2025-03-11")),
        CLOCK);
    assertThat(stepDue(c)).isEqualTo("2025-03-12");
  }

  @Test
  void anUntoldRejectionEscalatesAfterFiveWorkingDays() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-09-26");
    toTownshipReview(c, d("2025-09-27"));
    c.reject(new CaseCommand.Reject(TOWNSHIP, at("2025-10-03"), "有商品房"), CLOCK);

    // 10-09, 10-10, 10-11 (make-up), 10-13, 10-14
    assertThat(CLOCK.overdue(c, d("2025-10-14"))).isEmpty();
    assertThat(CLOCK.overdue(c, d("2025-10-15")))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.timer().kind()).isEqualTo(TimerKind.REJECTION_LETTER);
              assertThat(e.to()).isEqualTo(AdminLevel.COUNTY);
            });

    c.recordHouseholdTold(new CaseCommand.RecordHouseholdTold(TOWNSHIP, at("2025-10-15")));
    assertThat(CLOCK.timers(c)).isEmpty();
  }

  @Test
  void aDecidedCaseRunsNoTimer() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    toMonitoringObject(c, d("2025-03-04"));
    assertThat(CLOCK.timers(c)).isEmpty();
    assertThat(CLOCK.escalationLevel(c, d("2026-01-01"))).isEmpty();
  }

  @Test
  void aRecheckRestartsTheProcedureClockFromTheRequest() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    c.reject(new CaseCommand.Reject(VILLAGE_CLERK, at("2025-03-04"), "不符合"), CLOCK);
    c.requestRecheck(new CaseCommand.RequestRecheck(TOWNSHIP, at("2025-03-10"), "情况有变"));
    assertThat(CLOCK.timers(c))
        .singleElement()
        .satisfies(t -> assertThat(t.dueOn()).isEqualTo("2025-03-17"));
    c.acceptRecheck(new CaseCommand.AcceptRecheck(TOWNSHIP, at("2025-03-11")));
    assertThat(CLOCK.procedureDueOn(c)).isEqualTo("2025-03-25");
  }

  private LocalDate stepDue(Case c) {
    return CLOCK.timers(c).stream()
        .filter(t -> t.kind() == TimerKind.STEP)
        .findFirst()
        .orElseThrow()
        .dueOn();
  }
}
