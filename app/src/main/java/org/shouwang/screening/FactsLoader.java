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
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
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
  /** How far back department history is read (W06 needs a job before the run; housing, 学籍). */
  private static final int HISTORY_YEARS = 5;

  private static final int FETCH = 5_000;
  private static final Logger log = LoggerFactory.getLogger(FactsLoader.class);

  /** One household: its database id, its village and its facts. */
  record Household(long id, String village, HouseholdFacts.Builder facts) {}

  private final Connection c;
  private final DataSource more;
  private final List<Spec> specs = new ArrayList<>();
  private Connection second;
  private final RegionScope scope;
  private final LocalDate asOf;
  private final List<Cursor> cursors = new ArrayList<>();
  private final Map<String, List<Facts.Water>> villageWater = new HashMap<>();
  private Cursor households;
  private boolean covers;

  private FactsLoader(Connection c, DataSource more, RegionScope scope, LocalDate asOf) {
    this.c = c;
    this.more = more;
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
    if (households.key == Long.MAX_VALUE) {
      return null;
    }
    ResultSet rs = households.rs;
    long id = households.key;
    String village = rs.getString(3);
    HouseholdFacts.Builder b =
        HouseholdFacts.builder(rs.getString(2), village)
            .lifted("脱贫户".equals(rs.getString(4)))
            .underReview(rs.getBoolean(5))
            .educationFeedCovers(covers);
    households.advance();
    for (Cursor k : cursors) {
      k.feed(id, b);
    }
    List<Facts.Water> checks = villageWater.get(village);
    if (checks != null) {
      b.water().addAll(checks);
    }
    return new Household(id, village, b);
  }

  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    List<Cursor> all = new ArrayList<>(cursors);
    if (households != null) {
      all.add(households);
    }
    for (Cursor k : all) {
      try {
        k.close();
      } catch (SQLException e) {
        failure = e;
      }
    }
    cursors.clear();
    households = null;
    if (second != null) {
      try {
        second.rollback();
        second.close();
      } catch (SQLException e) {
        failure = e;
      }
      second = null;
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void open() throws SQLException {
    String where = " where " + scope.condition("h");
    String code = scope.code();
    Date day = Date.valueOf(asOf);
    covers = educationCovers();
    villageWater(day);
    cursor(
        "household",
        "select h.id, h.household_no, h.village_code, h.household_type,"
            + " exists (select 1 from risk_warning w where w.household_id = h.id"
            + " and w.status in ('OPEN', 'DISPATCHED', 'INCLUDED'))"
            + " from household h"
            + where
            + " order by h.id",
        null,
        code);
    cursor(
        "select m.household_id, m.id_number, m.name, m.birth_date, m.relation, m.health,"
            + " m.labor_skill, m.student_status, m.medical_insured from member m"
            + " join household h on h.id = m.household_id"
            + where
            + " order by m.household_id, m.batch_id, m.row_number",
        (rs, b) ->
            b.members()
                .add(
                    new Member(
                        rs.getString(2),
                        rs.getString(3),
                        date(rs, 4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        (Boolean) rs.getObject(9))),
        code);
    cursor(
        "select s.household_id, s.year, s.wage_fen, s.business_fen, s.property_fen,"
            + " s.transfer_fen, s.business_cost_fen, coalesce(s.claim_fen, 0),"
            + " coalesce(s.compliant_self_paid_fen, 0) from income_survey s"
            + " join household h on h.id = s.household_id"
            + where
            + " and s.year <= ?"
            + " order by s.household_id, s.year",
        (rs, b) ->
            b.incomes()
                .add(
                    new IncomeSurvey(
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9))),
        code,
        asOf.getYear());
    Date since = Date.valueOf(asOf.minusYears(HISTORY_YEARS));
    person(
        "medical",
        "settle_date",
        Date.valueOf(asOf.withDayOfYear(1)),
        "d.id_number, d.settle_date, d.visit_type, d.total_cost_fen, d.self_paid_fen",
        (rs, b) ->
            b.medical()
                .add(
                    new Facts.Medical(
                        rs.getString(4),
                        date(rs, 5),
                        rs.getString(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        ref("medical", rs))));
    person(
        "civil_affairs",
        "start_date",
        since,
        "d.id_number, d.category, d.start_date, d.end_date, d.amount_fen",
        (rs, b) ->
            b.civilAffairs()
                .add(
                    new Facts.CivilAffairs(
                        rs.getString(4),
                        rs.getString(5),
                        date(rs, 6),
                        date(rs, 7),
                        (Long) rs.getObject(8),
                        ref("civil_affairs", rs))));
    person(
        "death",
        "death_date",
        null,
        "d.id_number, d.death_date",
        (rs, b) -> b.deaths().add(new Facts.Death(rs.getString(4), date(rs, 5), ref("death", rs))));
    person(
        "education",
        "status_date",
        since,
        "d.id_number, d.stage, d.status, d.status_date, d.self_paid_fees_fen",
        (rs, b) ->
            b.education()
                .add(
                    new Facts.Education(
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        date(rs, 7),
                        (Long) rs.getObject(8),
                        ref("education", rs))));
    employment();
    person(
        "accident",
        "accident_date",
        since,
        "d.id_number, d.accident_date, d.outcome",
        (rs, b) ->
            b.accidents()
                .add(
                    new Facts.Accident(
                        rs.getString(4), date(rs, 5), rs.getString(6), ref("accident", rs))));
    person(
        "disability",
        "issue_date",
        null,
        "d.id_number, d.grade, d.issue_date",
        (rs, b) ->
            b.disabilities()
                .add(
                    new Facts.Disability(
                        rs.getString(4), rs.getString(5), date(rs, 6), ref("disability", rs))));
    person(
        "vehicle",
        "register_date",
        null,
        "d.id_number, d.register_date, d.vehicle_type, d.value_fen",
        (rs, b) ->
            b.vehicles()
                .add(
                    new Facts.Vehicle(
                        rs.getString(4),
                        date(rs, 5),
                        rs.getString(6),
                        (Long) rs.getObject(7),
                        ref("vehicle", rs))));
    person(
        "business",
        "register_date",
        null,
        "d.id_number, d.register_date, d.capital_fen",
        (rs, b) ->
            b.businesses()
                .add(
                    new Facts.Business(
                        rs.getString(4),
                        date(rs, 5),
                        (Long) rs.getObject(6),
                        ref("business", rs))));
    household(
        "housing",
        "assess_date",
        "d.assess_date, d.grade",
        (rs, b) ->
            b.housing().add(new Facts.Housing(date(rs, 4), rs.getString(5), ref("housing", rs))));
    household(
        "disaster",
        "disaster_date",
        "d.disaster_date, d.disaster_type, d.loss_fen",
        (rs, b) ->
            b.disasters()
                .add(
                    new Facts.Disaster(
                        date(rs, 4), rs.getString(5), rs.getLong(6), ref("disaster", rs))));
    cursor(
        "select h.id, d.batch_id, d.row_number, d.check_date, d.compliant, d.problem"
            + " from dept_water d join household h on h.household_no = d.household_no"
            + where
            + " and d.check_date <= ?"
            + " order by h.id, d.batch_id, d.row_number",
        (rs, b) ->
            b.water()
                .add(
                    new Facts.Water(
                        date(rs, 4), rs.getBoolean(5), rs.getString(6), ref("water", rs))),
        code,
        day);
    cursor(
        "select h.id, m.id_number, o.household_no, m.batch_id, m.row_number from household h"
            + " join member m on m.id_number = h.head_id_number"
            + " join household o on o.id = m.household_id"
            + where
            + " and o.id <> h.id"
            + " order by h.id, m.batch_id, m.row_number",
        (rs, b) ->
            b.otherMemberships()
                .add(
                    new Facts.OtherMembership(
                        rs.getString(2),
                        rs.getString(3),
                        new SourceRef("member", rs.getLong(4), rs.getLong(5)))),
        code);
    openAll();
  }

  private static LocalDate date(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDate.class);
  }

  private static SourceRef ref(String feed, ResultSet rs) throws SQLException {
    return new SourceRef(feed, rs.getLong(2), rs.getLong(3));
  }

  /** A person-keyed department table joined to the household of the person. */
  private void person(String feed, String dateColumn, Date from, String columns, Row row)
      throws SQLException {
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
      cursor(sql, row, area, Date.valueOf(asOf));
    } else {
      cursor(sql, row, area, Date.valueOf(asOf), from);
    }
  }

  /**
   * Employment months, only those W06 can use: of each person, the last month at work in the last
   * two years and every month after it (a run of months without work ends at a job, so earlier
   * months never count; a person never at work cannot be 就业不稳). Monthly feeds are the largest by
   * far, and most of their rows are months at work.
   */
  private void employment() throws SQLException {
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
        (rs, b) ->
            b.employment()
                .add(
                    new Facts.Employment(
                        rs.getString(4),
                        YearMonth.from(date(rs, 5)),
                        rs.getString(6),
                        ref("employment", rs))),
        from,
        to,
        scope.code() + "%",
        to);
  }

  /** A household-keyed table: matched by 户编号, or by the head's ID number. */
  private void household(String feed, String dateColumn, String columns, Row row)
      throws SQLException {
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
        row,
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

  private void cursor(String sql, Row row, Object... params) {
    cursor(mainTable(sql), sql, row, params);
  }

  private void cursor(String table, String sql, Row row, Object... params) {
    specs.add(new Spec(table, sql, row, params));
  }

  /** The table a query reads most from: the first after {@code from}. */
  private static String mainTable(String sql) {
    String rest = sql.substring(sql.indexOf(" from ") + 6).trim();
    return rest.substring(0, rest.indexOf(' '));
  }

  /** A query yet to open, the table it mostly reads (to share the work between connections). */
  private record Spec(String table, String sql, Row row, Object[] params) {}

  /**
   * Opens the queries: each sorts on the server before its first row, so they are shared between
   * this connection and, when there is one, a second on the same snapshot (both cores sort), by the
   * estimated rows of their tables.
   */
  private void openAll() throws SQLException {
    Map<String, Long> sizes = new HashMap<>();
    try (PreparedStatement st =
            c.prepareStatement(
                "select relname, greatest(reltuples, 0)::bigint from pg_class"
                    + " where relkind = 'r' and relnamespace = 'public'::regnamespace");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        sizes.put(rs.getString(1), rs.getLong(2));
      }
    }
    List<List<Spec>> lanes = List.of(new ArrayList<>(), new ArrayList<>());
    long[] load = new long[2];
    specs.stream()
        .sorted(
            java.util.Comparator.comparingLong((Spec x) -> sizes.getOrDefault(x.table(), 0L))
                .reversed())
        .forEach(
            x -> {
              int lane = more == null || load[0] <= load[1] ? 0 : 1;
              lanes.get(lane).add(x);
              load[lane] += sizes.getOrDefault(x.table(), 0L) + 1;
            });
    Cursor[] opened = new Cursor[specs.size()];
    CompletableFuture<Void> second = CompletableFuture.completedFuture(null);
    if (!lanes.get(1).isEmpty()) {
      Connection other = helper();
      second =
          CompletableFuture.runAsync(
              () -> {
                try {
                  open(other, lanes.get(1), opened);
                } catch (SQLException e) {
                  throw new java.util.concurrent.CompletionException(e);
                }
              },
              r -> new Thread(r, "facts-second-connection").start());
    }
    try {
      open(c, lanes.get(0), opened);
    } finally {
      try {
        second.join();
      } catch (java.util.concurrent.CompletionException e) {
        collect(opened);
        if (e.getCause() instanceof SQLException sql) {
          throw sql;
        }
        throw e;
      }
      collect(opened);
    }
  }

  private void open(Connection on, List<Spec> lane, Cursor[] opened) throws SQLException {
    for (Spec x : lane) {
      long t0 = System.nanoTime();
      opened[specs.indexOf(x)] = new Cursor(on, x.sql(), x.row(), x.params());
      log.debug("{} sorted in {} ms", x.table(), (System.nanoTime() - t0) / 1_000_000);
    }
  }

  /** Keeps what opened, in the order declared: the households, then the rest. */
  private void collect(Cursor[] opened) {
    for (int i = 0; i < opened.length; i++) {
      if (opened[i] == null) {
        continue;
      }
      if (specs.get(i).row() == null) {
        households = opened[i];
      } else if (!cursors.contains(opened[i])) {
        cursors.add(opened[i]);
      }
    }
  }

  /**
   * A second connection reading the same snapshot as the first: a repeatable-read transaction on
   * the snapshot this one exports, so the two halves of the facts agree.
   */
  private Connection helper() throws SQLException {
    String snapshot;
    try (PreparedStatement st = c.prepareStatement("select pg_export_snapshot()");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      snapshot = rs.getString(1);
    }
    Connection other = more.getConnection();
    try {
      other.setAutoCommit(false);
      other.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      other.setReadOnly(true);
      try (var st = other.createStatement()) {
        st.execute("set transaction snapshot '" + snapshot.replace("'", "") + "'");
        st.execute("set local work_mem = '256MB'");
        // compiling the plans (JIT) costs more than it saves on these one-off queries
        st.execute("set local jit = off");
      }
    } catch (SQLException | RuntimeException e) {
      other.close();
      throw e;
    }
    second = other;
    return other;
  }

  /** What one row of a table adds to its household's facts. */
  @FunctionalInterface
  interface Row {
    void accept(ResultSet rs, HouseholdFacts.Builder b) throws SQLException;
  }

  /** A query sorted by household id (its first column), read as a server-side cursor. */
  private static final class Cursor implements AutoCloseable {
    final PreparedStatement st;
    final ResultSet rs;
    final Row row;
    long key;

    Cursor(Connection c, String sql, Row row, Object... params) throws SQLException {
      this.row = row;
      st = c.prepareStatement(sql);
      try {
        st.setFetchSize(FETCH);
        // binary transfer from the first execution: dates and numbers without text parsing
        st.unwrap(PGStatement.class).setPrepareThreshold(-1);
        for (int i = 0; i < params.length; i++) {
          st.setObject(i + 1, params[i]);
        }
        rs = st.executeQuery();
        advance();
      } catch (SQLException | RuntimeException e) {
        st.close();
        throw e;
      }
    }

    void advance() throws SQLException {
      key = rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
    }

    /** Hands this household's rows to its builder. */
    void feed(long household, HouseholdFacts.Builder b) throws SQLException {
      while (key < household) {
        advance();
      }
      while (key == household) {
        row.accept(rs, b);
        advance();
      }
    }

    @Override
    public void close() throws SQLException {
      st.close();
    }
  }
}
