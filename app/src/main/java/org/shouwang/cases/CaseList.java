package org.shouwang.cases;

import java.time.Instant;
import java.util.List;
import org.shouwang.access.RegionScope;
import org.shouwang.web.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cases as lists show them, always within a region. */
@Component
public class CaseList {
  private final JdbcClient jdbc;

  CaseList(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One line of the list. */
  public record Row(
      long id,
      long householdId,
      String householdNo,
      String headName,
      String headIdMasked,
      String villageName,
      String channel,
      String step,
      Instant receivedAt,
      String category,
      String riskTypes) {

    /** "因病、因学". */
    public String riskTypesZh() {
      if (riskTypes == null || riskTypes.isBlank()) {
        return "—";
      }
      return java.util.Arrays.stream(riskTypes.split(","))
          .map(r -> RiskType.valueOf(r).zh())
          .collect(java.util.stream.Collectors.joining("、"));
    }
  }

  public List<Row> inScope(RegionScope scope, boolean decidedOnly, int limit) {
    return jdbc.sql(
            "select c.id, c.household_id, h.household_no, h.head_name, h.head_id_number, v.name,"
                + " c.channel, c.step, c.clue_received_at, c.category,"
                + " array_to_string(c.risk_types, ',') from identification_case c"
                + " join household h on h.id = c.household_id join region v on v.code = c.village_code"
                + " where c.village_code like ?"
                + (decidedOnly ? " and c.step = 'MONITORING_OBJECT'" : "")
                + " order by c.id desc limit "
                + limit)
        .param(scope.code() + "%")
        .query(
            (rs, i) ->
                new Row(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    Masking.idNumber(rs.getString(5)),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getTimestamp(9).toInstant(),
                    rs.getString(10),
                    rs.getString(11)))
        .list();
  }

  /** The village a case belongs to, for the scope check (null when there is no such case). */
  public String villageOf(long caseId) {
    return jdbc.sql("select village_code from identification_case where id = ?")
        .param(caseId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** The household a case concerns: name and address for pages and notices. */
  public record HouseholdLine(
      String householdNo,
      String headName,
      String headIdNumber,
      String villageName,
      String townshipName,
      int members) {}

  public HouseholdLine household(long householdId) {
    return jdbc.sql(
            "select h.household_no, h.head_name, h.head_id_number, v.name, t.name,"
                + " (select count(*) from member m where m.household_id = h.id)"
                + " from household h join region v on v.code = h.village_code"
                + " join region t on t.code = h.township_code where h.id = ?")
        .param(householdId)
        .query(
            (rs, i) ->
                new HouseholdLine(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6)))
        .single();
  }

  /** The case household of a registry household. */
  public CaseHousehold caseHousehold(long householdId) {
    return jdbc.sql(
            "select id, village_code, township_code, county_code from household where id = ?")
        .param(householdId)
        .query(
            (rs, i) ->
                new CaseHousehold(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .single();
  }
}
