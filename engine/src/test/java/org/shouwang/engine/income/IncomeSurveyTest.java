package org.shouwang.engine.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IncomeSurveyTest {
  static IncomeSurvey survey(long wage, long business, long property, long transfer, long cost) {
    return new IncomeSurvey(2024, wage, business, property, transfer, cost, 0, 0);
  }

  @Test
  void netIncomeIsTheFourIncomesLessBusinessCosts() {
    // 12,000.00 + 6,000.50 + 300.25 + 2,500.00 − 1,800.75 = 19,000.00
    IncomeSurvey s = survey(1_200_000, 600_050, 30_025, 250_000, 180_075);
    assertThat(s.netFen()).isEqualTo(1_900_000);
    assertThat(s.perCapitaYuan(3).toPlainString()).isEqualTo("6333.33");
  }

  @Test
  void perCapitaComparisonIsExactNotRounded() {
    // 17,999.99 ÷ 3 = 5,999.9966… shows as 6000.00 but is below a 6,000 line
    IncomeSurvey s = survey(1_799_999, 0, 0, 0, 0);
    assertThat(s.perCapitaYuan(3).toPlainString()).isEqualTo("6000.00");
    assertThat(s.perCapitaBelow(600_000, 3)).isTrue();
    assertThat(survey(1_800_000, 0, 0, 0, 0).perCapitaBelow(600_000, 3)).isFalse();
  }

  @Test
  void aHouseholdWithoutMembersHasNoPerCapitaIncome() {
    assertThatThrownBy(() -> survey(1, 0, 0, 0, 0).perCapitaBelow(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
