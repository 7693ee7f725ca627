package org.shouwang.engine.screening.rules;

import java.util.List;
import java.util.Optional;
import org.shouwang.engine.income.IncomeSurvey;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.ScreeningContext;

/**
 * W01: the household's 人均纯收入 in its latest annual survey up to the as-of date is below the
 * monitoring line in force on the as-of date.
 */
public final class IncomeBelowLine implements Rule {
  @Override
  public String code() {
    return "W01";
  }

  @Override
  public RiskType risk() {
    return RiskType.INCOME;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    IncomeSurvey s = h.latestSurvey(c.asOf().getYear());
    int n = h.members().size();
    if (s == null || n == 0) {
      return Optional.empty();
    }
    long line = c.standard().monitoringLineFen();
    if (!s.perCapitaBelow(line, n)) {
      return Optional.empty();
    }
    return found(
        Figures.of(
            "年度", Integer.toString(s.year()),
            "家庭纯收入", Figures.yuan(s.netFen()),
            "人口", Integer.toString(n),
            "人均纯收入", s.perCapitaYuan(n).toPlainString(),
            "监测线", Figures.yuan(line)),
        List.of());
  }
}
