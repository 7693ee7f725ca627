package org.shouwang.engine.standard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One version of the monitoring standard: every threshold the rules use, set by a province (or a
 * county where it says so) for a year, with the document that set it (文号) and the date it takes
 * effect. Money in fen; shares in percent.
 *
 * @param provinceCode two digits, or {@code "00"} for the national default
 * @param countyCode six digits when a county overrides its province, else {@code null}
 */
public record MonitoringStandard(
    String provinceCode,
    String countyCode,
    int year,
    String documentNumber,
    LocalDate effectiveDate,
    int version,
    long monitoringLineFen,
    BigDecimal edgeMultiple,
    long illnessSelfPaidLiftedFen,
    long illnessSelfPaidOtherFen,
    int illnessShareOfNetPercent,
    long disasterLossFen,
    int disasterShareOfNetPercent,
    int unemployedMonths,
    int compulsoryAgeFrom,
    int compulsoryAgeTo,
    long schoolingFeesFen,
    int incomeDropPercent,
    long vehicleValueFen,
    long businessCapitalFen,
    int lookbackDays)
    implements Serializable {

  /** The national defaults of monitoring-standard.md for a year's line (yuan per person). */
  public static MonitoringStandard nationalDefault(int year, long lineYuan) {
    return new MonitoringStandard(
        "00",
        null,
        year,
        "默认值（monitoring-standard.md v1）",
        LocalDate.of(year, 1, 1),
        1,
        lineYuan * 100,
        new BigDecimal("1.5"),
        5_000_00,
        20_000_00,
        50,
        10_000_00,
        50,
        3,
        6,
        15,
        10_000_00,
        30,
        100_000_00,
        100_000_00,
        365);
  }

  /** The first day inside "the last 12 months" before {@code asOf} (after asOf − lookback days). */
  public LocalDate windowStart(LocalDate asOf) {
    return asOf.minusDays(lookbackDays).plusDays(1);
  }

  /** True when {@code date} lies in the window ending on {@code asOf}. */
  public boolean inWindow(LocalDate date, LocalDate asOf) {
    return date != null && !date.isAfter(asOf) && !date.isBefore(windowStart(asOf));
  }

  /** A short label for decisions: "41 2025 v2 豫乡振〔2025〕1号". */
  public String label() {
    return (countyCode != null ? countyCode : provinceCode)
        + " "
        + year
        + " v"
        + version
        + " "
        + documentNumber;
  }
}
