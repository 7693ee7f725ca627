package org.shouwang.engine.screening.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouwang.engine.income.IncomeSurvey;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.ScreeningContext;
import org.shouwang.engine.screening.SourceRef;
import org.shouwang.engine.standard.MonitoringStandard;

/**
 * W02 因病: one member's cumulative 个人自付 medical cost this calendar year (up to the as-of date)
 * reaches 5,000 yuan in a 脱贫户 or 20,000 in other households, or the household's total reaches 50 %
 * of its 家庭纯收入 (latest survey).
 */
public final class HighMedicalSelfPay implements Rule {
  @Override
  public String code() {
    return "W02";
  }

  @Override
  public RiskType risk() {
    return RiskType.ILLNESS;
  }

  @Override
  public Optional<Finding> apply(HouseholdFacts h, ScreeningContext c) {
    if (h.medical().isEmpty()) {
      return Optional.empty();
    }
    LocalDate from = c.asOf().withDayOfYear(1);
    Map<String, Long> byPerson = new HashMap<>();
    List<SourceRef> used = new ArrayList<>();
    long total = 0;
    for (Facts.Medical m : h.medical()) {
      if (m.date().isBefore(from) || m.date().isAfter(c.asOf())) {
        continue;
      }
      byPerson.merge(m.idNumber(), m.selfPaidFen(), Long::sum);
      total += m.selfPaidFen();
      used.add(m.source());
    }
    if (total == 0) {
      return Optional.empty();
    }
    MonitoringStandard s = c.standard();
    long threshold = h.lifted() ? s.illnessSelfPaidLiftedFen() : s.illnessSelfPaidOtherFen();
    String top = null;
    long topFen = 0;
    for (var e : byPerson.entrySet()) {
      if (e.getValue() > topFen || (e.getValue() == topFen && e.getKey().compareTo(top) < 0)) {
        top = e.getKey();
        topFen = e.getValue();
      }
    }
    IncomeSurvey survey = h.latestSurvey(c.asOf().getYear());
    long net = survey == null ? 0 : survey.netFen();
    boolean personal = topFen >= threshold;
    boolean share =
        survey != null && total * 100 >= (long) s.illnessShareOfNetPercent() * Math.max(net, 0);
    if (!personal && !share) {
      return Optional.empty();
    }
    return found(
        Figures.of(
            "最高个人年度自付", Figures.yuan(topFen),
            "个人阈值", Figures.yuan(threshold),
            "家庭年度自付合计", Figures.yuan(total),
            "家庭纯收入", survey == null ? "—" : Figures.yuan(net),
            "触发", personal ? (share ? "个人自付及占比" : "个人自付") : "占家庭纯收入比例"),
        used);
  }
}
