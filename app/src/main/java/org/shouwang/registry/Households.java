package org.shouwang.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shouwang.access.RegionScope;
import org.shouwang.engine.values.Amounts;
import org.shouwang.web.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Households and their members, always read within a region scope. */
@Repository
public class Households {
  private final JdbcClient jdbc;
  private final Regions regions;

  Households(JdbcClient jdbc, Regions regions) {
    this.jdbc = jdbc;
    this.regions = regions;
  }

  /** Household and member counts of each child area of {@code parent}, within the scope. */
  public List<AreaCount> countsByChild(RegionScope scope, Region parent) {
    RegionLevel child = parent.level().child();
    if (child == null) {
      return List.of();
    }
    String col = child.column();
    String within = scope.code().length() >= parent.code().length() ? scope.code() : parent.code();
    return jdbc.sql(
            "select r.code, r.name, coalesce(hc.n, 0), coalesce(mc.n, 0) from region r"
                + " left join (select h."
                + col
                + " as code, count(*) as n from household h where "
                + scope.condition("h")
                + " and h.village_code like ? group by 1) hc on hc.code = r.code"
                + " left join (select substr(m.village_code, 1, "
                + child.codeLength()
                + ") as code, count(*) as n from member m where m.village_code like ?"
                + " group by 1) mc on mc.code = r.code"
                + " where r.parent_code = ? order by r.code")
        .param(scope.code())
        .param(within + "%")
        .param(within + "%")
        .param(parent.code())
        .query(
            (rs, i) ->
                new AreaCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
        .list();
  }

  public record AreaCount(String code, String name, long households, long members) {}

  /** Households of a village, paged. */
  public List<HouseholdSummary> inVillage(RegionScope scope, String village, int page, int size) {
    return list(
        " where " + scope.condition("h") + " and h.village_code = ? order by h.household_no",
        page,
        size,
        scope.code(),
        village);
  }

  /**
   * Search by head or member name, household number, or ID number — the full 18 characters, or the
   * visible parts of a masked one ({@code 411328********1234}).
   */
  public List<HouseholdSummary> search(RegionScope scope, String query, int page, int size) {
    String q = query.strip().toUpperCase();
    String where = " where " + scope.condition("h") + " and ";
    if (q.matches("\\d{17}[\\dX]")) {
      return list(
          where
              + "(h.head_id_number = ? or h.id in (select household_id from member where id_number"
              + " = ?)) order by h.household_no",
          page,
          size,
          scope.code(),
          q,
          q);
    }
    if (q.matches("\\d{6}\\*+\\d{3}[\\dX]")) {
      String prefix = q.substring(0, 6);
      String suffix = q.substring(q.length() - 4);
      return list(
          where
              + "(h.head_id_number like ? or h.id in (select household_id from member where"
              + " id_number like ?)) order by h.household_no",
          page,
          size,
          scope.code(),
          prefix + "________" + suffix,
          prefix + "________" + suffix);
    }
    return list(
        where
            + "(h.household_no = ? or h.head_name = ? or h.id in (select household_id from member"
            + " where name = ?)) order by h.household_no",
        page,
        size,
        scope.code(),
        query.strip(),
        query.strip(),
        query.strip());
  }

  private List<HouseholdSummary> list(String where, int page, int size, Object... params) {
    var spec =
        jdbc.sql(
            "select h.id, h.household_no, h.village_code, r.name, h.head_name, h.head_id_number,"
                + " h.household_type, (select count(*) from member m where m.household_id = h.id)"
                + " from household h join region r on r.code = h.village_code"
                + where
                + " limit "
                + size
                + " offset "
                + (long) page * size);
    for (Object p : params) {
      spec = spec.param(p);
    }
    return spec.query(
            (rs, i) ->
                new HouseholdSummary(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    Masking.idNumber(rs.getString(6)),
                    rs.getString(7),
                    rs.getInt(8)))
        .list();
  }

  /** The full record, or empty when it does not exist or lies outside the scope. */
  public Optional<HouseholdDetail> byId(RegionScope scope, long id, LocalDate today) {
    var head =
        jdbc.sql(
                "select household_no, village_code, head_name, head_id_number, household_type,"
                    + " phone, relocated, address from household h where h.id = ? and "
                    + scope.condition("h"))
            .param(id)
            .param(scope.code())
            .query(
                (rs, i) ->
                    new Object[] {
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getObject(7),
                      rs.getString(8)
                    })
            .optional();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    Object[] h = head.get();
    List<HouseholdDetail.Person> members =
        jdbc.sql(
                "select id_number, name, relation, sex, birth_date, health, labor_skill,"
                    + " student_status, medical_insured, pension_insured, work_status, work_months"
                    + " from member where household_id = ? order by case relation when '户主' then 0"
                    + " else 1 end, birth_date")
            .param(id)
            .query(
                (rs, i) -> {
                  LocalDate birth = rs.getObject(5, LocalDate.class);
                  return new HouseholdDetail.Person(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      "M".equals(rs.getString(4)) ? "男" : "女",
                      birth,
                      Period.between(birth, today).getYears(),
                      rs.getString(6),
                      rs.getString(7),
                      rs.getString(8),
                      (Boolean) rs.getObject(9),
                      (Boolean) rs.getObject(10),
                      rs.getString(11),
                      (Integer) rs.getObject(12));
                })
            .list();
    int count = members.size();
    List<HouseholdDetail.Income> incomes = new ArrayList<>();
    jdbc.sql(
            "select year, wage_fen, business_fen, property_fen, transfer_fen, business_cost_fen"
                + " from income_survey where household_id = ? order by year desc")
        .param(id)
        .query(
            rs -> {
              long net =
                  rs.getLong(2) + rs.getLong(3) + rs.getLong(4) + rs.getLong(5) - rs.getLong(6);
              incomes.add(
                  new HouseholdDetail.Income(
                      rs.getInt(1),
                      Amounts.format(rs.getLong(2)),
                      Amounts.format(rs.getLong(3)),
                      Amounts.format(rs.getLong(4)),
                      Amounts.format(rs.getLong(5)),
                      Amounts.format(rs.getLong(6)),
                      Amounts.format(net),
                      count == 0
                          ? "—"
                          : BigDecimal.valueOf(net, 2)
                              .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP)
                              .toPlainString()));
            });
    Region village = regions.byCode((String) h[1]).orElseThrow();
    List<Region> lineage = new ArrayList<>();
    for (String code : village.lineage()) {
      regions.byCode(code).ifPresent(lineage::add);
    }
    return Optional.of(
        new HouseholdDetail(
            id,
            (String) h[0],
            village,
            lineage,
            (String) h[2],
            (String) h[3],
            (String) h[4],
            (String) h[5],
            (Boolean) h[6],
            (String) h[7],
            members,
            incomes));
  }

  public long count(RegionScope scope) {
    return jdbc.sql("select count(*) from household h where " + scope.condition("h"))
        .param(scope.code())
        .query(Long.class)
        .single();
  }

  public long memberCount(RegionScope scope) {
    return jdbc.sql("select count(*) from member m where m.village_code like ?")
        .param(scope.code() + "%")
        .query(Long.class)
        .single();
  }
}
