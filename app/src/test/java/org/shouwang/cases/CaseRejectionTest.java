package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.cases.CaseFixtures.CLOCK;
import static org.shouwang.cases.CaseFixtures.COUNTY;
import static org.shouwang.cases.CaseFixtures.TOWNSHIP;
import static org.shouwang.cases.CaseFixtures.VILLAGE_CLERK;
import static org.shouwang.cases.CaseFixtures.at;
import static org.shouwang.cases.CaseFixtures.opened;
import static org.shouwang.cases.CaseFixtures.toMonitoringObject;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseRejectionTest {
  @Test
  void needsAReason() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    assertThatThrownBy(
            () -> c.reject(new CaseCommand.Reject(VILLAGE_CLERK, at("2025-03-04"), "  "), CLOCK))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("理由");
    assertThat(c.step()).isEqualTo(CaseStep.HOME_VERIFICATION);
  }

  @Test
  void theHouseholdIsToldWithinFiveWorkingDaysAcrossNationalDay() {
    Case c = opened(ClueChannel.SELF_DECLARATION, "2025-09-26");
    c.reject(new CaseCommand.Reject(VILLAGE_CLERK, at("2025-09-30"), "收入高于监测范围"), CLOCK);
    // 10-09, 10-10, 10-11 (make-up Saturday), 10-13, 10-14
    assertThat(c.rejection().orElseThrow().tellHouseholdBy()).isEqualTo("2025-10-14");
  }

  @Test
  void theLevelWhoseTurnItIsRejects() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    assertThatThrownBy(
            () -> c.reject(new CaseCommand.Reject(COUNTY, at("2025-03-04"), "不符合"), CLOCK))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("村级");
  }

  @Test
  void aDecidedCaseCannotBeRejected() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    toMonitoringObject(c, LocalDate.parse("2025-03-04"));
    assertThatThrownBy(
            () -> c.reject(new CaseCommand.Reject(COUNTY, at("2025-03-20"), "错误"), CLOCK))
        .isInstanceOf(CaseRuleViolation.class);
  }

  @Test
  void onlyARejectedCaseCanBeRechecked() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    assertThatThrownBy(
            () ->
                c.requestRecheck(new CaseCommand.RequestRecheck(TOWNSHIP, at("2025-03-04"), "复核")))
        .isInstanceOf(CaseRuleViolation.class);
  }
}
