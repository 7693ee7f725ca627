package org.shouwang.engine.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.ScreeningContext;
import org.shouwang.engine.screening.SourceRef;

/** W11 因残: a disability certificate of grade 一级 or 二级 issued in the last 12 months. */
public final class SevereDisability implements Rule {
  @Override
  public String code() {
    return "W11";
  }

  @Override
  public RiskType risk() {
    return RiskType.DISABILITY;
  }

  static boolean severe(String grade) {
    return "一级".equals(grade) || "二级".equals(grade);
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    List<String> who = new ArrayList<>();
    List<SourceRef> used = new ArrayList<>();
    for (Facts.Disability d : h.disabilities()) {
      if (severe(d.grade()) && c.standard().inWindow(d.issueDate(), c.asOf())) {
        who.add(
            SeriousAccident.name(h, d.idNumber()) + "（" + d.grade() + " " + d.issueDate() + "）");
        used.add(d.source());
      }
    }
    if (who.isEmpty()) {
      return Optional.empty();
    }
    return found(Figures.of("新办重度残疾证", String.join("、", who)), used);
  }
}
