package org.shouwang.screening;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.shouwang.access.RegionScope;
import org.shouwang.engine.income.IncomeSurvey;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.Member;
import org.shouwang.engine.screening.SourceRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams from the database everything a screening needs, one household at a time, as of a date:
 * one query per table, each joined to the household it concerns and sorted by household, records
 * dated after the as-of date left out; the sorted streams are merged on the household id, so memory
 * holds one household, not a province. Open on a connection in a transaction (the queries are
 * server-side cursors), read with {@link #next()}, then close before using the connection for
 * anything else.
 */
final class FactsLoader implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FactsLoader.class);

  /** One household: its database id, its village and its facts. */
  record Household(long id, String village, HouseholdFacts.Builder facts) {}

  /** The household's own row, which drives the others. */
  private record Head(String householdNo, String village, String type, boolean underReview) {}

  private final Connection c;
  private final SortedCursors<Household> cursors;
  private final RegionScope scope;
  private final LocalDate asOf;
  private final Map<String, List<Facts.Water>> villageWater = new HashMap<>();
  private SortedQuery<Household, Head> households;
  private boolean covers;

  private FactsLoader(Connection c, DataSource more, RegionScope scope, LocalDate asOf) {
    this.c = c;
    this.cursors = new SortedCursors<>(c, more);
    this.scope = scope;
    this.asOf = asOf;
  }

  /**
   * Opens the facts of {@code scope} on connection {@code c} (in a transaction); {@code more}, when
   * not null, lends a second connection so that the server sorts on two cores.
   */
  static FactsLoader open(Connection c, DataSource more, RegionScope scope, LocalDate asOf)
      throws SQLException {
    FactsLoader loader = new FactsLoader(c, more, scope, asOf);
    long t0 = System.nanoTime();
    try {
      loader.open();
      log.info(
          "Facts of {} as of {}: queries sorted in {} ms",
          scope.code(),
          asOf,
          (System.nanoTime() - t0) / 1_000_000);
    } catch (SQLException | RuntimeException e) {
      loader.close();
      throw e;
    }
    return loader;
  }

  /** The next household in id order, or null at the end. */
  Household next() throws SQLException {
    Household h =
        cursors.next(
            households,
            (id, head) ->
                new Household(
                    id,
                    head.village(),
                    HouseholdFacts.builder(head.householdNo(), head.village())
                        .lifted("脱贫户".equals(head.type()))
                        .underReview(head.underReview())
                        .educationFeedCovers(covers)));
    if (h != null) {
      List<Facts.Water> checks = villageWater.get(h.village());
      if (checks != null) {
        h.facts().water().addAll(checks);
      }
    }
    return h;
  }

  @Override
  public void close() throws SQLException {
    cursors.close();
  }

  private void open() throws SQLException {
    String where = " where " + scope.condition("h");
    String code = scope.code();
    covers = educationCovers();
    villageWater(Date.valueOf(asOf));
    households =
        cursors.add(
            "household",
            "select h.id, h.household_no, h.village_code, h.household_type,"
                + " exists (select 1 from risk_warning w where w.household_id = h.id"
                + " and w.status in ('OPEN', 'DISPATCHED', 'INCLUDED'))"
                + " from household h"
                + where
                + " order by h.id",
            rs -> new Head(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)),
            null,
            code);
    cursors.add(
        "member",
        "select m.household_id, m.id_number, m.name, m.birth_date, m.relation, m.health,"
            + " m.labor_skill, m.student_status, m.medical_insured from member m"
            + " join household h on h.id = m.household_id"
            + where
            + " order by m.household_id, m.batch_id, m.row_number",
        rs ->
            new Member(
                rs.getString(2),
                rs.getString(3),
                date(rs, 4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                (Boolean) rs.getObject(9)),
        (h, x) -> h.facts().members().add(x),
        code);
    cursors.add(
        "income_survey",
        "select s.household_id, s.year, s.wage_fen, s.business_fen, s.property_fen,"
            + " s.transfer_fen, s.business_cost_fen, coalesce(s.claim_fen, 0),"
            + " coalesce(s.compliant_self_paid_fen, 0) from income_survey s"
            + " join household h on h.id = s.household_id"
            + where
            + " and s.year <= ?"
            + " order by s.household_id, s.year",
        rs ->
            new IncomeSurvey(
                rs.getInt(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getLong(8),
                rs.getLong(9)),
        (h, x) -> h.facts().incomes().add(x),
        code,
        asOf.getYear());
    DepartmentFacts.add(cursors, scope, asOf);
    cursors.add(
        "household",
        "select h.id, m.id_number, o.household_no, m.batch_id, m.row_number from household h"
            + " join member m on m.id_number = h.head_id_number"
            + " join household o on o.id = m.household_id"
            + where
            + " and o.id <> h.id"
            + " order by h.id, m.batch_id, m.row_number",
        rs ->
            new Facts.OtherMembership(
                rs.getString(2),
                rs.getString(3),
                new SourceRef("member", rs.getLong(4), rs.getLong(5))),
        (h, x) -> h.facts().otherMemberships().add(x),
        code);
    cursors.open();
  }

  static LocalDate date(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDate.class);
  }

  static SourceRef ref(String feed, ResultSet rs) throws SQLException {
    return new SourceRef(feed, rs.getLong(2), rs.getLong(3));
  }

  /** Water checks of whole villages, added to every household of the village. */
  private void villageWater(Date day) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "select 0, d.batch_id, d.row_number, d.village_code, d.check_date, d.compliant,"
                + " d.problem from dept_water d where d.village_code like ? and d.check_date <= ?"
                + " order by 2, 3")) {
      st.setString(1, scope.code() + "%");
      st.setDate(2, day);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          villageWater
              .computeIfAbsent(rs.getString(4), k -> new ArrayList<>())
              .add(
                  new Facts.Water(
                      date(rs, 5), rs.getBoolean(6), rs.getString(7), ref("water", rs)));
        }
      }
    }
  }

  /** Whether the education feed covers the area this year: any 学籍 record in the last 12 months. */
  private boolean educationCovers() throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "select exists (select 1 from dept_education where status_date > ? and status_date <= ?)")) {
      st.setDate(1, Date.valueOf(asOf.minusYears(1)));
      st.setDate(2, Date.valueOf(asOf));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
