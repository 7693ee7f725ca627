package org.shouwang.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stored cases, in plain SQL. {@link #save} refuses to write over a case someone else changed since
 * it was loaded ({@code update … where id = ? and version = ?}); transitions are appended, never
 * rewritten; the rounds' details are replaced as a whole under the version check.
 */
@Repository
public class Cases {
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  public Cases(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
  }

  public Case get(long id) {
    return find(id).orElseThrow(() -> new CaseNotFound(id));
  }

  public Optional<Case> find(long id) {
    return tx.execute(status -> load(id));
  }

  /** The case opened from this clue, if any: intake is idempotent per origin. */
  public Optional<Long> findByOrigin(ClueChannel channel, String originRef) {
    return jdbc.sql("select id from identification_case where channel = ? and origin_ref = ?")
        .params(channel.name(), originRef)
        .query(Long.class)
        .optional();
  }

  /** Ids of the cases of a county still inside the procedure, oldest clue first. */
  /** Open cases whose village lies under {@code regionCode} (any level), oldest clue first. */
  public List<Long> openIn(String regionCode) {
    return jdbc.sql(
            "select id from identification_case where village_code like ?"
                + " and step not in ('MONITORING_OBJECT', 'REJECTED') order by clue_received_at, id")
        .param(regionCode + "%")
        .query(Long.class)
        .list();
  }

  /** Inserts a new case or updates a loaded one; throws if the stored version moved on. */
  public void save(Case c) {
    tx.executeWithoutResult(
        status -> {
          long id;
          long version;
          if (c.id() == null) {
            id = insert(c);
            version = 0;
            update(c, id, 0, version);
          } else {
            id = c.id();
            version = c.version() + 1;
            update(c, id, c.version(), version);
          }
          writeRounds(id, c);
          writeTransitions(id, c);
          c.saved(id, version);
        });
  }

  // ---- writing

  private long insert(Case c) {
    Clue clue = c.clue();
    return jdbc.sql(
            """
            insert into identification_case (version, household_id, village_code, township_code,
              county_code, channel, origin_ref, clue_recorded_by, clue_received_at, suspected_risks,
              clue_description, step)
            values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CLUE_RECEIVED')
            returning id
            """)
        .params(
            c.household().householdId(),
            c.household().villageCode(),
            c.household().townshipCode(),
            c.household().countyCode(),
            clue.channel().name(),
            clue.originRef(),
            clue.recordedBy(),
            ts(clue.receivedAt()),
            names(clue.suspectedRisks()),
            clue.description())
        .query(Long.class)
        .single();
  }

  private void update(Case c, long id, long expectedVersion, long newVersion) {
    CountyDecision d = c.decision().orElse(null);
    Rejection r = c.rejection().orElse(null);
    GreenChannel g = c.greenChannel().orElse(null);
    int rows =
        jdbc.sql(
                """
                update identification_case set version = ?, step = ?,
                  decided_by = ?, decided_at = ?, category = ?, risk_types = ?,
                  identification_month = ?,
                  rejected_by = ?, rejected_level = ?, rejected_at = ?, rejected_at_step = ?,
                  rejection_reason = ?, tell_household_by = ?, household_told_on = ?,
                  green_channel_by = ?, green_channel_at = ?, green_channel_reason = ?
                where id = ? and version = ?
                """)
            .params(
                newVersion,
                c.step().name(),
                d == null ? null : d.approvedBy(),
                d == null ? null : ts(d.approvedAt()),
                d == null ? null : d.category().name(),
                d == null ? null : names(d.riskTypes()),
                d == null ? null : d.identificationMonth().atDay(1),
                r == null ? null : r.rejectedBy(),
                r == null ? null : r.rejectedAt().name(),
                r == null ? null : ts(r.at()),
                r == null ? null : r.atStep().name(),
                r == null ? null : r.reason(),
                r == null ? null : r.tellHouseholdBy(),
                r == null ? null : r.householdToldOn(),
                g == null ? null : g.grantedBy(),
                g == null ? null : ts(g.grantedAt()),
                g == null ? null : g.reason(),
                id,
                expectedVersion)
            .update();
    if (rows == 0) {
      throw new CaseConcurrentlyModified(id, expectedVersion);
    }
  }

  private void writeRounds(long id, Case c) {
    jdbc.sql("delete from case_round where case_id = ?").param(id).update();
    for (Round r : c.rounds()) {
      DataComparison cmp = r.comparison;
      VillageReview rev = r.review;
      PublicNotice n = r.notice;
      Approval t = r.townshipApproval;
      jdbc.sql(
              """
              insert into case_round (case_id, round, clock_starts_on, comparison_by, comparison_at,
                review_by, review_at, review_held_on, review_minutes, notice_by, notice_at,
                notice_first_day, notice_last_day, township_by, township_at, township_opinion)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              id,
              r.number,
              r.clockStartsOn,
              cmp == null ? null : cmp.recordedBy(),
              cmp == null ? null : ts(cmp.recordedAt()),
              rev == null ? null : rev.recordedBy(),
              rev == null ? null : ts(rev.recordedAt()),
              rev == null ? null : rev.heldOn(),
              rev == null ? null : rev.minutes(),
              n == null ? null : n.publishedBy(),
              n == null ? null : ts(n.publishedAt()),
              n == null ? null : n.firstDay(),
              n == null ? null : n.lastDay(),
              t == null ? null : t.approvedBy(),
              t == null ? null : ts(t.approvedAt()),
              t == null ? null : t.opinion())
          .update();
      if (cmp != null) {
        int seq = 0;
        for (ComparisonFinding f : cmp.findings()) {
          jdbc.sql(
                  "insert into case_comparison_finding (case_id, round, seq, rule_code, summary)"
                      + " values (?, ?, ?, ?, ?)")
              .params(id, r.number, ++seq, f.ruleCode(), f.summary())
              .update();
        }
      }
      HomeVerification v = r.verification;
      if (v != null) {
        IncomeEntered i = v.income();
        jdbc.sql(
                """
                insert into case_verification (case_id, round, recorded_by, recorded_at, verifiers,
                  authorisation_signed, wage_fen, business_fen, property_fen, transfer_fen,
                  business_cost_fen, household_size, per_capita_net_fen, findings)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            .params(
                id,
                r.number,
                v.recordedBy(),
                ts(v.recordedAt()),
                v.verifiers().stream().sorted().toArray(String[]::new),
                v.authorisationSigned(),
                i.wageFen(),
                i.businessFen(),
                i.propertyFen(),
                i.transferFen(),
                i.businessCostFen(),
                i.householdSize(),
                v.perCapitaNetFen(),
                v.findings())
            .update();
      }
      for (Objection o : r.objections) {
        jdbc.sql(
                """
                insert into case_objection (case_id, round, number, logged_by, logged_at, raised_by,
                  content, answer, answered_by, answered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            .params(
                id,
                r.number,
                o.number(),
                o.loggedBy(),
                ts(o.loggedAt()),
                o.raisedBy(),
                o.content(),
                o.answer(),
                o.answeredBy(),
                o.answeredAt() == null ? null : ts(o.answeredAt()))
            .update();
      }
    }
  }

  private void writeTransitions(long id, Case c) {
    for (CaseTransition t : c.unsavedTransitions()) {
      jdbc.sql(
              "insert into case_transition (case_id, seq, actor, at, from_step, to_step, reason)"
                  + " values (?, ?, ?, ?, ?, ?, ?)")
          .params(
              id,
              t.seq(),
              t.actor(),
              ts(t.at()),
              t.from() == null ? null : t.from().name(),
              t.to().name(),
              t.reason())
          .update();
    }
  }

  // ---- reading

  private Optional<Case> load(long id) {
    Optional<CaseRow> row =
        jdbc.sql("select * from identification_case where id = ?")
            .param(id)
            .query((rs, n) -> caseRow(rs))
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    CaseRow head = row.get();
    List<Round> rounds =
        jdbc.sql("select * from case_round where case_id = ? order by round")
            .param(id)
            .query((rs, n) -> round(rs))
            .list();
    for (Round r : rounds) {
      List<ComparisonFinding> findings =
          jdbc.sql(
                  "select rule_code, summary from case_comparison_finding"
                      + " where case_id = ? and round = ? order by seq")
              .params(id, r.number)
              .query((rs, n) -> new ComparisonFinding(rs.getString(1), rs.getString(2)))
              .list();
      if (r.comparison != null) {
        r.comparison =
            new DataComparison(r.comparison.recordedBy(), r.comparison.recordedAt(), findings);
      }
      r.verification =
          jdbc.sql("select * from case_verification where case_id = ? and round = ?")
              .params(id, r.number)
              .query((rs, n) -> verification(rs))
              .optional()
              .orElse(null);
      r.objections.addAll(
          jdbc.sql("select * from case_objection where case_id = ? and round = ? order by number")
              .params(id, r.number)
              .query((rs, n) -> objection(rs))
              .list());
    }
    List<CaseTransition> transitions =
        jdbc.sql("select * from case_transition where case_id = ? order by seq")
            .param(id)
            .query(
                (rs, n) ->
                    new CaseTransition(
                        rs.getInt("seq"),
                        rs.getString("actor"),
                        instant(rs, "at"),
                        step(rs.getString("from_step")),
                        step(rs.getString("to_step")),
                        rs.getString("reason")))
            .list();
    return Optional.of(
        new Case(
            id,
            head.version,
            head.household,
            head.clue,
            head.step,
            rounds,
            head.decision,
            head.rejection,
            head.greenChannel,
            transitions));
  }

  private record CaseRow(
      long version,
      CaseHousehold household,
      Clue clue,
      CaseStep step,
      CountyDecision decision,
      Rejection rejection,
      GreenChannel greenChannel) {}

  private static CaseRow caseRow(ResultSet rs) throws SQLException {
    CaseHousehold household =
        new CaseHousehold(
            rs.getLong("household_id"),
            rs.getString("village_code"),
            rs.getString("township_code"),
            rs.getString("county_code"));
    Clue clue =
        new Clue(
            ClueChannel.valueOf(rs.getString("channel")),
            rs.getString("origin_ref"),
            rs.getString("clue_recorded_by"),
            instant(rs, "clue_received_at"),
            risks(rs.getArray("suspected_risks")),
            rs.getString("clue_description"));
    CountyDecision decision = null;
    if (rs.getString("decided_by") != null) {
      decision =
          new CountyDecision(
              rs.getString("decided_by"),
              instant(rs, "decided_at"),
              MonitoringCategory.valueOf(rs.getString("category")),
              List.copyOf(risks(rs.getArray("risk_types"))),
              YearMonth.from(rs.getObject("identification_month", LocalDate.class)));
    }
    Rejection rejection = null;
    if (rs.getString("rejected_by") != null) {
      rejection =
          new Rejection(
              rs.getString("rejected_by"),
              AdminLevel.valueOf(rs.getString("rejected_level")),
              instant(rs, "rejected_at"),
              CaseStep.valueOf(rs.getString("rejected_at_step")),
              rs.getString("rejection_reason"),
              rs.getObject("tell_household_by", LocalDate.class),
              rs.getObject("household_told_on", LocalDate.class));
    }
    GreenChannel green = null;
    if (rs.getString("green_channel_by") != null) {
      green =
          new GreenChannel(
              rs.getString("green_channel_by"),
              instant(rs, "green_channel_at"),
              rs.getString("green_channel_reason"));
    }
    return new CaseRow(
        rs.getLong("version"),
        household,
        clue,
        CaseStep.valueOf(rs.getString("step")),
        decision,
        rejection,
        green);
  }

  private static Round round(ResultSet rs) throws SQLException {
    Round r = new Round(rs.getInt("round"), rs.getObject("clock_starts_on", LocalDate.class));
    if (rs.getString("comparison_by") != null) {
      r.comparison =
          new DataComparison(
              rs.getString("comparison_by"), instant(rs, "comparison_at"), List.of());
    }
    if (rs.getString("review_by") != null) {
      r.review =
          new VillageReview(
              rs.getString("review_by"),
              instant(rs, "review_at"),
              rs.getObject("review_held_on", LocalDate.class),
              rs.getString("review_minutes"));
    }
    if (rs.getString("notice_by") != null) {
      r.notice =
          new PublicNotice(
              rs.getString("notice_by"),
              instant(rs, "notice_at"),
              rs.getObject("notice_first_day", LocalDate.class),
              rs.getObject("notice_last_day", LocalDate.class));
    }
    if (rs.getString("township_by") != null) {
      r.townshipApproval =
          new Approval(
              rs.getString("township_by"),
              instant(rs, "township_at"),
              rs.getString("township_opinion"));
    }
    return r;
  }

  private static HomeVerification verification(ResultSet rs) throws SQLException {
    IncomeEntered income =
        new IncomeEntered(
            rs.getLong("wage_fen"),
            rs.getLong("business_fen"),
            rs.getLong("property_fen"),
            rs.getLong("transfer_fen"),
            rs.getLong("business_cost_fen"),
            rs.getInt("household_size"));
    return new HomeVerification(
        rs.getString("recorded_by"),
        instant(rs, "recorded_at"),
        new LinkedHashSet<>(Arrays.asList(strings(rs.getArray("verifiers")))),
        rs.getBoolean("authorisation_signed"),
        income,
        rs.getLong("per_capita_net_fen"),
        rs.getString("findings"));
  }

  private static Objection objection(ResultSet rs) throws SQLException {
    return new Objection(
        rs.getInt("number"),
        rs.getString("logged_by"),
        instant(rs, "logged_at"),
        rs.getString("raised_by"),
        rs.getString("content"),
        rs.getString("answer"),
        rs.getString("answered_by"),
        rs.getTimestamp("answered_at") == null ? null : instant(rs, "answered_at"));
  }

  // ---- conversions

  private static Timestamp ts(Instant at) {
    return Timestamp.from(at);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }

  private static CaseStep step(String name) {
    return name == null ? null : CaseStep.valueOf(name);
  }

  private static String[] names(java.util.Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toArray(String[]::new);
  }

  private static String[] strings(Array array) throws SQLException {
    return array == null ? new String[0] : (String[]) array.getArray();
  }

  private static Set<RiskType> risks(Array array) throws SQLException {
    return Arrays.stream(strings(array))
        .map(RiskType::valueOf)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
