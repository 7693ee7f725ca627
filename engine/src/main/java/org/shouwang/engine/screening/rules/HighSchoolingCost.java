package org.shouwang.engine.screening.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.ScreeningContext;

/**
 * W12 因学 (非义务教育): one student's 学年自付费用 in their latest school year record is at least 10,000 yuan.
 */
public final class HighSchoolingCost implements Rule {
  @Override
  public String code() {
    return "W12";
  }

  @Override
  public RiskType risk() {
    return RiskType.EDUCATION;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    Map<String, Facts.Education> latest = new HashMap<>();
    for (Facts.Education e : h.education()) {
      if (e.selfPaidFeesFen() == null || e.statusDate().isAfter(c.asOf())) {
        continue;
      }
      latest.merge(e.idNumber(), e, (a, b) -> b.statusDate().isAfter(a.statusDate()) ? b : a);
    }
    Facts.Education top = null;
    for (Facts.Education e : latest.values()) {
      if (e.selfPaidFeesFen() >= c.standard().schoolingFeesFen()
          && (top == null || e.selfPaidFeesFen() > top.selfPaidFeesFen())) {
        top = e;
      }
    }
    if (top == null) {
      return Optional.empty();
    }
    return found(
        Figures.of(
            "学生", SeriousAccident.name(h, top.idNumber()),
            "学段", top.stage() == null ? "—" : top.stage(),
            "学年自付费用", Figures.yuan(top.selfPaidFeesFen()),
            "阈值", Figures.yuan(c.standard().schoolingFeesFen())),
        List.of(top.source()));
  }
}
