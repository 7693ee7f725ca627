package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.cases.CaseFixtures.CLOCK;
import static org.shouwang.cases.CaseFixtures.HOUSEHOLD;
import static org.shouwang.cases.CaseFixtures.TOWNSHIP;
import static org.shouwang.cases.CaseFixtures.VILLAGE_CLERK;
import static org.shouwang.cases.CaseFixtures.at;
import static org.shouwang.cases.CaseFixtures.clue;
import static org.shouwang.cases.CaseFixtures.opened;
import static org.shouwang.cases.CaseFixtures.toMonitoringObject;
import static org.shouwang.cases.CaseFixtures.toTownshipReview;
import static org.shouwang.cases.CaseFixtures.verification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseChannelsTest {
  @ParameterizedTest
  @EnumSource(ClueChannel.class)
  void walksEachChannelToAMonitoringObject(ClueChannel channel) {
    Case c = opened(channel, "2025-03-03");

    toMonitoringObject(c, LocalDate.parse("2025-03-04"));

    assertThat(c.step()).isEqualTo(CaseStep.MONITORING_OBJECT);
    CountyDecision decision = c.decision().orElseThrow();
    assertThat(decision.category()).isEqualTo(MonitoringCategory.SUDDEN_SEVERE_HARDSHIP);
    assertThat(decision.riskTypes()).containsExactly(RiskType.ILLNESS, RiskType.LACK_OF_LABOR);
    assertThat(decision.identificationMonth()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(c.assistanceMayStart()).isTrue();
    assertThat(c.transitions().stream().filter(CaseTransition::movesStep).map(CaseTransition::to))
        .containsSubsequence(
            CaseStep.CLUE_RECEIVED,
            CaseStep.HOME_VERIFICATION,
            CaseStep.VILLAGE_REVIEW,
            CaseStep.PUBLIC_NOTICE,
            CaseStep.TOWNSHIP_REVIEW,
            CaseStep.COUNTY_APPROVAL,
            CaseStep.MONITORING_OBJECT);
    assertThat(c.clue().channel()).isEqualTo(channel);
    assertThat(c.clue().originRef()).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(ClueChannel.class)
  void walksEachChannelToARejectionAndThroughTheRecheckToAnObject(ClueChannel channel) {
    Case c = opened(channel, "2025-03-03");
    toTownshipReview(c, LocalDate.parse("2025-03-04"));

    c.reject(new CaseCommand.Reject(TOWNSHIP, at("2025-03-11"), "家庭有经营性车辆两辆，收入超过监测范围"), CLOCK);

    assertThat(c.step()).isEqualTo(CaseStep.REJECTED);
    Rejection rejection = c.rejection().orElseThrow();
    assertThat(rejection.atStep()).isEqualTo(CaseStep.TOWNSHIP_REVIEW);
    assertThat(rejection.tellHouseholdBy()).isEqualTo(LocalDate.parse("2025-03-18"));

    c.recordHouseholdTold(new CaseCommand.RecordHouseholdTold(TOWNSHIP, at("2025-03-12")));
    c.requestRecheck(new CaseCommand.RequestRecheck(TOWNSHIP, at("2025-03-14"), "车辆已于去年变卖"));
    assertThat(c.step()).isEqualTo(CaseStep.RECHECK_REQUESTED);
    c.acceptRecheck(new CaseCommand.AcceptRecheck(TOWNSHIP, at("2025-03-17")));

    assertThat(c.step()).isEqualTo(CaseStep.HOME_VERIFICATION);
    assertThat(c.round()).isEqualTo(2);
    assertThat(c.clockStartsOn()).isEqualTo(LocalDate.parse("2025-03-14"));
    assertThat(c.verification()).isEmpty();
    assertThat(c.rejection()).isEmpty();

    toMonitoringObject(c, LocalDate.parse("2025-03-18"));
    assertThat(c.step()).isEqualTo(CaseStep.MONITORING_OBJECT);
    assertThat(c.rounds()).hasSize(2);
    assertThat(c.rounds().get(0).notice).isNotNull();
  }

  @Test
  void selfDeclarationWaitsForTheTownshipToAcceptIt() {
    Case c = Case.open(clue(ClueChannel.SELF_DECLARATION, "2025-03-03", RiskType.ILLNESS));
    assertThat(c.step()).isEqualTo(CaseStep.CLUE_RECEIVED);

    assertThatThrownBy(() -> c.recordHomeVerification(verification("2025-03-04", "a", "b")))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("线索受理");
    assertThatThrownBy(
            () ->
                c.acceptDeclaration(
                    new CaseCommand.AcceptDeclaration(VILLAGE_CLERK, at("2025-03-04"))))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("乡镇级");

    c.acceptDeclaration(new CaseCommand.AcceptDeclaration(TOWNSHIP, at("2025-03-04")));
    assertThat(c.step()).isEqualTo(CaseStep.HOME_VERIFICATION);
  }

  @Test
  void departmentWarningAndCadreScreeningGoStraightToVerification() {
    assertThat(Case.open(clue(ClueChannel.DEPARTMENT_WARNING, "2025-03-03")).step())
        .isEqualTo(CaseStep.HOME_VERIFICATION);
    assertThat(Case.open(clue(ClueChannel.CADRE_SCREENING, "2025-03-03")).step())
        .isEqualTo(CaseStep.HOME_VERIFICATION);
  }

  @Test
  void aClueNamesItsOrigin() {
    assertThatThrownBy(
            () ->
                Case.open(
                    new ReceiveClue(
                        VILLAGE_CLERK,
                        at("2025-03-03"),
                        HOUSEHOLD,
                        ClueChannel.CADRE_SCREENING,
                        " ",
                        Set.of(),
                        "")))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("visit record");
  }
}
