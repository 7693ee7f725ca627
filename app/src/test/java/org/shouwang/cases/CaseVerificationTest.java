package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.cases.CaseFixtures.COUNTY;
import static org.shouwang.cases.CaseFixtures.INCOME;
import static org.shouwang.cases.CaseFixtures.VILLAGE_CLERK;
import static org.shouwang.cases.CaseFixtures.at;
import static org.shouwang.cases.CaseFixtures.comparison;
import static org.shouwang.cases.CaseFixtures.opened;
import static org.shouwang.cases.CaseFixtures.verification;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseVerificationTest {
  @Test
  void whenVerifiedFirstTheCaseWaitsForTheComparison() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    c.recordHomeVerification(verification("2025-03-04", "cun.li", "cun.wang"));
    assertThat(c.step()).isEqualTo(CaseStep.DATA_COMPARISON);

    c.recordDataComparison(comparison("2025-03-05"));
    assertThat(c.step()).isEqualTo(CaseStep.VILLAGE_REVIEW);
    assertThat(c.comparison().orElseThrow().findings())
        .extracting(ComparisonFinding::ruleCode)
        .containsExactly("W02");
  }

  @Test
  void aComparisonDuringVerificationKeepsTheStepButIsOnRecord() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    c.recordDataComparison(comparison("2025-03-04"));

    assertThat(c.step()).isEqualTo(CaseStep.HOME_VERIFICATION);
    CaseTransition last = c.transitions().get(c.transitions().size() - 1);
    assertThat(last.from()).isEqualTo(last.to()).isEqualTo(CaseStep.HOME_VERIFICATION);
    assertThat(last.actor()).isEqualTo(COUNTY.username());

    c.recordHomeVerification(verification("2025-03-05", "cun.li", "cun.wang"));
    assertThat(c.step()).isEqualTo(CaseStep.VILLAGE_REVIEW);
  }

  @Test
  void refusesOneVerifier() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    assertThatThrownBy(() -> c.recordHomeVerification(verification("2025-03-04", "cun.li")))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("至少2名");
  }

  @Test
  void refusesAVerificationWithoutSignedAuthorisation() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    assertThatThrownBy(
            () ->
                c.recordHomeVerification(
                    new CaseCommand.RecordHomeVerification(
                        VILLAGE_CLERK, at("2025-03-04"), Set.of("a", "b"), false, INCOME, "x")))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("承诺授权书");
  }

  @Test
  void recomputesPerCapitaIncomeFromWhatWasEntered() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    c.recordHomeVerification(verification("2025-03-04", "cun.li", "cun.wang"));
    // (12,000 + 3,000 + 0 + 1,000 − 2,000) / 4 = 3,500 yuan
    assertThat(c.verification().orElseThrow().perCapitaNetFen()).isEqualTo(350_000);
  }

  @Test
  void onlyTheCountyRecordsTheComparison() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    assertThatThrownBy(
            () ->
                c.recordDataComparison(
                    new CaseCommand.RecordDataComparison(
                        VILLAGE_CLERK, at("2025-03-04"), List.of())))
        .isInstanceOf(CaseRuleViolation.class);
  }
}
