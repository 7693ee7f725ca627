package org.shouwang.screening;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final int CHUNK = 4_096;
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
        // compiling the plans (JIT) costs more than it saves on these one-off queries
        st.execute("set local jit = off");
      }
      try {
        long t0 = System.nanoTime();
        // the screening threads add the counties they meet
        Map<String, ScreeningContext> contexts = new ConcurrentHashMap<>();
        Map<String, long[]> byRule = new TreeMap<>();
        for (Rule r : screening.rules()) {
          byRule.put(r.code(), new long[2]);
        }
        List<Found> found = new ArrayList<>();
        long households = screenAll(c, region, asOf, all, contexts, found);
        long t1 = System.nanoTime();
        try (var st = c.createStatement()) {
          st.execute(
              "create temp table stage_finding (household_id bigint, rule_code text, rule_version"
                  + " int, risk_type text, figures text, evidence text, evidence_key text,"
                  + " standard_label text) on commit drop");
        }
        long findings = found.size();
        try (CopyStream out =
            CopyStream.into(
                c,
                "stage_finding",
                "household_id, rule_code, rule_version, risk_type, figures, evidence,"
                    + " evidence_key, standard_label")) {
          for (Found x : found) {
            Finding f = x.finding();
            byRule.get(f.ruleCode())[0]++;
            String evidence = f.evidenceText();
            out.number(x.household()).text(f.ruleCode()).number(f.ruleVersion());
            out.text(f.risk().name()).text(f.figuresText()).text(evidence);
            out.text(evidence.isEmpty() ? f.figuresText() : evidence);
            out.text(x.context().standard().label());
            out.endRow();
          }
          out.finish();
        }
        found.clear();
        long t2 = System.nanoTime();
        long runId = insertRun(c, asOf, scope, startedBy, contexts, households, findings);
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
            "Screening run {}: {} households, {} findings, {} raised; read and screen {} ms, stage {} ms, write {} ms",
            runId,
            households,
            findings,
            raised,
            (t1 - t0) / 1_000_000,
            (t2 - t1) / 1_000_000,
            (t3 - t2) / 1_000_000);
        return new ScreeningResult(
            runId,
            households,
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

  /** A finding of one household, with the context (standard) it was screened under. */
  private record Found(long household, Finding finding, ScreeningContext context) {}

  /**
   * Streams the region's households from the database in chunks; while one chunk is screened on the
   * common pool (the rules are pure), the next is read. Returns the number of households.
   */
  private long screenAll(
      Connection c,
      RegionScope region,
      LocalDate asOf,
      MonitoringStandards all,
      Map<String, ScreeningContext> contexts,
      List<Found> found)
      throws SQLException {
    long households = 0;
    CompletableFuture<List<Found>> pending = CompletableFuture.completedFuture(List.of());
    try (FactsLoader facts = FactsLoader.open(c, dataSource, region, asOf)) {
      while (true) {
        List<FactsLoader.Household> chunk = new ArrayList<>(CHUNK);
        FactsLoader.Household h;
        while (chunk.size() < CHUNK && (h = facts.next()) != null) {
          chunk.add(h);
        }
        found.addAll(pending.join());
        if (chunk.isEmpty()) {
          break;
        }
        households += chunk.size();
        pending = CompletableFuture.supplyAsync(() -> screen(chunk, asOf, all, contexts));
      }
    }
    return households;
  }

  private List<Found> screen(
      List<FactsLoader.Household> chunk,
      LocalDate asOf,
      MonitoringStandards all,
      Map<String, ScreeningContext> contexts) {
    return chunk.parallelStream()
        .flatMap(
            h -> {
              ScreeningContext context =
                  contexts.computeIfAbsent(
                      h.village().substring(0, 6),
                      county -> new ScreeningContext(asOf, all.inForce(county, asOf)));
              return screening.screen(h.facts().build(), context).stream()
                  .map(f -> new Found(h.id(), f, context));
            })
        .toList();
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
