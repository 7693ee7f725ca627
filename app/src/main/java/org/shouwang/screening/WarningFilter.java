package org.shouwang.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The filters of the warning list; empty fields do not filter. */
public record WarningFilter(
    String rule, String risk, String householdType, String status, LocalDate from, LocalDate to) {

  public static WarningFilter none() {
    return new WarningFilter(null, null, null, null, null, null);
  }

  /** SQL conditions on {@code w} (and parameters appended to {@code params}). */
  String where(List<Object> params) {
    List<String> c = new ArrayList<>();
    add(c, params, "w.rule_code = ?", rule);
    add(c, params, "w.risk_type = ?", risk);
    add(c, params, "w.household_type = ?", householdType);
    add(c, params, "w.status = ?", status);
    if (from != null) {
      c.add("w.as_of >= ?");
      params.add(from);
    }
    if (to != null) {
      c.add("w.as_of <= ?");
      params.add(to);
    }
    return c.isEmpty() ? "" : " and " + String.join(" and ", c);
  }

  private static void add(List<String> c, List<Object> params, String sql, String value) {
    if (value != null && !value.isBlank()) {
      c.add(sql);
      params.add(value);
    }
  }
}
