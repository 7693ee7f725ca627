package org.shouwang.engine.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.Member;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.ScreeningContext;

/** W08 因病 (基本医疗保障): a member is not insured (是否参加城乡居民基本医疗保险 = 否). */
public final class UninsuredMember implements Rule {
  @Override
  public String code() {
    return "W08";
  }

  @Override
  public RiskType risk() {
    return RiskType.ILLNESS;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    List<String> who = new ArrayList<>();
    for (Member m : h.members()) {
      if (Boolean.FALSE.equals(m.medicalInsured())) {
        who.add(m.name());
      }
    }
    if (who.isEmpty()) {
      return Optional.empty();
    }
    return found(
        Figures.of("未参保成员", String.join("、", who), "人数", Integer.toString(who.size())), List.of());
  }
}
