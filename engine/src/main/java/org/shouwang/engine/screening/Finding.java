package org.shouwang.engine.screening;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** What a rule found for a household: the figures it computed and the rows it used. */
public record Finding(
    String ruleCode,
    int ruleVersion,
    RiskType risk,
    Map<String, String> figures,
    List<SourceRef> evidence)
    implements Serializable {

  /** Figures as one line: "人均纯收入=5999.99; 监测线=7500.00". */
  public String figuresText() {
    StringBuilder b = new StringBuilder();
    figures.forEach(
        (k, v) -> b.append(b.length() == 0 ? "" : "; ").append(k).append('=').append(v));
    return b.toString();
  }

  public String evidenceText() {
    StringBuilder b = new StringBuilder();
    for (SourceRef s : evidence) {
      b.append(b.length() == 0 ? "" : " ").append(s);
    }
    return b.toString();
  }
}
