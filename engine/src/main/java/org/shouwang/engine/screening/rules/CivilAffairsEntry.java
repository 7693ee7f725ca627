package org.shouwang.engine.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.ScreeningContext;
import org.shouwang.engine.screening.SourceRef;

/** W14 民政救助信号: a member entered 低保, 特困供养, 低保边缘, 刚性支出困难 or 临时救助 in the last 12 months. */
public final class CivilAffairsEntry implements Rule {
  private static final Set<String> SIGNALS = Set.of("低保", "特困供养", "低保边缘", "刚性支出困难", "临时救助");

  @Override
  public String code() {
    return "W14";
  }

  @Override
  public RiskType risk() {
    return RiskType.CIVIL_AFFAIRS;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    List<String> what = new ArrayList<>();
    List<SourceRef> used = new ArrayList<>();
    for (Facts.CivilAffairs a : h.civilAffairs()) {
      if (SIGNALS.contains(a.category()) && c.standard().inWindow(a.start(), c.asOf())) {
        what.add(SeriousAccident.name(h, a.idNumber()) + "：" + a.category() + " " + a.start());
        used.add(a.source());
      }
    }
    if (what.isEmpty()) {
      return Optional.empty();
    }
    return found(Figures.of("新纳入救助", String.join("、", what)), used);
  }
}
