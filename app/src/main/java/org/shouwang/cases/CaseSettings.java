package org.shouwang.cases;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-province overrides of the procedure's limits, e.g.
 *
 * <pre>
 * shouwang.cases.provinces.52.procedure-days=20
 * shouwang.cases.provinces.52.procedure-count=WORKING
 * shouwang.cases.provinces.52.notice-days=5
 * shouwang.cases.provinces.52.notice-count=WORKING
 * </pre>
 *
 * Provinces not listed use {@link CasePolicy#standard()}.
 */
@ConfigurationProperties("shouwang.cases")
public record CaseSettings(Map<String, ProvinceLimits> provinces) {
  public CaseSettings {
    provinces = provinces == null ? Map.of() : Map.copyOf(provinces);
  }

  public record ProvinceLimits(
      Integer procedureDays, DayCount procedureCount, Integer noticeDays, DayCount noticeCount) {}

  /** The policy of the province a county code belongs to. */
  public CasePolicy policyFor(String countyCode) {
    CasePolicy policy = CasePolicy.standard();
    ProvinceLimits limits = provinces.get(countyCode.substring(0, 2));
    if (limits == null) {
      return policy;
    }
    if (limits.procedureDays() != null) {
      policy =
          policy.withProcedure(
              new DayLimit(
                  limits.procedureDays(),
                  limits.procedureCount() == null ? DayCount.CALENDAR : limits.procedureCount()));
    }
    if (limits.noticeDays() != null) {
      policy =
          policy.withMinimumNotice(
              new DayLimit(
                  limits.noticeDays(),
                  limits.noticeCount() == null ? DayCount.CALENDAR : limits.noticeCount()));
    }
    return policy;
  }
}
