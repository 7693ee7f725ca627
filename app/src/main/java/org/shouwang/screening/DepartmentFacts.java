package org.shouwang.screening;

import static org.shouwang.screening.FactsLoader.date;
import static org.shouwang.screening.FactsLoader.ref;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.BiConsumer;
import org.shouwang.access.RegionScope;
import org.shouwang.engine.screening.Facts;
import org.shouwang.screening.FactsLoader.Household;
import org.shouwang.screening.SortedCursors.Decoder;

/**
 * The department tables' share of {@link FactsLoader}: one sorted query per feed, each joined to
 * the household it concerns (through the person's ID, or the household number, or the head's ID),
 * records after the as-of date or older than the rules look left out.
 */
final class DepartmentFacts {
  /** How far back department history is read (W06 needs a job before the run; housing, 学籍). */
  private static final int HISTORY_YEARS = 5;

  private final SortedCursors<Household> cursors;
  private final RegionScope scope;
  private final LocalDate asOf;

  private DepartmentFacts(SortedCursors<Household> cursors, RegionScope scope, LocalDate asOf) {
    this.cursors = cursors;
    this.scope = scope;
    this.asOf = asOf;
  }

  /** Adds the twelve feeds' queries of {@code scope} as of {@code asOf}. */
  static void add(SortedCursors<Household> cursors, RegionScope scope, LocalDate asOf) {
    new DepartmentFacts(cursors, scope, asOf).add();
  }

  private void add() {
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
    cursors.add(
        "dept_water",
        "select h.id, d.batch_id, d.row_number, d.check_date, d.compliant, d.problem"
            + " from dept_water d join household h on h.household_no = d.household_no"
            + " where "
            + scope.condition("h")
            + " and d.check_date <= ?"
            + " order by h.id, d.batch_id, d.row_number",
        rs -> new Facts.Water(date(rs, 4), rs.getBoolean(5), rs.getString(6), ref("water", rs)),
        (h, x) -> h.facts().water().add(x),
        scope.code(),
        Date.valueOf(asOf));
  }

  /** A person-keyed department table joined to the household of the person. */
  private <V> void person(
      String feed,
      String dateColumn,
      Date from,
      String columns,
      Decoder<V> decode,
      BiConsumer<Household, V> attach) {
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
      cursors.add("dept_" + feed, sql, decode, attach, area, Date.valueOf(asOf));
    } else {
      cursors.add("dept_" + feed, sql, decode, attach, area, Date.valueOf(asOf), from);
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
    cursors.add(
        "dept_employment",
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
      String feed,
      String dateColumn,
      String columns,
      Decoder<V> decode,
      BiConsumer<Household, V> attach) {
    cursors.add(
        "dept_" + feed,
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
}
