package org.shouwang.screening;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.shouwang.access.RegionScope;
import org.shouwang.db.CopyStream;
import org.shouwang.engine.screening.Finding;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.Screening;
import org.shouwang.engine.screening.ScreeningContext;
import org.shouwang.engine.standard.MonitoringStandard;
import org.shouwang.engine.standard.MonitoringStandards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Screens the registry of a region against everything imported up to an as-of date and stores the
 * warnings (部门筛查预警). A run and its warnings commit together, so a run that dies halfway leaves
 * nothing; a warning is not raised while one for the same household and rule is open, nor again for
 * evidence already answered; so re-running is safe.
 */
@Service
public class ScreeningRun {
  private static final Logger log = LoggerFactory.getLogger(ScreeningRun.class);
  private final DataSource dataSource;
  private final Standards standards;
  private final Clock clock;
  private final Screening screening = Screening.standard();

  ScreeningRun(DataSource dataSource, Standards standards, Clock clock) {
    this.dataSource = dataSource;
    this.standards = standards;
    this.clock = clock;
  }

  /** Told when the warnings are written and the run is about to commit (tests break runs here). */
  @FunctionalInterface
  public interface Observer {
    Observer NONE = () -> {};

    void beforeCommit();
  }

  public ScreeningResult run(LocalDate asOf, String scope, String startedBy) {
    return run(asOf, scope, startedBy, Observer.NONE);
  }

  public ScreeningResult run(LocalDate asOf, String scope, String startedBy, Observer observer) {
    RegionScope region = new RegionScope(scope);
    MonitoringStandards all = standards.all();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (var st = c.createStatement()) {
        st.execute("set local work_mem = '256MB'");
      }
      try {
        long t0 = System.nanoTime();
        FactsLoader.Loaded loaded = new FactsLoader(c, region, asOf).load();
        long t1 = System.nanoTime();
        Map<String, ScreeningContext> contexts = new HashMap<>();
        Map<String, long[]> byRule = new TreeMap<>();
        for (Rule r : screening.rules()) {
          byRule.put(r.code(), new long[2]);
        }
        try (var st = c.createStatement()) {
          st.execute(
              "create temp table stage_finding (household_id bigint, rule_code text, rule_version"
                  + " int, risk_type text, figures text, evidence text, evidence_key text,"
                  + " standard_label text) on commit drop");
        }
        long findings = 0;
        try (CopyStream out =
            CopyStream.into(
                c,
                "stage_finding",
                "household_id, rule_code, rule_version, risk_type, figures, evidence,"
                    + " evidence_key, standard_label")) {
          List<Long> ids = loaded.ids();
          for (String village : loaded.villages()) {
            contexts.computeIfAbsent(
                village.substring(0, 6), k -> new ScreeningContext(asOf, all.inForce(k, asOf)));
          }
          // the rules are pure: both cores screen, one thread writes
          @SuppressWarnings("unchecked")
          List<Finding>[] found = new List[ids.size()];
          java.util.stream.IntStream.range(0, ids.size())
              .parallel()
              .forEach(
                  i -> {
                    ScreeningContext context = contexts.get(loaded.villages()[i].substring(0, 6));
                    found[i] = screening.screen(loaded.facts()[i].build(), context);
                    loaded.facts()[i] = null;
                  });
          for (int i = 0; i < found.length; i++) {
            long id = ids.get(i);
            ScreeningContext context = contexts.get(loaded.villages()[i].substring(0, 6));
            for (Finding f : found[i]) {
              findings++;
              byRule.get(f.ruleCode())[0]++;
              String evidence = f.evidenceText();
              out.number(id).text(f.ruleCode()).number(f.ruleVersion()).text(f.risk().name());
              out.text(f.figuresText()).text(evidence);
              out.text(evidence.isEmpty() ? f.figuresText() : evidence);
              out.text(context.standard().label());
              out.endRow();
            }
          }
          out.finish();
        }
        long t2 = System.nanoTime();
        long runId = insertRun(c, asOf, scope, startedBy, contexts, loaded.ids().size(), findings);
        try (var st =
            c.prepareStatement(
                "insert into risk_warning (household_id, rule_code, rule_version, risk_type, figures,"
                    + " evidence, evidence_key, run_id, as_of, standard_label, raised_at, village_code,"
                    + " township_code, county_code, city_code, province_code, household_type)"
                    + " select s.household_id, s.rule_code, s.rule_version, s.risk_type, s.figures,"
                    + " s.evidence, s.evidence_key, ?, ?, s.standard_label, ?, h.village_code,"
                    + " h.township_code, h.county_code, h.city_code, h.province_code, h.household_type"
                    + " from stage_finding s join household h on h.id = s.household_id"
                    + " where not exists (select 1 from risk_warning w where w.household_id ="
                    + " s.household_id and w.rule_code = s.rule_code and (w.status in ('OPEN',"
                    + " 'DISPATCHED') or w.evidence_key = s.evidence_key))")) {
          st.setLong(1, runId);
          st.setObject(2, asOf);
          st.setTimestamp(3, Timestamp.from(clock.instant()));
          st.executeUpdate();
        }
        long raised = 0;
        try (var st =
            c.prepareStatement(
                "select rule_code, count(*) from risk_warning where run_id = ? group by 1")) {
          st.setLong(1, runId);
          try (var rs = st.executeQuery()) {
            while (rs.next()) {
              byRule.computeIfAbsent(rs.getString(1), k -> new long[2])[1] = rs.getLong(2);
              raised += rs.getLong(2);
            }
          }
        }
        Map<String, Long> byTownship = new TreeMap<>();
        try (var st =
            c.prepareStatement(
                "select township_code, count(*) from risk_warning where run_id = ? group by 1")) {
          st.setLong(1, runId);
          try (var rs = st.executeQuery()) {
            while (rs.next()) {
              byTownship.put(rs.getString(1), rs.getLong(2));
            }
          }
        }
        StringBuilder counts = new StringBuilder();
        byRule.forEach(
            (k, v) ->
                counts.append(k).append('=').append(v[0]).append('/').append(v[1]).append(';'));
        try (var st =
            c.prepareStatement(
                "update screening_run set raised = ?, counts = ?, finished_at = ? where id = ?")) {
          st.setLong(1, raised);
          st.setString(2, counts.toString());
          st.setTimestamp(3, Timestamp.from(clock.instant()));
          st.setLong(4, runId);
          st.executeUpdate();
        }
        observer.beforeCommit();
        c.commit();
        long t3 = System.nanoTime();
        log.info(
            "Screening run {}: {} households, {} findings, {} raised; load {} ms, screen {} ms, write {} ms",
            runId,
            loaded.ids().size(),
            findings,
            raised,
            (t1 - t0) / 1_000_000,
            (t2 - t1) / 1_000_000,
            (t3 - t2) / 1_000_000);
        return new ScreeningResult(
            runId,
            loaded.ids().size(),
            findings,
            raised,
            byRule,
            byTownship,
            (t1 - t0) / 1e9,
            (t2 - t1) / 1e9,
            (t3 - t2) / 1e9);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("screening failed", e);
    }
  }

  private long insertRun(
      Connection c,
      LocalDate asOf,
      String scope,
      String by,
      Map<String, ScreeningContext> used,
      long households,
      long findings)
      throws SQLException {
    String label =
        used.values().stream()
            .map(ScreeningContext::standard)
            .map(MonitoringStandard::label)
            .distinct()
            .sorted()
            .reduce((a, b) -> a + "；" + b)
            .orElse("—");
    try (var st =
        c.prepareStatement(
            "insert into screening_run (as_of, scope, standard_label, started_by, started_at,"
                + " finished_at, households, findings, raised, counts) values (?, ?, ?, ?, ?, ?, ?, ?,"
                + " 0, '') returning id")) {
      st.setObject(1, asOf);
      st.setString(2, scope);
      st.setString(3, label);
      st.setString(4, by);
      Timestamp now = Timestamp.from(clock.instant());
      st.setTimestamp(5, now);
      st.setTimestamp(6, now);
      st.setLong(7, households);
      st.setLong(8, findings);
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
