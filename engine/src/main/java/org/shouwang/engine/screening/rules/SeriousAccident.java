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
 * W04 因意外事故: a member died or was seriously injured (死亡 / 重伤) in an accident in the last 12 months.
 */
public final class SeriousAccident implements Rule {
  @Override
  public String code() {
    return "W04";
  }

  @Override
  public RiskType risk() {
    return RiskType.ACCIDENT;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    List<SourceRef> used = new ArrayList<>();
    Facts.Accident first = null;
    for (Facts.Accident a : h.accidents()) {
      if (("死亡".equals(a.outcome()) || "重伤".equals(a.outcome()))
          && c.standard().inWindow(a.date(), c.asOf())) {
        used.add(a.source());
        first = first == null ? a : first;
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    return found(
        Figures.of(
            "事故日期", first.date().toString(),
            "伤亡情况", first.outcome(),
            "人员", name(h, first.idNumber()),
            "事故数", Integer.toString(used.size())),
        used);
  }

  static String name(HouseholdFacts h, String id) {
    var m = h.member(id);
    return m == null ? id.substring(0, 6) + "********" + id.substring(14) : m.name();
  }
}
