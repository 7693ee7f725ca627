package org.shouwang.cases;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * 县级审定: the category and the one to five risk types; the household becomes a monitoring object with
 * the identification month of the decision.
 */
public record CountyDecision(
    String approvedBy,
    Instant approvedAt,
    MonitoringCategory category,
    List<RiskType> riskTypes,
    YearMonth identificationMonth) {

  public CountyDecision {
    riskTypes = List.copyOf(riskTypes);
  }
}
