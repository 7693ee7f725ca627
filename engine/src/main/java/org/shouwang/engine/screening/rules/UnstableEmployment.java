package org.shouwang.engine.screening.rules;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.shouwang.engine.screening.SourceRef;

/**
 * W06 因务工就业不稳: a member who was 就业 in an earlier month has been 失业 or 未就业 for at least 3
 * consecutive months since, up to the as-of month (the run must reach the as-of month or the month
 * before, when the department's data lag by a month).
 */
public final class UnstableEmployment implements Rule {
  @Override
  public String code() {
    return "W06";
  }

  @Override
  public RiskType risk() {
    return RiskType.UNSTABLE_EMPLOYMENT;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    if (h.employment().isEmpty()) {
      return Optional.empty();
    }
    YearMonth asOf = YearMonth.from(c.asOf());
    Map<String, List<Facts.Employment>> byPerson = new HashMap<>();
    for (Facts.Employment e : h.employment()) {
      if (!e.month().isAfter(asOf)) {
        byPerson.computeIfAbsent(e.idNumber(), k -> new ArrayList<>()).add(e);
      }
    }
    String who = null;
    int longest = 0;
    List<SourceRef> used = null;
    for (var entry : byPerson.entrySet()) {
      List<Facts.Employment> months = entry.getValue();
      months.sort(Comparator.comparing(Facts.Employment::month));
      Facts.Employment last = months.get(months.size() - 1);
      if (last.month().isBefore(asOf.minusMonths(1)) || employed(last)) {
        continue;
      }
      int run = 0;
      List<SourceRef> runRefs = new ArrayList<>();
      YearMonth expected = last.month();
      int i = months.size() - 1;
      for (; i >= 0; i--) {
        Facts.Employment e = months.get(i);
        if (employed(e) || !e.month().equals(expected)) {
          break; // a job, or a gap in the data, ends the run
        }
        run++;
        runRefs.add(e.source());
        expected = expected.minusMonths(1);
      }
      boolean workedBefore = false;
      for (; i >= 0 && !workedBefore; i--) {
        workedBefore = employed(months.get(i));
      }
      if (workedBefore
          && run >= c.standard().unemployedMonths()
          && (run > longest || (run == longest && entry.getKey().compareTo(who) < 0))) {
        longest = run;
        who = entry.getKey();
        used = runRefs;
      }
    }
    if (who == null) {
      return Optional.empty();
    }
    return found(
        Figures.of(
            "人员", SeriousAccident.name(h, who),
            "连续未就业月数", Integer.toString(longest),
            "阈值(月)", Integer.toString(c.standard().unemployedMonths())),
        used);
  }

  private static boolean employed(Facts.Employment e) {
    return "就业".equals(e.status());
  }
}
