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

/** X04 信息比对疑点: one ID number appears in two households. */
public final class DuplicateMembership implements Rule {
  @Override
  public String code() {
    return "X04";
  }

  @Override
  public RiskType risk() {
    return RiskType.DATA_MISMATCH;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    if (h.otherMemberships().isEmpty()) {
      return Optional.empty();
    }
    List<String> what = new ArrayList<>();
    List<SourceRef> used = new ArrayList<>();
    for (Facts.OtherMembership o : h.otherMemberships()) {
      what.add(SeriousAccident.name(h, o.idNumber()) + " 亦在户" + o.otherHousehold());
      if (o.source() != null) {
        used.add(o.source());
      }
    }
    return found(Figures.of("重复在册", String.join("、", what)), used);
  }
}
