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

/**
 * W05 缺劳动力: in the last 12 months a member whose labour skill was 技能劳动力 or 普通劳动力 died, or was
 * certified disabled at grade 一级 or 二级.
 */
public final class LabourLost implements Rule {
  @Override
  public String code() {
    return "W05";
  }

  @Override
  public RiskType risk() {
    return RiskType.LACK_OF_LABOR;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    List<SourceRef> used = new ArrayList<>();
    List<String> who = new ArrayList<>();
    for (Facts.Death d : h.deaths()) {
      Member m = h.member(d.idNumber());
      if (m != null && m.fullLabour() && c.standard().inWindow(d.date(), c.asOf())) {
        used.add(d.source());
        who.add(m.name() + "（死亡 " + d.date() + "）");
      }
    }
    for (Facts.Disability d : h.disabilities()) {
      Member m = h.member(d.idNumber());
      if (m != null
          && m.fullLabour()
          && SevereDisability.severe(d.grade())
          && c.standard().inWindow(d.issueDate(), c.asOf())) {
        used.add(d.source());
        who.add(m.name() + "（残疾" + d.grade() + " " + d.issueDate() + "）");
      }
    }
    if (used.isEmpty()) {
      return Optional.empty();
    }
    return found(Figures.of("失去劳动力的成员", String.join("、", who)), used);
  }
}
