package org.shouwang.engine.screening.rules;

import java.util.List;
import java.util.Optional;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.ScreeningContext;

/** W09 因安全住房: the latest housing safety grade up to the as-of date is C or D. */
public final class UnsafeHousing implements Rule {
  @Override
  public String code() {
    return "W09";
  }

  @Override
  public RiskType risk() {
    return RiskType.HOUSING_SAFETY;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    Facts.Housing latest = null;
    for (Facts.Housing x : h.housing()) {
      if (!x.date().isAfter(c.asOf()) && (latest == null || x.date().isAfter(latest.date()))) {
        latest = x;
      }
    }
    if (latest == null || !("C".equals(latest.grade()) || "D".equals(latest.grade()))) {
      return Optional.empty();
    }
    return found(
        Figures.of("鉴定日期", latest.date().toString(), "安全等级", latest.grade()),
        List.of(latest.source()));
  }
}
