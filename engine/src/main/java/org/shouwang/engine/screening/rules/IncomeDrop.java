package org.shouwang.engine.screening.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.shouwang.engine.income.IncomeSurvey;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.ScreeningContext;

/**
 * W13 收入骤减: 人均纯收入 fell by at least 30 % from the year before (latest two surveys up to the as-of
 * date) and is below 1.5 × the monitoring line.
 */
public final class IncomeDrop implements Rule {
  @Override
  public String code() {
    return "W13";
  }

  @Override
  public RiskType risk() {
    return RiskType.INCOME_DROP;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    IncomeSurvey latest = h.latestSurvey(c.asOf().getYear());
    int n = h.members().size();
    if (latest == null || n == 0) {
      return Optional.empty();
    }
    IncomeSurvey before = h.survey(latest.year() - 1);
    if (before == null || before.netFen() <= 0) {
      return Optional.empty();
    }
    // same member count both years: the per-capita change equals the net change, exactly
    long now = latest.netFen();
    long was = before.netFen();
    boolean fell = now * 100 <= was * (100 - c.standard().incomeDropPercent());
    BigDecimal edge =
        c.standard().edgeMultiple().multiply(BigDecimal.valueOf(c.standard().monitoringLineFen()));
    boolean nearLine = BigDecimal.valueOf(now).compareTo(edge.multiply(BigDecimal.valueOf(n))) < 0;
    if (!fell || !nearLine) {
      return Optional.empty();
    }
    return found(
        Figures.of(
            "上年人均纯收入", before.perCapitaYuan(n).toPlainString(),
            "本年人均纯收入", latest.perCapitaYuan(n).toPlainString(),
            "降幅",
                BigDecimal.valueOf((was - now) * 100)
                        .divide(BigDecimal.valueOf(was), 1, java.math.RoundingMode.HALF_UP)
                    + "%",
            "边缘线", Figures.yuan(edge.setScale(0, java.math.RoundingMode.HALF_UP).longValue())),
        List.of());
  }
}
