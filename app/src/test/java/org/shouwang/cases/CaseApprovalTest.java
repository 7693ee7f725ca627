package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.cases.CaseFixtures.CLOCK;
import static org.shouwang.cases.CaseFixtures.COUNTY;
import static org.shouwang.cases.CaseFixtures.TOWNSHIP;
import static org.shouwang.cases.CaseFixtures.VILLAGE_CLERK;
import static org.shouwang.cases.CaseFixtures.at;
import static org.shouwang.cases.CaseFixtures.comparison;
import static org.shouwang.cases.CaseFixtures.opened;
import static org.shouwang.cases.CaseFixtures.toTownshipReview;
import static org.shouwang.cases.CaseFixtures.verification;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseApprovalTest {
  @Test
  void aVerifierCannotApproveAtTownship() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    c.recordDataComparison(comparison("2025-03-04"));
    c.recordHomeVerification(verification("2025-03-04", "cun.li", "xiang.zhang"));
    walkNotice(c);

    assertThatThrownBy(
            () ->
                c.approveAtTownship(
                    new CaseCommand.ApproveAtTownship(TOWNSHIP, at("2025-03-12"), "同意")))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("参与入户核实的人员不能审核")
        .hasMessageContaining("verifier cannot approve");
    assertThat(c.step()).isEqualTo(CaseStep.TOWNSHIP_REVIEW);
  }

  @Test
  void aVerifierCannotApproveAtCounty() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    c.recordDataComparison(comparison("2025-03-04"));
    c.recordHomeVerification(verification("2025-03-04", "cun.li", "xian.zhao"));
    walkNotice(c);
    c.approveAtTownship(new CaseCommand.ApproveAtTownship(TOWNSHIP, at("2025-03-12"), "同意"));

    assertThatThrownBy(() -> c.approveAtCounty(countyApproval(RiskType.ILLNESS)))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("xian.zhao");
  }

  @Test
  void aVerifierOfAnEarlierRoundCannotApproveEither() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    c.recordDataComparison(comparison("2025-03-04"));
    c.recordHomeVerification(verification("2025-03-04", "cun.li", "xian.zhao"));
    c.reject(new CaseCommand.Reject(VILLAGE_CLERK, at("2025-03-05"), "评议未通过"), CLOCK);
    // village review is the village's call; the case was rejected there
    c.requestRecheck(new CaseCommand.RequestRecheck(TOWNSHIP, at("2025-03-06"), "申请复核"));
    c.acceptRecheck(new CaseCommand.AcceptRecheck(TOWNSHIP, at("2025-03-06")));
    c.recordDataComparison(comparison("2025-03-07"));
    c.recordHomeVerification(verification("2025-03-07", "cun.li", "cun.wang"));
    walkNotice(c);
    c.approveAtTownship(new CaseCommand.ApproveAtTownship(TOWNSHIP, at("2025-03-14"), "同意"));

    assertThatThrownBy(() -> c.approveAtCounty(countyApproval(RiskType.ILLNESS)))
        .isInstanceOf(CaseRuleViolation.class);
  }

  @Test
  void refusesMoreThanFiveRiskTypes() {
    Case c = atCounty();
    assertThatThrownBy(
            () ->
                c.approveAtCounty(
                    countyApproval(
                        RiskType.ILLNESS,
                        RiskType.DISABILITY,
                        RiskType.EDUCATION,
                        RiskType.ACCIDENT,
                        RiskType.HOUSING_SAFETY,
                        RiskType.WATER_SAFETY)))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("风险类型最多5项（现为6项）");
    assertThat(c.step()).isEqualTo(CaseStep.COUNTY_APPROVAL);
  }

  @Test
  void acceptsFiveRiskTypesAndCountsRepeatsOnce() {
    Case c = atCounty();
    c.approveAtCounty(
        countyApproval(
            RiskType.ILLNESS,
            RiskType.ILLNESS,
            RiskType.DISABILITY,
            RiskType.EDUCATION,
            RiskType.ACCIDENT,
            RiskType.HOUSING_SAFETY));
    assertThat(c.decision().orElseThrow().riskTypes()).hasSize(5);
  }

  @Test
  void refusesApprovalWithoutRiskType() {
    Case c = atCounty();
    assertThatThrownBy(() -> c.approveAtCounty(countyApproval()))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("至少确定1项风险类型");
  }

  @Test
  void onlyTheCountyApproves() {
    Case c = atCounty();
    assertThatThrownBy(
            () ->
                c.approveAtCounty(
                    new CaseCommand.ApproveAtCounty(
                        Actor.township("xiang.sun"),
                        at("2025-03-13"),
                        MonitoringCategory.MARGINAL_AT_RISK,
                        List.of(RiskType.ILLNESS))))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("县级");
  }

  @Test
  void refusesApprovalOutOfTurn() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    assertThatThrownBy(() -> c.approveAtCounty(countyApproval(RiskType.ILLNESS)))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("入户核实");
  }

  private Case atCounty() {
    Case c = opened(ClueChannel.DEPARTMENT_WARNING, "2025-03-03");
    toTownshipReview(c, LocalDate.parse("2025-03-04"));
    c.approveAtTownship(new CaseCommand.ApproveAtTownship(TOWNSHIP, at("2025-03-12"), "同意"));
    return c;
  }

  private void walkNotice(Case c) {
    LocalDate day =
        c.transitions().get(c.transitions().size() - 1).at().atZone(CaseDates.ZONE).toLocalDate();
    c.recordVillageReview(
        new CaseCommand.RecordVillageReview(VILLAGE_CLERK, at(day.toString(), 12), day, "同意"));
    c.publishNotice(
        new CaseCommand.PublishNotice(VILLAGE_CLERK, at(day.toString(), 13), day, day.plusDays(4)),
        CLOCK);
    c.closeNotice(new CaseCommand.CloseNotice(VILLAGE_CLERK, at(day.plusDays(5).toString())));
  }

  private CaseCommand.ApproveAtCounty countyApproval(RiskType... risks) {
    return new CaseCommand.ApproveAtCounty(
        COUNTY, at("2025-03-16"), MonitoringCategory.MARGINAL_AT_RISK, List.of(risks));
  }
}
