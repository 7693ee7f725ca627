package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.cases.CaseFixtures.COUNTY;
import static org.shouwang.cases.CaseFixtures.INCOME;
import static org.shouwang.cases.CaseFixtures.TOWNSHIP;
import static org.shouwang.cases.CaseFixtures.VILLAGE_CLERK;
import static org.shouwang.cases.CaseFixtures.at;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag("database")
class CaseWorkflowTest {
  /** A clock the test moves by hand. */
  static final class TestClock extends Clock {
    private Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return CaseDates.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final TestClock clock = new TestClock(at("2025-03-03"));
  private final CaseWorkflow workflow =
      new CaseWorkflow(
          CaseTestDatabase.cases(), clock, new CaseSettings(Map.of()), WorkingDayCalendar.china());

  @Test
  void aSelfDeclarationIsTakenInOnceAndEscalatesWhenNotAccepted() {
    ClueIntake clue =
        ClueIntake.selfDeclaration(
            CaseTestDatabase.aHousehold(),
            "SB-" + System.nanoTime(),
            Set.of(RiskType.ILLNESS),
            "家中老人重病");
    long id = workflow.receive(TOWNSHIP, clue);
    assertThat(workflow.receive(TOWNSHIP, clue)).isEqualTo(id);

    clock.set(at("2025-03-06"));
    assertThat(workflow.overdueIn("411328"))
        .filteredOn(o -> o.caseId() == id)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.step()).isEqualTo(CaseStep.CLUE_RECEIVED);
              assertThat(o.escalations()).extracting(Escalation::to).contains(AdminLevel.COUNTY);
            });

    Case accepted = workflow.act(id, 0, now -> new CaseCommand.AcceptDeclaration(TOWNSHIP, now));
    assertThat(accepted.step()).isEqualTo(CaseStep.HOME_VERIFICATION);
    assertThat(accepted.transitions())
        .last()
        .extracting(CaseTransition::at)
        .isEqualTo(at("2025-03-06"));
  }

  @Test
  void anOverdueCountyDecisionReachesTheCityHomePageButNotTheProvinces() {
    Case c =
        Case.open(
            new ReceiveClue(
                VILLAGE_CLERK,
                at("2025-03-03"),
                CaseTestDatabase.aHousehold(),
                ClueChannel.CADRE_SCREENING,
                "ZF-" + System.nanoTime(),
                Set.of(RiskType.ILLNESS),
                "走访发现"));
    CaseFixtures.toTownshipReview(c, LocalDate.of(2025, 3, 4));
    c.approveAtTownship(new CaseCommand.ApproveAtTownship(TOWNSHIP, at("2025-03-11"), "同意"));
    CaseTestDatabase.cases().save(c);
    String village = c.household().villageCode();

    clock.set(at("2025-03-13"));
    assertThat(workflow.overdueIn(village.substring(0, 6)))
        .extracting(CaseOverdue::caseId)
        .doesNotContain(c.id());
    clock.set(at("2025-03-14")); // the county's decision is late: it escalates to the city
    assertThat(workflow.overdueIn(village)).extracting(CaseOverdue::caseId).contains(c.id());
    assertThat(workflow.overdueIn(village.substring(0, 6)))
        .extracting(CaseOverdue::caseId)
        .contains(c.id());
    assertThat(workflow.overdueIn(village.substring(0, 4)))
        .filteredOn(o -> o.caseId() == c.id())
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.escalations())
                    .extracting(Escalation::to)
                    .containsOnly(AdminLevel.CITY));
    assertThat(workflow.overdueIn(village.substring(0, 2)))
        .extracting(CaseOverdue::caseId)
        .doesNotContain(c.id());
    assertThat(workflow.overdueIn("420100")).extracting(CaseOverdue::caseId).doesNotContain(c.id());
  }

  @Test
  void refusesACommandOnAVersionTheUserDidNotSee() {
    long id =
        workflow.receive(
            VILLAGE_CLERK,
            ClueIntake.cadreScreening(
                CaseTestDatabase.aHousehold(), "ZF-" + System.nanoTime(), Set.of(), "走访发现"));
    workflow.act(
        id,
        0,
        now ->
            new CaseCommand.RecordDataComparison(
                COUNTY, now, List.of(new ComparisonFinding("W02", "住院自付"))));

    assertThatThrownBy(
            () ->
                workflow.act(
                    id,
                    0,
                    now ->
                        new CaseCommand.RecordHomeVerification(
                            VILLAGE_CLERK, now, Set.of("a", "b"), true, INCOME, "属实")))
        .isInstanceOf(CaseConcurrentlyModified.class);
    assertThat(
            workflow
                .act(
                    id,
                    1,
                    now ->
                        new CaseCommand.RecordHomeVerification(
                            VILLAGE_CLERK, now, Set.of("a", "b"), true, INCOME, "属实"))
                .step())
        .isEqualTo(CaseStep.VILLAGE_REVIEW);
  }

  @Test
  void printsTheRejectionLetter() {
    long id =
        workflow.receive(
            VILLAGE_CLERK,
            ClueIntake.departmentWarning(
                CaseTestDatabase.aHousehold(), "W-" + System.nanoTime(), Set.of(), "医保预警"));
    clock.set(at("2025-09-30"));
    workflow.act(id, 0, now -> new CaseCommand.Reject(VILLAGE_CLERK, now, "家庭人均纯收入高于监测范围"));

    RejectionLetter letter = workflow.rejectionLetter(id, "张三");

    assertThat(letter.tellBy()).isEqualTo("2025-10-14");
    assertThat(letter.text())
        .contains("张三户主")
        .contains("家庭人均纯收入高于监测范围")
        .contains("部门筛查预警")
        .contains("申请复核")
        .contains("2025年9月30日");
  }

  @Test
  void aProvinceCanCountTwentyWorkingDays() {
    CaseSettings guizhouStyle =
        new CaseSettings(
            Map.of(
                "41", new CaseSettings.ProvinceLimits(20, DayCount.WORKING, 5, DayCount.WORKING)));
    CasePolicy policy = guizhouStyle.policyFor("411328");
    assertThat(policy.procedure()).isEqualTo(DayLimit.workingDays(20));
    assertThat(policy.minimumNotice()).isEqualTo(DayLimit.workingDays(5));
    assertThat(guizhouStyle.policyFor("520102")).isEqualTo(CasePolicy.standard());
  }
}
