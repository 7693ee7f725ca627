package org.shouwang.screening;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.shouwang.access.RegionScope;
import org.shouwang.engine.income.IncomeSurvey;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.Member;
import org.shouwang.engine.screening.SourceRef;
import org.shouwang.screening.SortedCursors.Decoder;
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
  /** How far back department history is read (W06 needs a job before the run; housing, 学籍). */
  private static final int HISTORY_YEARS = 5;

  private static final Logger log = LoggerFactory.getLogger(FactsLoader.class);

  /** One household: its database id, its village and its facts. */
  record Household(long id, String village, HouseholdFacts.Builder facts) {}

  /** The household's own row, which drives the others. */
  private record Head(String householdNo, String village, String type, boolean underReview) {}

  /** What a decoded row adds to its household's facts. */
  @FunctionalInterface
  private interface Attach<V> extends BiConsumer<Household, V> {}

  private final Connection c;
  private final SortedCursors<Household> cursors;
  private final RegionScope scope;
  private final LocalDate asOf;
  private final Map<String, List<Facts.Water>> villageWater = new HashMap<>();
  private SortedCursors.Query<Household, Head> households;
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
    Date day = Date.valueOf(asOf);
    covers = educationCovers();
    villageWater(day);
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
    cursor(
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
    cursor(
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
    Date since = Date.valueOf(asOf.minusYears(HISTORY_YEARS));
    person(
        "medical",
        "settle_date",
        Date.valueOf(asOf.withDayOfYear(1)),
        "d.id_number, d.settle_date, d.visit_type, d.total_cost_fen, d.self_paid_fen",
        rs ->
            new Facts.Medical(
                rs.getString(4),
                date(rs, 5),
                rs.getString(6),
                rs.getLong(7),
                rs.getLong(8),
                ref("medical", rs)),
        (h, x) -> h.facts().medical().add(x));
    person(
        "civil_affairs",
        "start_date",
        since,
        "d.id_number, d.category, d.start_date, d.end_date, d.amount_fen",
        rs ->
            new Facts.CivilAffairs(
                rs.getString(4),
                rs.getString(5),
                date(rs, 6),
                date(rs, 7),
                (Long) rs.getObject(8),
                ref("civil_affairs", rs)),
        (h, x) -> h.facts().civilAffairs().add(x));
    person(
        "death",
        "death_date",
        null,
        "d.id_number, d.death_date",
        rs -> new Facts.Death(rs.getString(4), date(rs, 5), ref("death", rs)),
        (h, x) -> h.facts().deaths().add(x));
    person(
        "education",
        "status_date",
        since,
        "d.id_number, d.stage, d.status, d.status_date, d.self_paid_fees_fen",
        rs ->
            new Facts.Education(
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                date(rs, 7),
                (Long) rs.getObject(8),
                ref("education", rs)),
        (h, x) -> h.facts().education().add(x));
    employment();
    person(
        "accident",
        "accident_date",
        since,
        "d.id_number, d.accident_date, d.outcome",
        rs ->
            new Facts.Accident(rs.getString(4), date(rs, 5), rs.getString(6), ref("accident", rs)),
        (h, x) -> h.facts().accidents().add(x));
    person(
        "disability",
        "issue_date",
        null,
        "d.id_number, d.grade, d.issue_date",
        rs ->
            new Facts.Disability(
                rs.getString(4), rs.getString(5), date(rs, 6), ref("disability", rs)),
        (h, x) -> h.facts().disabilities().add(x));
    person(
        "vehicle",
        "register_date",
        null,
        "d.id_number, d.register_date, d.vehicle_type, d.value_fen",
        rs ->
            new Facts.Vehicle(
                rs.getString(4),
                date(rs, 5),
                rs.getString(6),
                (Long) rs.getObject(7),
                ref("vehicle", rs)),
        (h, x) -> h.facts().vehicles().add(x));
    person(
        "business",
        "register_date",
        null,
        "d.id_number, d.register_date, d.capital_fen",
        rs ->
            new Facts.Business(
                rs.getString(4), date(rs, 5), (Long) rs.getObject(6), ref("business", rs)),
        (h, x) -> h.facts().businesses().add(x));
    household(
        "housing",
        "assess_date",
        "d.assess_date, d.grade",
        rs -> new Facts.Housing(date(rs, 4), rs.getString(5), ref("housing", rs)),
        (h, x) -> h.facts().housing().add(x));
    household(
        "disaster",
        "disaster_date",
        "d.disaster_date, d.disaster_type, d.loss_fen",
        rs -> new Facts.Disaster(date(rs, 4), rs.getString(5), rs.getLong(6), ref("disaster", rs)),
        (h, x) -> h.facts().disasters().add(x));
    cursor(
        "select h.id, d.batch_id, d.row_number, d.check_date, d.compliant, d.problem"
            + " from dept_water d join household h on h.household_no = d.household_no"
            + where
            + " and d.check_date <= ?"
            + " order by h.id, d.batch_id, d.row_number",
        rs -> new Facts.Water(date(rs, 4), rs.getBoolean(5), rs.getString(6), ref("water", rs)),
        (h, x) -> h.facts().water().add(x),
        code,
        day);
    cursor(
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
    households = cursors.driver();
    cursors.open();
  }

  private static LocalDate date(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDate.class);
  }

  private static SourceRef ref(String feed, ResultSet rs) throws SQLException {
    return new SourceRef(feed, rs.getLong(2), rs.getLong(3));
  }

  /** A person-keyed department table joined to the household of the person. */
  private <V> void person(
      String feed,
      String dateColumn,
      Date from,
      String columns,
      Decoder<V> decode,
      Attach<V> attach) {
    String sql =
        "select m.household_id, d.batch_id, d.row_number, "
            + columns
            + " from dept_"
            + feed
            + " d join member m on m.id_number = d.id_number"
            + " where m.village_code like ?"
            + " and d."
            + dateColumn
            + " <= ?"
            + (from == null ? "" : " and d." + dateColumn + " >= ?")
            + " order by 1, 2, 3";
    String area = scope.code() + "%";
    if (from == null) {
      cursor(sql, decode, attach, area, Date.valueOf(asOf));
    } else {
      cursor(sql, decode, attach, area, Date.valueOf(asOf), from);
    }
  }

  /**
   * Employment months, only those W06 can use: of each person, the last month at work in the last
   * two years and every month after it (a run of months without work ends at a job, so earlier
   * months never count; a person never at work cannot be 就业不稳). Monthly feeds are the largest by
   * far, and most of their rows are months at work.
   */
  private void employment() {
    Date from = Date.valueOf(asOf.minusMonths(24).withDayOfMonth(1));
    Date to = Date.valueOf(asOf);
    cursor(
        "with last_job as (select id_number, max(month) as month from dept_employment"
            + " where status = '就业' and month >= ? and month <= ? group by id_number)"
            + " select m.household_id, d.batch_id, d.row_number, d.id_number, d.month, d.status"
            + " from dept_employment d join last_job j on j.id_number = d.id_number"
            + " join member m on m.id_number = d.id_number"
            + " where m.village_code like ? and d.month >= j.month and d.month <= ?"
            + " order by 1, 2, 3",
        rs ->
            new Facts.Employment(
                rs.getString(4),
                YearMonth.from(date(rs, 5)),
                rs.getString(6),
                ref("employment", rs)),
        (h, x) -> h.facts().employment().add(x),
        from,
        to,
        scope.code() + "%",
        to);
  }

  /** A household-keyed table: matched by 户编号, or by the head's ID number. */
  private <V> void household(
      String feed, String dateColumn, String columns, Decoder<V> decode, Attach<V> attach) {
    cursor(
        "select h.id, d.batch_id, d.row_number, "
            + columns
            + " from dept_"
            + feed
            + " d"
            + " join household h on h.household_no = d.household_no"
            + " where "
            + scope.condition("h")
            + " and d."
            + dateColumn
            + " <= ?"
            + " union all select h.id, d.batch_id, d.row_number, "
            + columns
            + " from dept_"
            + feed
            + " d join household h on h.head_id_number = d.head_id_number"
            + " where d.household_no is null and "
            + scope.condition("h")
            + " and d."
            + dateColumn
            + " <= ?"
            + " order by 1, 2, 3",
        decode,
        attach,
        scope.code(),
        Date.valueOf(asOf),
        scope.code(),
        Date.valueOf(asOf));
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

  private <V> void cursor(String sql, Decoder<V> decode, Attach<V> attach, Object... params) {
    cursors.add(mainTable(sql), sql, decode, attach, params);
  }

  /** The table a query reads most from: the first after {@code from}. */
  private static String mainTable(String sql) {
    String rest = sql.substring(sql.indexOf(" from ") + 6).trim();
    return rest.substring(0, rest.indexOf(' '));
  }
}
