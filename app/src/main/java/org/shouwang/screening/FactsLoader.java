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
import org.shouwang.access.RegionScope;
import org.shouwang.engine.income.IncomeSurvey;
import org.shouwang.engine.screening.Facts;
import org.shouwang.engine.screening.HouseholdFacts;
import org.shouwang.engine.screening.Member;
import org.shouwang.engine.screening.SourceRef;

/**
 * Reads from the database everything a screening needs for the households of a region, as of a
 * date: one streamed query per table, each joined to the household it concerns, and records dated
 * after the as-of date left out. The result is the engine's {@link HouseholdFacts}.
 */
final class FactsLoader {
  /** How far back department history is read (W06 needs a job before the run; housing, 学籍). */
  private static final int HISTORY_YEARS = 5;

  private final Connection c;
  private final RegionScope scope;
  private final LocalDate asOf;
  private final Map<Long, HouseholdFacts.Builder> households = new HashMap<>();
  private final List<Long> order = new ArrayList<>();
  private final Map<Long, String> villages = new HashMap<>();

  FactsLoader(Connection c, RegionScope scope, LocalDate asOf) {
    this.c = c;
    this.scope = scope;
    this.asOf = asOf;
  }

  /**
   * Household ids in order, each with the builder of its facts (built one at a time while
   * screening, so that a province's facts are not held twice) and its village.
   */
  record Loaded(List<Long> ids, HouseholdFacts.Builder[] facts, String[] villages) {}

  Loaded load() throws SQLException {
    String where = " where " + scope.condition("h");
    String code = scope.code();
    Date day = Date.valueOf(asOf);
    query(
        "select h.id, h.household_no, h.village_code, h.household_type,"
            + " exists (select 1 from risk_warning w where w.household_id = h.id"
            + " and w.status in ('OPEN', 'DISPATCHED', 'INCLUDED'))"
            + " from household h"
            + where
            + " order by h.id",
        rs -> {
          long id = rs.getLong(1);
          households.put(
              id,
              HouseholdFacts.builder(rs.getString(2), rs.getString(3))
                  .lifted("脱贫户".equals(rs.getString(4)))
                  .underReview(rs.getBoolean(5)));
          order.add(id);
          villages.put(id, rs.getString(3));
        },
        code);
    query(
        "select m.household_id, m.id_number, m.name, m.birth_date, m.relation, m.health,"
            + " m.labor_skill, m.student_status, m.medical_insured from member m"
            + " join household h on h.id = m.household_id"
            + where,
        rs ->
            b(rs)
                .members()
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
    query(
        "select s.household_id, s.year, s.wage_fen, s.business_fen, s.property_fen,"
            + " s.transfer_fen, s.business_cost_fen, coalesce(s.claim_fen, 0),"
            + " coalesce(s.compliant_self_paid_fen, 0) from income_survey s"
            + " join household h on h.id = s.household_id"
            + where
            + " and s.year <= ?",
        rs ->
            b(rs)
                .incomes()
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
        rs ->
            b(rs)
                .medical()
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
        rs ->
            b(rs)
                .civilAffairs()
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
        rs -> b(rs).deaths().add(new Facts.Death(rs.getString(4), date(rs, 5), ref("death", rs))));
    person(
        "education",
        "status_date",
        since,
        "d.id_number, d.stage, d.status, d.status_date, d.self_paid_fees_fen",
        rs ->
            b(rs)
                .education()
                .add(
                    new Facts.Education(
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        date(rs, 7),
                        (Long) rs.getObject(8),
                        ref("education", rs))));
    person(
        "employment",
        "month",
        Date.valueOf(asOf.minusMonths(24).withDayOfMonth(1)),
        "d.id_number, d.month, d.status",
        rs ->
            b(rs)
                .employment()
                .add(
                    new Facts.Employment(
                        rs.getString(4),
                        YearMonth.from(date(rs, 5)),
                        rs.getString(6),
                        ref("employment", rs))));
    person(
        "accident",
        "accident_date",
        since,
        "d.id_number, d.accident_date, d.outcome",
        rs ->
            b(rs)
                .accidents()
                .add(
                    new Facts.Accident(
                        rs.getString(4), date(rs, 5), rs.getString(6), ref("accident", rs))));
    person(
        "disability",
        "issue_date",
        null,
        "d.id_number, d.grade, d.issue_date",
        rs ->
            b(rs)
                .disabilities()
                .add(
                    new Facts.Disability(
                        rs.getString(4), rs.getString(5), date(rs, 6), ref("disability", rs))));
    person(
        "vehicle",
        "register_date",
        null,
        "d.id_number, d.register_date, d.vehicle_type, d.value_fen",
        rs ->
            b(rs)
                .vehicles()
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
        rs ->
            b(rs)
                .businesses()
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
        rs ->
            b(rs)
                .housing()
                .add(new Facts.Housing(date(rs, 4), rs.getString(5), ref("housing", rs))));
    household(
        "disaster",
        "disaster_date",
        "d.disaster_date, d.disaster_type, d.loss_fen",
        rs ->
            b(rs)
                .disasters()
                .add(
                    new Facts.Disaster(
                        date(rs, 4), rs.getString(5), rs.getLong(6), ref("disaster", rs))));
    water(where, day);
    query(
        "select h.id, m.id_number, o.household_no, m.batch_id, m.row_number from household h"
            + " join member m on m.id_number = h.head_id_number"
            + " join household o on o.id = m.household_id"
            + where
            + " and o.id <> h.id",
        rs ->
            b(rs)
                .otherMemberships()
                .add(
                    new Facts.OtherMembership(
                        rs.getString(2),
                        rs.getString(3),
                        new SourceRef("member", rs.getLong(4), rs.getLong(5)))),
        code);
    boolean covers = educationCovers();
    HouseholdFacts.Builder[] facts = new HouseholdFacts.Builder[order.size()];
    String[] villageOf = new String[order.size()];
    for (int i = 0; i < facts.length; i++) {
      long id = order.get(i);
      facts[i] = households.get(id).educationFeedCovers(covers);
      villageOf[i] = villages.get(id);
    }
    households.clear();
    villages.clear();
    return new Loaded(order, facts, villageOf);
  }

  private HouseholdFacts.Builder b(ResultSet rs) throws SQLException {
    return households.get(rs.getLong(1));
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
            + " join household h on h.id = m.household_id"
            + " where "
            + scope.condition("h")
            + " and d."
            + dateColumn
            + " <= ?"
            + (from == null ? "" : " and d." + dateColumn + " >= ?");
    if (from == null) {
      query(sql, row, scope.code(), Date.valueOf(asOf));
    } else {
      query(sql, row, scope.code(), Date.valueOf(asOf), from);
    }
  }

  /** A household-keyed table: matched by 户编号, or by the head's ID number. */
  private void household(String feed, String dateColumn, String columns, Row row)
      throws SQLException {
    query(
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
            + " <= ?",
        row,
        scope.code(),
        Date.valueOf(asOf),
        scope.code(),
        Date.valueOf(asOf));
  }

  /** Water checks: the household's own, and its village's. */
  private void water(String where, Date day) throws SQLException {
    Map<String, List<Facts.Water>> byVillage = new HashMap<>();
    query(
        "select 0, d.batch_id, d.row_number, d.village_code, d.check_date, d.compliant, d.problem"
            + " from dept_water d where d.village_code like ? and d.check_date <= ?",
        rs ->
            byVillage
                .computeIfAbsent(rs.getString(4), k -> new ArrayList<>())
                .add(
                    new Facts.Water(
                        date(rs, 5), rs.getBoolean(6), rs.getString(7), ref("water", rs))),
        scope.code() + "%",
        day);
    query(
        "select h.id, d.batch_id, d.row_number, d.check_date, d.compliant, d.problem"
            + " from dept_water d join household h on h.household_no = d.household_no"
            + where
            + " and d.check_date <= ?",
        rs ->
            b(rs)
                .water()
                .add(
                    new Facts.Water(
                        date(rs, 4), rs.getBoolean(5), rs.getString(6), ref("water", rs))),
        scope.code(),
        day);
    for (var e : households.entrySet()) {
      List<Facts.Water> checks = byVillage.get(villages.get(e.getKey()));
      if (checks != null) {
        e.getValue().water().addAll(checks);
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

  @FunctionalInterface
  interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  private void query(String sql, Row row, Object... params) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setFetchSize(10_000);
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          row.accept(rs);
        }
      }
    }
  }
}
