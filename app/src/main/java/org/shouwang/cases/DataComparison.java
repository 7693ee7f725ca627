package org.shouwang.cases;

import java.time.Instant;
import java.util.List;

/** 信息比对: the county's comparison of the household against department data (the X-rules). */
public record DataComparison(
    String recordedBy, Instant recordedAt, List<ComparisonFinding> findings) {
  public DataComparison {
    findings = List.copyOf(findings);
  }
}
