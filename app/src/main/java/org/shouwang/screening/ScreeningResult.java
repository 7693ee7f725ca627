package org.shouwang.screening;

import java.util.Map;

/** What a run did: households screened, findings per rule, warnings raised per rule. */
public record ScreeningResult(
    long runId,
    long households,
    long findings,
    long raised,
    Map<String, long[]> byRule,
    Map<String, Long> raisedByTownship,
    double loadSeconds,
    double screenSeconds,
    double writeSeconds) {

  /** "W01 found=12 raised=12" lines. */
  public String perRule() {
    StringBuilder b = new StringBuilder();
    byRule.forEach(
        (code, n) -> b.append(String.format("  %s found=%d raised=%d%n", code, n[0], n[1])));
    return b.toString();
  }
}
