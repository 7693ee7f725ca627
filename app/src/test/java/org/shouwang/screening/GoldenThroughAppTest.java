package org.shouwang.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.shouwang.engine.income.IncomeSurvey;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.GoldenCases;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.Member;
import org.shouwang.engine.standard.MonitoringStandards;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine's golden suite once more, through the app's batch: each case's household written to
 * the database as an import would, screened by {@link ScreeningRun} in a village of its own (桐柏县
 * 411330), and the stored warnings compared with the expected findings. Cases whose flags the app
 * derives from data rather than takes as given (a standard of their own, monitored or under review,
 * feed coverage, a second household) are left to the engine host; the rest must agree.
 */
class GoldenThroughAppTest extends DatabaseTest {
  static final String COUNTY = "411330";
  @Autowired JdbcClient jdbc;
  @Autowired ScreeningRun runs;
  final AtomicLong rows = new AtomicLong();

  static List<GoldenCases.Case> cases() throws Exception {
    List<GoldenCases.Case> all = new ArrayList<>();
    var resources =
        new PathMatchingResourcePatternResolver().getResources("classpath*:golden/*.txt");
    for (var r : resources) {
      try (InputStream in = r.getInputStream()) {
        all.addAll(
            GoldenCases.parse(
                r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    return all;
  }

  static boolean appDerivesItsFlags(GoldenCases.Case c) {
    HouseholdFacts h = c.facts();
    var defaults = MonitoringStandards.defaults().inForce(COUNTY, c.context().asOf());
    return !c.context().standard().equals(defaults)
        || h.monitored()
        || h.underReview()
        || h.educationFeedCovers()
        || !h.otherMemberships().isEmpty();
  }

  @Test
  void theAppsBatchGivesTheGoldenFindings() throws Exception {
    List<GoldenCases.Case> cases = cases();
    List<String> villages =
        jdbc.sql("select code from region where county_code = ? and level = 5 order by code")
            .param(COUNTY)
            .query(String.class)
            .list();
    long batch =
        jdbc.sql(
                "insert into import_batch (feed, source_department, as_of, file_name, sha256,"
                    + " size_bytes, uploaded_by, uploaded_at, status, region_code) values"
                    + " ('golden', 'golden', '2025-06-30', 'golden', md5(random()::text), 0, 'test',"
                    + " now(), 'TEST', ?) returning id")
            .param(COUNTY)
            .query(Long.class)
            .single();
    int checked = 0;
    for (int i = 0; i < cases.size(); i++) {
      GoldenCases.Case c = cases.get(i);
      if (appDerivesItsFlags(c)) {
        continue;
      }
      String village = villages.get(i);
      String prefix = "G" + ProcessHandle.current().pid() % 1000 + "-" + i + "-";
      long household = write(c.facts(), village, prefix, batch);
      ScreeningResult result = runs.run(c.context().asOf(), village, "golden");
      Map<String, String> stored = new TreeMap<>();
      jdbc.sql("select rule_code, figures from risk_warning where run_id = ? and household_id = ?")
          .param(result.runId())
          .param(household)
          .query(
              rs -> {
                stored.put(rs.getString(1), rs.getString(2));
              });
      assertThat(stored.keySet()).as(c.toString()).isEqualTo(new TreeSet<>(c.expected().keySet()));
      c.expected()
          .forEach(
              (code, figures) ->
                  figures.forEach(
                      (k, v) -> {
                        if (!k.equals("evidence")) {
                          assertThat(stored.get(code)).as(c + " " + code).contains(k + "=" + v);
                        }
                      }));
      checked++;
    }
    System.out.printf("golden cases through the app: %d of %d%n", checked, cases.size());
    assertThat(checked).as("golden cases run through the app").isGreaterThan(45);
  }

  /** Writes a golden household as the imports would have; IDs carry a prefix to stay unique. */
  private long write(HouseholdFacts h, String village, String p, long batch) {
    long id =
        jdbc.sql(
                "insert into household (household_no, village_code, township_code, county_code,"
                    + " city_code, province_code, head_name, head_id_number, household_type,"
                    + " batch_id, row_number) values (?, ?, substr(?, 1, 9), substr(?, 1, 6),"
                    + " substr(?, 1, 4), substr(?, 1, 2), '户主', ?, ?, ?, 1) returning id")
            .param(p + "H")
            .param(village)
            .param(village)
            .param(village)
            .param(village)
            .param(village)
            .param(p + h.members().get(0).idNumber())
            .param(h.lifted() ? "脱贫户" : "一般农户")
            .param(batch)
            .query(Long.class)
            .single();
    for (Member m : h.members()) {
      jdbc.sql(
              "insert into member (id_number, household_id, name, relation, sex, birth_date, health,"
                  + " labor_skill, student_status, medical_insured, village_code, batch_id,"
                  + " row_number) values (?, ?, ?, ?, 'M', ?, ?, ?, ?, ?, ?, ?, 1)")
          .param(p + m.idNumber())
          .param(id)
          .param(m.name())
          .param(m.relation())
          .param(m.birthDate())
          .param(m.health())
          .param(m.laborSkill())
          .param(m.studentStatus())
          .param(m.medicalInsured())
          .param(village)
          .param(batch)
          .update();
    }
    for (IncomeSurvey s : h.incomes()) {
      jdbc.sql(
              "insert into income_survey (household_id, year, wage_fen, business_fen, property_fen,"
                  + " transfer_fen, business_cost_fen, batch_id, row_number)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, 1)")
          .param(id)
          .param(s.year())
          .param(s.wageFen())
          .param(s.businessFen())
          .param(s.propertyFen())
          .param(s.transferFen())
          .param(s.businessCostFen())
          .param(batch)
          .update();
    }
    for (Facts.Medical m : h.medical()) {
      insert(
          "dept_medical (batch_id, row_number, id_number, settle_date, visit_type, total_cost_fen, self_paid_fen)",
          batch,
          rows.incrementAndGet(),
          p + m.idNumber(),
          m.date(),
          m.visitType(),
          m.totalFen(),
          m.selfPaidFen());
    }
    for (Facts.CivilAffairs a : h.civilAffairs()) {
      insert(
          "dept_civil_affairs (batch_id, row_number, id_number, category, start_date, end_date, amount_fen)",
          batch,
          rows.incrementAndGet(),
          p + a.idNumber(),
          a.category(),
          a.start(),
          a.end(),
          a.amountFen());
    }
    for (Facts.Death d : h.deaths()) {
      insert(
          "dept_death (batch_id, row_number, id_number, death_date)",
          batch,
          rows.incrementAndGet(),
          p + d.idNumber(),
          d.date());
    }
    for (Facts.Education e : h.education()) {
      insert(
          "dept_education (batch_id, row_number, id_number, stage, status, status_date, self_paid_fees_fen)",
          batch,
          rows.incrementAndGet(),
          p + e.idNumber(),
          e.stage(),
          e.status(),
          e.statusDate(),
          e.selfPaidFeesFen());
    }
    for (Facts.Housing x : h.housing()) {
      insert(
          "dept_housing (batch_id, row_number, household_no, assess_date, grade)",
          batch,
          rows.incrementAndGet(),
          p + "H",
          x.date(),
          x.grade());
    }
    for (Facts.Employment e : h.employment()) {
      insert(
          "dept_employment (batch_id, row_number, id_number, month, status)",
          batch,
          rows.incrementAndGet(),
          p + e.idNumber(),
          e.month().atDay(1),
          e.status());
    }
    for (Facts.Disaster d : h.disasters()) {
      insert(
          "dept_disaster (batch_id, row_number, household_no, disaster_date, disaster_type, loss_fen)",
          batch,
          rows.incrementAndGet(),
          p + "H",
          d.date(),
          d.type(),
          d.lossFen());
    }
    for (Facts.Accident a : h.accidents()) {
      insert(
          "dept_accident (batch_id, row_number, id_number, accident_date, outcome)",
          batch,
          rows.incrementAndGet(),
          p + a.idNumber(),
          a.date(),
          a.outcome());
    }
    for (Facts.Disability d : h.disabilities()) {
      insert(
          "dept_disability (batch_id, row_number, id_number, grade, issue_date)",
          batch,
          rows.incrementAndGet(),
          p + d.idNumber(),
          d.grade(),
          d.issueDate());
    }
    for (Facts.Water w : h.water()) {
      insert(
          "dept_water (batch_id, row_number, household_no, check_date, compliant, problem)",
          batch,
          rows.incrementAndGet(),
          p + "H",
          w.date(),
          w.compliant(),
          w.problem());
    }
    for (Facts.Vehicle v : h.vehicles()) {
      insert(
          "dept_vehicle (batch_id, row_number, id_number, register_date, vehicle_type, value_fen)",
          batch,
          rows.incrementAndGet(),
          p + v.idNumber(),
          v.date(),
          v.type(),
          v.valueFen());
    }
    for (Facts.Business b : h.businesses()) {
      insert(
          "dept_business (batch_id, row_number, id_number, register_date, capital_fen)",
          batch,
          rows.incrementAndGet(),
          p + b.idNumber(),
          b.date(),
          b.capitalFen());
    }
    return id;
  }

  private void insert(String tableAndColumns, Object... values) {
    String marks = String.join(", ", Collections.nCopies(values.length, "?"));
    var spec = jdbc.sql("insert into " + tableAndColumns + " values (" + marks + ")");
    for (Object v : values) {
      spec = spec.param(v);
    }
    spec.update();
  }
}
