package org.shouwang.engine.screening.rules;

import java.util.List;
import java.util.Optional;
import org.shouwang.engine.income.IncomeSurvey;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.ScreeningContext;

/**
 * W03 因自然灾害: one disaster in the last 12 months caused a direct loss of at least 10,000 yuan, or at
 * least 50 % of the household's 家庭纯收入.
 */
public final class DisasterLoss implements Rule {
  @Override
  public String code() {
    return "W03";
  }

  @Override
  public RiskType risk() {
    return RiskType.NATURAL_DISASTER;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    IncomeSurvey survey = h.latestSurvey(c.asOf().getYear());
    Facts.Disaster worst = null;
    for (Facts.Disaster d : h.disasters()) {
      if (!c.standard().inWindow(d.date(), c.asOf())) {
        continue;
      }
      boolean big = d.lossFen() >= c.standard().disasterLossFen();
      boolean share =
          survey != null
              && d.lossFen() * 100
                  >= (long) c.standard().disasterShareOfNetPercent() * Math.max(survey.netFen(), 0);
      if ((big || share) && (worst == null || d.lossFen() > worst.lossFen())) {
        worst = d;
      }
    }
    if (worst == null) {
      return Optional.empty();
    }
    return found(
        Figures.of(
            "灾害日期", worst.date().toString(),
            "灾害类型", worst.type(),
            "直接经济损失", Figures.yuan(worst.lossFen()),
            "家庭纯收入", survey == null ? "—" : Figures.yuan(survey.netFen())),
        List.of(worst.source()));
  }
}
