package org.shouwang.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.shouwang.engine.values.Amounts;
import org.shouwang.engine.values.InvalidValue;

/** Turns a submitted case form (an action and its fields) into the command it asks for. */
final class CaseForm {
  private CaseForm() {}

  static Function<Instant, CaseCommand> command(String action, Actor a, Map<String, String> f) {
    return switch (action) {
      case "accept" -> at -> new CaseCommand.AcceptDeclaration(a, at);
      case "verify" -> {
        var verifiers =
            new LinkedHashSet<>(
                Arrays.stream(text(f, "verifiers").split("[,，、\\s]+"))
                    .filter(s -> !s.isBlank())
                    .toList());
        IncomeEntered income =
            new IncomeEntered(
                fen(f, "wage"),
                fen(f, "business"),
                fen(f, "property"),
                fen(f, "transfer"),
                fen(f, "cost"),
                Integer.parseInt(f.getOrDefault("size", "1").strip()));
        yield at ->
            new CaseCommand.RecordHomeVerification(
                a, at, verifiers, "on".equals(f.get("authorisation")), income, text(f, "findings"));
      }
      case "compare" -> {
        List<ComparisonFinding> findings = new ArrayList<>();
        for (String line : text(f, "findings").split("\\R")) {
          if (!line.isBlank()) {
            int colon = line.indexOf(':') >= 0 ? line.indexOf(':') : line.indexOf('：');
            findings.add(
                colon > 0
                    ? new ComparisonFinding(
                        line.substring(0, colon).strip(), line.substring(colon + 1).strip())
                    : new ComparisonFinding("—", line.strip()));
          }
        }
        yield at -> new CaseCommand.RecordDataComparison(a, at, findings);
      }
      case "review" ->
          at -> new CaseCommand.RecordVillageReview(a, at, date(f, "heldOn"), text(f, "minutes"));
      case "notice" ->
          at -> new CaseCommand.PublishNotice(a, at, date(f, "firstDay"), date(f, "lastDay"));
      case "objection" ->
          at -> new CaseCommand.LogObjection(a, at, text(f, "raisedBy"), text(f, "content"));
      case "answer" ->
          at ->
              new CaseCommand.AnswerObjection(
                  a, at, Integer.parseInt(text(f, "number")), text(f, "answer"));
      case "closeNotice" -> at -> new CaseCommand.CloseNotice(a, at);
      case "approveTownship" -> at -> new CaseCommand.ApproveAtTownship(a, at, text(f, "opinion"));
      case "approveCounty" -> {
        MonitoringCategory category = MonitoringCategory.valueOf(text(f, "category"));
        List<RiskType> risks =
            Arrays.stream(f.getOrDefault("riskTypes", "").split(","))
                .filter(s -> !s.isBlank())
                .map(RiskType::valueOf)
                .toList();
        yield at -> new CaseCommand.ApproveAtCounty(a, at, category, risks);
      }
      case "reject" -> at -> new CaseCommand.Reject(a, at, text(f, "reason"));
      case "told" -> at -> new CaseCommand.RecordHouseholdTold(a, at);
      case "recheck" -> at -> new CaseCommand.RequestRecheck(a, at, text(f, "reason"));
      case "acceptRecheck" -> at -> new CaseCommand.AcceptRecheck(a, at);
      case "green" -> at -> new CaseCommand.GrantGreenChannel(a, at, text(f, "reason"));
      default -> throw new CaseRuleViolation("未知操作：" + action, "unknown action: " + action);
    };
  }

  private static String text(Map<String, String> f, String key) {
    String s = f.get(key);
    return s == null ? "" : s.strip();
  }

  private static long fen(Map<String, String> f, String key) {
    String s = text(f, key);
    try {
      return s.isEmpty() ? 0 : Amounts.parseFen(s, false);
    } catch (InvalidValue e) {
      throw new CaseRuleViolation(key + "：" + e.reasonZh(), key + ": " + e.reasonEn());
    }
  }

  private static LocalDate date(Map<String, String> f, String key) {
    try {
      return LocalDate.parse(text(f, key));
    } catch (RuntimeException e) {
      throw new CaseRuleViolation("日期格式不正确：" + key, "not a date: " + key);
    }
  }
}
