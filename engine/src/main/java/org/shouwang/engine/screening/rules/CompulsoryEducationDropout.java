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
 * W07 因学 (义务教育保障): a member aged 6–15 on the as-of date (from the ID's birth date) whose latest
 * 学籍状态 is 辍学 or 休学, or who has no 在读 record at all where the education feed covers the county.
 */
public final class CompulsoryEducationDropout implements Rule {
  @Override
  public String code() {
    return "W07";
  }

  @Override
  public RiskType risk() {
    return RiskType.EDUCATION;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    List<String> who = new ArrayList<>();
    List<SourceRef> used = new ArrayList<>();
    for (Member m : h.members()) {
      int age = m.ageOn(c.asOf());
      if (age < c.standard().compulsoryAgeFrom() || age > c.standard().compulsoryAgeTo()) {
        continue;
      }
      Facts.Education latest = null;
      boolean enrolled = false;
      for (Facts.Education e : h.education()) {
        if (!e.idNumber().equals(m.idNumber()) || e.statusDate().isAfter(c.asOf())) {
          continue;
        }
        enrolled |= "在读".equals(e.status());
        if (latest == null || e.statusDate().isAfter(latest.statusDate())) {
          latest = e;
        }
      }
      if (latest != null && ("辍学".equals(latest.status()) || "休学".equals(latest.status()))) {
        who.add(m.name() + "（" + age + "岁，" + latest.status() + " " + latest.statusDate() + "）");
        used.add(latest.source());
      } else if (latest == null && !enrolled && h.educationFeedCovers()) {
        who.add(m.name() + "（" + age + "岁，无在读学籍）");
      }
    }
    if (who.isEmpty()) {
      return Optional.empty();
    }
    return found(Figures.of("义务教育阶段儿童", String.join("、", who)), used);
  }
}
