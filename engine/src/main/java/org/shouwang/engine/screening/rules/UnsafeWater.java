package org.shouwang.engine.screening.rules;

import java.util.List;
import java.util.Optional;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.ScreeningContext;

/** W10 因安全饮水: the latest water check for the household or its village is not compliant. */
public final class UnsafeWater implements Rule {
  @Override
  public String code() {
    return "W10";
  }

  @Override
  public RiskType risk() {
    return RiskType.WATER_SAFETY;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    Facts.Water latest = null;
    for (Facts.Water w : h.water()) {
      if (!w.date().isAfter(c.asOf()) && (latest == null || w.date().isAfter(latest.date()))) {
        latest = w;
      }
    }
    if (latest == null || latest.compliant()) {
      return Optional.empty();
    }
    return found(
        Figures.of(
            "检测日期",
            latest.date().toString(),
            "问题类型",
            latest.problem() == null ? "—" : latest.problem()),
        List.of(latest.source()));
  }
}
