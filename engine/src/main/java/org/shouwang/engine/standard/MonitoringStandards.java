package org.shouwang.engine.standard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All versions of the standard known to the platform, and which one is in force for a place on a
 * date: a county's own version beats its province's, which beats the national default; among those,
 * the one that took effect last on or before the date.
 */
public final class MonitoringStandards implements Serializable {
  private final List<MonitoringStandard> versions;

  public MonitoringStandards(List<MonitoringStandard> versions) {
    this.versions = List.copyOf(versions);
  }

  /** The defaults shipped with the product: the national line 2021–2025. */
  public static MonitoringStandards defaults() {
    return new MonitoringStandards(
        List.of(
            MonitoringStandard.nationalDefault(2021, 6000),
            MonitoringStandard.nationalDefault(2022, 6600),
            MonitoringStandard.nationalDefault(2023, 7100),
            MonitoringStandard.nationalDefault(2024, 7500),
            MonitoringStandard.nationalDefault(2025, 7800)));
  }

  public List<MonitoringStandard> versions() {
    return versions;
  }

  public MonitoringStandards with(List<MonitoringStandard> more) {
    List<MonitoringStandard> all = new ArrayList<>(versions);
    all.addAll(more);
    return new MonitoringStandards(all);
  }

  /**
   * The version in force for a county on a date: the latest standard year that has taken effect
   * there (later years keep the last known line), and within that year the most specific version —
   * the county's own, else its province's, else the national default — that took effect last.
   */
  public MonitoringStandard inForce(String countyCode, LocalDate asOf) {
    String province = countyCode.substring(0, 2);
    java.util.function.Predicate<MonitoringStandard> applies =
        s ->
            countyCode.equals(s.countyCode())
                || (s.countyCode() == null
                    && (province.equals(s.provinceCode()) || "00".equals(s.provinceCode())));
    int year =
        versions.stream()
            .filter(applies)
            .filter(s -> !s.effectiveDate().isAfter(asOf))
            .mapToInt(MonitoringStandard::year)
            .max()
            .orElseThrow(
                () -> new IllegalStateException("no monitoring standard in force on " + asOf));
    return pick(s -> s.year() == year && countyCode.equals(s.countyCode()), asOf)
        .or(
            () ->
                pick(
                    s ->
                        s.year() == year
                            && s.countyCode() == null
                            && province.equals(s.provinceCode()),
                    asOf))
        .or(
            () ->
                pick(
                    s ->
                        s.year() == year && s.countyCode() == null && "00".equals(s.provinceCode()),
                    asOf))
        .orElseThrow();
  }

  private Optional<MonitoringStandard> pick(
      java.util.function.Predicate<MonitoringStandard> where, LocalDate asOf) {
    return versions.stream()
        .filter(where)
        .filter(s -> !s.effectiveDate().isAfter(asOf))
        .max(
            Comparator.comparing(MonitoringStandard::effectiveDate)
                .thenComparing(MonitoringStandard::version));
  }

  /**
   * Reads versions from the text of a file: a header line of keys, then one line per version,
   * comma-separated. Keys: {@code province, county, year, document, effective, version, line}
   * (yuan) and optionally {@code edge_multiple, illness_lifted, illness_other, illness_share,
   * disaster_loss, disaster_share, unemployed_months, compulsory_from, compulsory_to,
   * schooling_fees, drop_percent, vehicle_value, business_capital, lookback_days} (money in yuan);
   * missing ones take the national defaults. Lines starting with {@code #} are comments.
   */
  public static List<MonitoringStandard> parse(String text) {
    List<MonitoringStandard> out = new ArrayList<>();
    String[] header = null;
    int lineNo = 0;
    for (String raw : text.split("\\R")) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (header == null) {
        header = cells;
        continue;
      }
      Map<String, String> v = new HashMap<>();
      for (int i = 0; i < header.length && i < cells.length; i++) {
        v.put(header[i].strip().toLowerCase(), cells[i].strip());
      }
      try {
        out.add(fromMap(v));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static MonitoringStandard fromMap(Map<String, String> v) {
    int year = Integer.parseInt(required(v, "year"));
    MonitoringStandard d = MonitoringStandard.nationalDefault(year, 0);
    String county = v.getOrDefault("county", "");
    return new MonitoringStandard(
        required(v, "province"),
        county.isEmpty() ? null : county,
        year,
        required(v, "document"),
        LocalDate.parse(required(v, "effective")),
        Integer.parseInt(v.getOrDefault("version", "1")),
        yuan(required(v, "line")),
        v.containsKey("edge_multiple") ? new BigDecimal(v.get("edge_multiple")) : d.edgeMultiple(),
        yuanOr(v, "illness_lifted", d.illnessSelfPaidLiftedFen()),
        yuanOr(v, "illness_other", d.illnessSelfPaidOtherFen()),
        intOr(v, "illness_share", d.illnessShareOfNetPercent()),
        yuanOr(v, "disaster_loss", d.disasterLossFen()),
        intOr(v, "disaster_share", d.disasterShareOfNetPercent()),
        intOr(v, "unemployed_months", d.unemployedMonths()),
        intOr(v, "compulsory_from", d.compulsoryAgeFrom()),
        intOr(v, "compulsory_to", d.compulsoryAgeTo()),
        yuanOr(v, "schooling_fees", d.schoolingFeesFen()),
        intOr(v, "drop_percent", d.incomeDropPercent()),
        yuanOr(v, "vehicle_value", d.vehicleValueFen()),
        yuanOr(v, "business_capital", d.businessCapitalFen()),
        intOr(v, "lookback_days", d.lookbackDays()));
  }

  private static String required(Map<String, String> v, String key) {
    String s = v.get(key);
    if (s == null || s.isEmpty()) {
      throw new IllegalArgumentException("missing " + key);
    }
    return s;
  }

  private static long yuan(String s) {
    return new BigDecimal(s).movePointRight(2).longValueExact();
  }

  private static long yuanOr(Map<String, String> v, String key, long fallback) {
    String s = v.get(key);
    return s == null || s.isEmpty() ? fallback : yuan(s);
  }

  private static int intOr(Map<String, String> v, String key, int fallback) {
    String s = v.get(key);
    return s == null || s.isEmpty() ? fallback : Integer.parseInt(s);
  }
}
