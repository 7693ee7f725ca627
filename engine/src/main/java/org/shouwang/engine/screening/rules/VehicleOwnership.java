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
 * X01 信息比对疑点: a member of a monitored household, or of a candidate under review, registered a 小型汽车
 * or any vehicle worth at least 100,000 yuan (up to the as-of date).
 */
public final class VehicleOwnership implements Rule {
  @Override
  public String code() {
    return "X01";
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
    for (Facts.Vehicle v : h.vehicles()) {
      boolean car = "小型汽车".equals(v.type());
      boolean valuable = v.valueFen() != null && v.valueFen() >= c.standard().vehicleValueFen();
      if ((car || valuable) && !v.date().isAfter(c.asOf())) {
        what.add(
            SeriousAccident.name(h, v.idNumber())
                + "："
                + (v.type() == null ? "车辆" : v.type())
                + (v.valueFen() == null ? "" : " " + Figures.yuan(v.valueFen()) + "元"));
        used.add(v.source());
      }
    }
    if (what.isEmpty()) {
      return Optional.empty();
    }
    return found(Figures.of("登记车辆", String.join("、", what)), used);
  }
}
