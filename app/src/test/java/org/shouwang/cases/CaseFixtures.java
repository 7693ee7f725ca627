package org.shouwang.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Actors, times and walks through the procedure that start valid; tests change one thing. */
final class CaseFixtures {
  static final Actor VILLAGE_CLERK = Actor.village("cun.li");
  static final Actor VERIFIER_WANG = Actor.village("cun.wang");
  static final Actor TOWNSHIP = Actor.township("xiang.zhang");
  static final Actor COUNTY = Actor.county("xian.zhao");
  static final CaseHousehold HOUSEHOLD =
      new CaseHousehold(1L, "411328101201", "411328101", "411328");
  static final ProcedureClock CLOCK =
      new ProcedureClock(CasePolicy.standard(), WorkingDayCalendar.china());
  static final IncomeEntered INCOME = new IncomeEntered(1_200_000, 300_000, 0, 100_000, 200_000, 4);

  private CaseFixtures() {}

  /** 09:00 China time on the given day. */
  static Instant at(String date) {
    return at(date, 9);
  }

  static Instant at(String date, int hour) {
    return LocalDateTime.of(LocalDate.parse(date), java.time.LocalTime.of(hour, 0))
        .atZone(CaseDates.ZONE)
        .toInstant();
  }

  static ReceiveClue clue(ClueChannel channel, String on, RiskType... risks) {
    Actor by = channel == ClueChannel.SELF_DECLARATION ? TOWNSHIP : VILLAGE_CLERK;
    String origin =
        switch (channel) {
          case DEPARTMENT_WARNING -> "W-2025-000123";
          case SELF_DECLARATION -> "SB-411328101-0042";
          case CADRE_SCREENING -> "ZF-20250303-7";
        };
    return new ReceiveClue(by, at(on), HOUSEHOLD, channel, origin, Set.of(risks), "长子住院，自付医疗费较高");
  }

  static Case opened(ClueChannel channel, String on, RiskType... risks) {
    Case c =
        Case.open(clue(channel, on, risks.length == 0 ? new RiskType[] {RiskType.ILLNESS} : risks));
    if (channel.needsAcceptance()) {
      c.acceptDeclaration(new CaseCommand.AcceptDeclaration(TOWNSHIP, at(on, 15)));
    }
    return c;
  }

  static CaseCommand.RecordHomeVerification verification(String on, String... verifiers) {
    return new CaseCommand.RecordHomeVerification(
        VILLAGE_CLERK, at(on), Set.of(verifiers), true, INCOME, "住院自付4.2万元，家中无其他劳动力");
  }

  static CaseCommand.RecordDataComparison comparison(String on) {
    return new CaseCommand.RecordDataComparison(
        COUNTY, at(on), List.of(new ComparisonFinding("W02", "住院自付 42,000 元 ≥ 5,000 元")));
  }

  /**
   * From the start of verification to the township review; notice from {@code day+1} for 5 days.
   */
  static void toTownshipReview(Case c, LocalDate day) {
    c.recordDataComparison(comparison(day.toString()));
    c.recordHomeVerification(verification(day.toString(), "cun.li", "cun.wang"));
    c.recordVillageReview(
        new CaseCommand.RecordVillageReview(
            VILLAGE_CLERK, at(day.plusDays(1).toString()), day.plusDays(1), "村民代表12人，同意11人"));
    c.publishNotice(
        new CaseCommand.PublishNotice(
            VILLAGE_CLERK, at(day.plusDays(1).toString(), 10), day.plusDays(1), day.plusDays(5)),
        CLOCK);
    c.closeNotice(new CaseCommand.CloseNotice(VILLAGE_CLERK, at(day.plusDays(6).toString())));
  }

  static void toMonitoringObject(Case c, LocalDate day) {
    toTownshipReview(c, day);
    c.approveAtTownship(
        new CaseCommand.ApproveAtTownship(TOWNSHIP, at(day.plusDays(7).toString()), "同意"));
    c.approveAtCounty(
        new CaseCommand.ApproveAtCounty(
            COUNTY,
            at(day.plusDays(8).toString()),
            MonitoringCategory.SUDDEN_SEVERE_HARDSHIP,
            List.of(RiskType.ILLNESS, RiskType.LACK_OF_LABOR)));
  }
}
