package org.shouwang.engine.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonitoringStandardsTest {
  MonitoringStandards all =
      MonitoringStandards.defaults()
          .with(
              MonitoringStandards.parse(
                  """
                  # Henan 2023 used 7,500; a county raised it mid-year
                  province,county,year,document,effective,version,line,illness_lifted
                  41,,2023,豫乡振〔2023〕1号,2023-03-01,1,7500,
                  41,411328,2023,唐乡振〔2023〕9号,2023-09-01,1,7600,6000
                  41,,2023,豫乡振〔2023〕5号,2023-10-01,2,7550,
                  """));

  @Test
  void nationalDefaultsApplyWhereNothingElseDoes() {
    assertThat(all.inForce("110101", LocalDate.of(2023, 6, 1)).monitoringLineFen())
        .isEqualTo(7100_00);
    assertThat(all.inForce("411328", LocalDate.of(2023, 2, 28)).monitoringLineFen())
        .isEqualTo(7100_00);
    assertThat(all.inForce("411328", LocalDate.of(2027, 1, 1)).year()).isEqualTo(2025);
  }

  @Test
  void theProvinceBeatsTheNationAndTheCountyBeatsTheProvince() {
    assertThat(all.inForce("411302", LocalDate.of(2023, 3, 1)).monitoringLineFen())
        .isEqualTo(7500_00);
    assertThat(all.inForce("411328", LocalDate.of(2023, 8, 31)).monitoringLineFen())
        .isEqualTo(7500_00);
    MonitoringStandard county = all.inForce("411328", LocalDate.of(2023, 12, 1));
    assertThat(county.monitoringLineFen()).isEqualTo(7600_00);
    assertThat(county.illnessSelfPaidLiftedFen()).isEqualTo(6000_00);
    assertThat(county.documentNumber()).isEqualTo("唐乡振〔2023〕9号");
    assertThat(all.inForce("411302", LocalDate.of(2023, 12, 1)).version()).isEqualTo(2);
  }

  @Test
  void theWindowIsTheLast365DaysUpToTheAsOfDate() {
    MonitoringStandard s = MonitoringStandard.nationalDefault(2025, 7800);
    LocalDate asOf = LocalDate.of(2025, 6, 30);
    assertThat(s.inWindow(LocalDate.of(2024, 7, 1), asOf)).isTrue();
    assertThat(s.inWindow(LocalDate.of(2024, 6, 30), asOf)).isFalse();
    assertThat(s.inWindow(asOf, asOf)).isTrue();
    assertThat(s.inWindow(asOf.plusDays(1), asOf)).isFalse();
  }

  @Test
  void aBadFileNamesTheLine() {
    assertThatThrownBy(
            () ->
                MonitoringStandards.parse(
                    "province,year,document,effective,line\n41,2023,x,2023-01-01,"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("missing line");
  }
}
