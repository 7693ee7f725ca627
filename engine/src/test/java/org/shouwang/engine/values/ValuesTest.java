package org.shouwang.engine.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-03-07",
        "2025/3/7",
        "2025.03.07",
        "20250307",
        "2025年3月7日",
        "２０２５－０３－０７",
        " 2025-3-07 "
      })
  void readsEveryDateFormOfTheContract(String s) {
    assertThat(Dates.parse(s)).isEqualTo(LocalDate.of(2025, 3, 7));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2025-02-30", "20251301", "2025-3", "7/3/2025", "2025年3月7", "yesterday", ""})
  void refusesImpossibleOrUnknownDates(String s) {
    assertThatThrownBy(() -> Dates.parse(s)).isInstanceOf(InvalidValue.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-03", "202503", "2025年3月", "2025/3", "2025.03"})
  void readsEveryMonthForm(String s) {
    assertThat(Dates.parseMonth(s)).isEqualTo(YearMonth.of(2025, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-13", "202500", "2025-03-01", "March"})
  void refusesBadMonths(String s) {
    assertThatThrownBy(() -> Dates.parseMonth(s)).isInstanceOf(InvalidValue.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "12,345.60;1234560",
        "12345.6;1234560",
        "0.01;1",
        "１２３４５．６０;1234560",
        "¥80;8000",
        "80元;8000",
        "1,234,567;123456700",
        "-0;0",
        "  7 ;700"
      })
  void readsMoneyExactlyIntoFen(String s, long fen) {
    assertThat(Amounts.parseFen(s, false)).isEqualTo(fen);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.234", "12,34.5", "1,2345", "abc", "1.2.3", "", "-", "1e5", "1,000,0"})
  void refusesMalformedAmounts(String s) {
    assertThatThrownBy(() -> Amounts.parseFen(s, false)).isInstanceOf(InvalidValue.class);
  }

  @org.junit.jupiter.api.Test
  void negativeAmountsOnlyWhereAllowedAndFormatRoundTrips() {
    assertThatThrownBy(() -> Amounts.parseFen("-5", false)).hasMessageContaining("negative");
    assertThat(Amounts.parseFen("-5.5", true)).isEqualTo(-550);
    assertThat(Amounts.format(1234560)).isEqualTo("12345.60");
    assertThat(Amounts.format(-5)).isEqualTo("-0.05");
  }

  @ParameterizedTest
  @CsvSource({
    "是,true",
    "否,false",
    "Y,true",
    "n,false",
    "1,true",
    "0,false",
    "TRUE,true",
    "false,false"
  })
  void readsYesNo(String s, boolean value) {
    assertThat(YesNo.parse(s)).isEqualTo(value);
  }

  @org.junit.jupiter.api.Test
  void refusesOtherYesNoValuesAndNormalisesText() {
    assertThatThrownBy(() -> YesNo.parse("maybe")).isInstanceOf(InvalidValue.class);
    assertThat(Text.normalise("\u3000ＡＢＣ　 １２\t")).isEqualTo("ABC 12");
    assertThat(Text.normalise(null)).isEmpty();
  }
}
