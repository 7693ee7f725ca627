package org.shouwang.engine.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.Member;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.ScreeningContext;
import org.shouwang.engine.screening.SourceRef;

/** X03 信息比对疑点: a person registered as deceased is still counted as a current member. */
public final class DeceasedStillCounted implements Rule {
  @Override
  public String code() {
    return "X03";
  }

  @Override
  public RiskType risk() {
    return RiskType.DATA_MISMATCH;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    List<String> who = new ArrayList<>();
    List<SourceRef> used = new ArrayList<>();
    for (Facts.Death d : h.deaths()) {
      Member m = h.member(d.idNumber());
      if (m != null && !d.date().isAfter(c.asOf())) {
        who.add(m.name() + "（" + d.date() + "死亡）");
        used.add(d.source());
      }
    }
    if (who.isEmpty()) {
      return Optional.empty();
    }
    return found(Figures.of("已死亡仍在册", String.join("、", who)), used);
  }
}
