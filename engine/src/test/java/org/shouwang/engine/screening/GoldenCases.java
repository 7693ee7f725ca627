package org.shouwang.engine.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.engine.income.IncomeSurvey;
import org.shouwang.engine.standard.MonitoringStandard;
import org.shouwang.engine.standard.MonitoringStandards;

/**
 * Reads the golden cases (hand-computed households and the findings they must give) from the line
 * format of {@code src/test/resources/golden/*.txt}. Public, so that every host (the engine, the
 * app's batch, the Spark job) runs the very same files.
 *
 * <pre>
 * case W01 just below the line
 * asof 2025-06-30
 * household lifted=no
 * member id=P1 name=甲 birth=1980-01-01 labor=普通劳动力 insured=yes
 * income year=2024 wage=17999.99
 * expect W01 人均纯收入=5999.99
 * </pre>
 *
 * Money in yuan. {@code expect none} states that nothing is found; otherwise the set of rule codes
 * found must equal the set expected, and each named figure must match.
 */
public final class GoldenCases {
  private GoldenCases() {}

  /** One case: facts, context, and the expected findings (rule code → figures to check). */
  public record Case(
      String name,
      String file,
      HouseholdFacts facts,
      ScreeningContext context,
      Map<String, Map<String, String>> expected) {
    @Override
    public String toString() {
      return file + ": " + name;
    }
  }

  public static List<Case> parse(String file, String text) {
    List<Case> cases = new ArrayList<>();
    Draft d = null;
    int lineNo = 0;
    for (String raw : text.split("\\R")) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String kind = line.split("\\s+", 2)[0];
      String rest = line.length() > kind.length() ? line.substring(kind.length()).strip() : "";
      if (kind.equals("case")) {
        if (d != null) {
          cases.add(d.build());
        }
        d = new Draft(file, rest);
        continue;
      }
      if (d == null) {
        throw new IllegalArgumentException(file + ":" + lineNo + ": 'case' expected first");
      }
      try {
        d.add(kind, rest, new SourceRef(file, 0, lineNo));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    if (d != null) {
      cases.add(d.build());
    }
    return cases;
  }

  private static Map<String, String> fields(String rest) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String part : rest.split("\\s+")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 0) {
        m.put(part, "");
      } else {
        m.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return m;
  }

  private static long fen(String yuan) {
    return yuan == null ? 0 : new BigDecimal(yuan).movePointRight(2).longValueExact();
  }

  private static Long fenOrNull(String yuan) {
    return yuan == null ? null : fen(yuan);
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static Boolean yes(String s) {
    return s == null ? null : s.equals("yes");
  }

  private static final class Draft {
    final String file;
    final String name;
    LocalDate asOf = LocalDate.of(2025, 6, 30);
    Map<String, String> standard = new HashMap<>();
    final HouseholdFacts.Builder b = HouseholdFacts.builder("H1", "411328101201");
    final Map<String, Map<String, String>> expected = new LinkedHashMap<>();

    Draft(String file, String name) {
      this.file = file;
      this.name = name;
    }

    void add(String kind, String rest, SourceRef src) {
      Map<String, String> f = fields(rest);
      switch (kind) {
        case "asof" -> asOf = LocalDate.parse(rest);
        case "standard" -> standard.putAll(f);
        case "household" -> {
          b.lifted("yes".equals(f.get("lifted")));
          b.monitored("yes".equals(f.get("monitored")));
          b.underReview("yes".equals(f.get("underReview")));
          b.educationFeedCovers("yes".equals(f.get("educationCovers")));
        }
        case "member" ->
            b.members()
                .add(
                    new Member(
                        f.get("id"),
                        f.getOrDefault("name", f.get("id")),
                        date(f.get("birth")),
                        f.getOrDefault("relation", "户主"),
                        f.getOrDefault("health", "健康"),
                        f.getOrDefault("labor", "普通劳动力"),
                        f.getOrDefault("student", "非在校生"),
                        yes(f.getOrDefault("insured", "yes"))));
        case "income" ->
            b.incomes()
                .add(
                    new IncomeSurvey(
                        Integer.parseInt(f.get("year")),
                        fen(f.get("wage")),
                        fen(f.get("business")),
                        fen(f.get("property")),
                        fen(f.get("transfer")),
                        fen(f.get("cost")),
                        0,
                        0));
        case "medical" ->
            b.medical()
                .add(
                    new Facts.Medical(
                        f.get("id"),
                        date(f.get("date")),
                        f.getOrDefault("type", "住院"),
                        fen(f.getOrDefault("total", f.get("self"))),
                        fen(f.get("self")),
                        src));
        case "civil" ->
            b.civilAffairs()
                .add(
                    new Facts.CivilAffairs(
                        f.get("id"),
                        f.get("category"),
                        date(f.get("start")),
                        date(f.get("end")),
                        fenOrNull(f.get("amount")),
                        src));
        case "death" -> b.deaths().add(new Facts.Death(f.get("id"), date(f.get("date")), src));
        case "education" ->
            b.education()
                .add(
                    new Facts.Education(
                        f.get("id"),
                        f.get("stage"),
                        f.get("status"),
                        date(f.get("date")),
                        fenOrNull(f.get("fees")),
                        src));
        case "housing" ->
            b.housing().add(new Facts.Housing(date(f.get("date")), f.get("grade"), src));
        case "employment" -> {
          YearMonth m = YearMonth.parse(f.get("from"));
          for (String status : f.get("statuses").split(",")) {
            b.employment().add(new Facts.Employment(f.get("id"), m, status, src));
            m = m.plusMonths(1);
          }
        }
        case "disaster" ->
            b.disasters()
                .add(
                    new Facts.Disaster(
                        date(f.get("date")),
                        f.getOrDefault("type", "洪涝"),
                        fen(f.get("loss")),
                        src));
        case "accident" ->
            b.accidents()
                .add(new Facts.Accident(f.get("id"), date(f.get("date")), f.get("outcome"), src));
        case "disability" ->
            b.disabilities()
                .add(new Facts.Disability(f.get("id"), f.get("grade"), date(f.get("date")), src));
        case "water" ->
            b.water()
                .add(
                    new Facts.Water(
                        date(f.get("date")),
                        "yes".equals(f.get("compliant")),
                        f.get("problem"),
                        src));
        case "vehicle" ->
            b.vehicles()
                .add(
                    new Facts.Vehicle(
                        f.get("id"),
                        date(f.get("date")),
                        f.get("type"),
                        fenOrNull(f.get("value")),
                        src));
        case "business" ->
            b.businesses()
                .add(
                    new Facts.Business(
                        f.get("id"), date(f.get("date")), fenOrNull(f.get("capital")), src));
        case "other" ->
            b.otherMemberships()
                .add(new Facts.OtherMembership(f.get("id"), f.get("household"), src));
        case "expect" -> {
          String[] parts = rest.split("\\s+", 2);
          if (!parts[0].equals("none")) {
            expected.put(parts[0], fields(parts.length > 1 ? parts[1] : ""));
          }
        }
        default -> throw new IllegalArgumentException("unknown line kind " + kind);
      }
    }

    Case build() {
      MonitoringStandard s = MonitoringStandards.defaults().inForce("411328", asOf);
      if (!standard.isEmpty()) {
        StringBuilder csv = new StringBuilder("province,year,document,effective,line");
        StringBuilder row =
            new StringBuilder(
                "41,"
                    + s.year()
                    + ",golden,"
                    + s.effectiveDate()
                    + ","
                    + standard.getOrDefault(
                        "line", BigDecimal.valueOf(s.monitoringLineFen(), 2).toPlainString()));
        for (var e : standard.entrySet()) {
          if (!e.getKey().equals("line")) {
            csv.append(',').append(e.getKey());
            row.append(',').append(e.getValue());
          }
        }
        s = MonitoringStandards.parse(csv + "\n" + row).get(0);
      }
      return new Case(name, file, b.build(), new ScreeningContext(asOf, s), expected);
    }
  }
}
