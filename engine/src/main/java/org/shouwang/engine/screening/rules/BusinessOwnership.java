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

/**
 * X02 信息比对疑点: a member of a monitored household, or of a candidate under review, registered a
 * business with 注册资本 of at least 100,000 yuan.
 */
public final class BusinessOwnership implements Rule {
  @Override
  public String code() {
    return "X02";
  }

  @Override
  public RiskType risk() {
    return RiskType.DATA_MISMATCH;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    if (!h.monitored() && !h.underReview()) {
      return Optional.empty();
    }
    List<String> what = new ArrayList<>();
    List<SourceRef> used = new ArrayList<>();
    for (Facts.Business b : h.businesses()) {
      if (b.capitalFen() != null
          && b.capitalFen() >= c.standard().businessCapitalFen()
          && !b.date().isAfter(c.asOf())) {
        what.add(
            SeriousAccident.name(h, b.idNumber()) + "：注册资本" + Figures.yuan(b.capitalFen()) + "元");
        used.add(b.source());
      }
    }
    if (what.isEmpty()) {
      return Optional.empty();
    }
    return found(Figures.of("市场主体", String.join("、", what)), used);
  }
}
