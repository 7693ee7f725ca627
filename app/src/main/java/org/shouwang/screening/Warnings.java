package org.shouwang.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouwang.access.RegionScope;
import org.shouwang.web.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored warnings, always read and changed within a region scope. */
@Repository
public class Warnings {
  /** The outcomes a village may record when it verifies a warning. */
  public static final List<String> OUTCOMES = List.of("INCLUDED", "EXCLUDED", "ALREADY_MONITORED");

  private static final String SELECT =
      "select w.id, w.household_id, h.household_no, h.head_name, h.head_id_number,"
          + " w.household_type, t.name, v.name, w.village_code, w.rule_code, w.risk_type,"
          + " w.figures, w.evidence, w.standard_label, w.as_of, w.raised_at, w.status, w.due_date,"
          + " w.dispatched_by, w.verified_by, w.verify_reason from risk_warning w"
          + " join household h on h.id = w.household_id"
          + " join region v on v.code = w.village_code join region t on t.code = w.township_code";

  private final JdbcClient jdbc;
  private final Clock clock;

  Warnings(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public List<Warning> list(RegionScope scope, WarningFilter filter, int page, int size) {
    List<Object> params = new ArrayList<>();
    params.add(scope.code());
    String sql =
        SELECT
            + " where "
            + scope.condition("w")
            + filter.where(params)
            + " order by w.id desc limit "
            + size
            + " offset "
            + (long) page * size;
    var spec = jdbc.sql(sql);
    for (Object p : params) {
      spec = spec.param(p);
    }
    return spec.query(Warnings::map).list();
  }

  public Optional<Warning> byId(RegionScope scope, long id) {
    return jdbc.sql(SELECT + " where w.id = ? and " + scope.condition("w"))
        .param(id)
        .param(scope.code())
        .query(Warnings::map)
        .optional();
  }

  /** Sends an open warning down to its village to verify by a deadline. */
  public boolean dispatch(RegionScope scope, long id, LocalDate due, String by) {
    return jdbc.sql(
                "update risk_warning w set status = 'DISPATCHED', due_date = ?, dispatched_by = ?,"
                    + " dispatched_at = ? where w.id = ? and w.status = 'OPEN' and "
                    + scope.condition("w"))
            .param(due)
            .param(by)
            .param(Timestamp.from(clock.instant()))
            .param(id)
            .param(scope.code())
            .update()
        == 1;
  }

  /** Records the village's verification: 纳入, 不纳入 (with a reason) or 已是监测对象. */
  public boolean verify(RegionScope scope, long id, String outcome, String reason, String by) {
    if (!OUTCOMES.contains(outcome)) {
      throw new IllegalArgumentException("unknown outcome " + outcome);
    }
    if (outcome.equals("EXCLUDED") && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("不纳入须填写理由 / a reason is required");
    }
    return jdbc.sql(
                "update risk_warning w set status = ?, verify_reason = ?, verified_by = ?,"
                    + " verified_at = ? where w.id = ? and w.status in ('OPEN', 'DISPATCHED') and "
                    + scope.condition("w"))
            .param(outcome)
            .param(reason)
            .param(by)
            .param(Timestamp.from(clock.instant()))
            .param(id)
            .param(scope.code())
            .update()
        == 1;
  }

  /**
   * Per rule: raised, verified, included (turned into a case) — so a county sees which rules work.
   */
  public Map<String, long[]> statsByRule(RegionScope scope) {
    Map<String, long[]> out = new LinkedHashMap<>();
    jdbc.sql(
            "select rule_code, count(*), count(*) filter (where status in ('INCLUDED', 'EXCLUDED',"
                + " 'ALREADY_MONITORED')), count(*) filter (where status = 'INCLUDED'),"
                + " count(*) filter (where status in ('OPEN', 'DISPATCHED'))"
                + " from risk_warning w where "
                + scope.condition("w")
                + " group by 1 order by 1")
        .param(scope.code())
        .query(
            rs -> {
              out.put(
                  rs.getString(1),
                  new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
            });
    return out;
  }

  /** The files and rows behind a warning's evidence ("medical#12:345"). */
  public List<String[]> evidenceRows(String evidence) {
    List<String[]> out = new ArrayList<>();
    if (evidence == null || evidence.isBlank()) {
      return out;
    }
    for (String ref : evidence.split(" ")) {
      int hash = ref.indexOf('#');
      int colon = ref.lastIndexOf(':');
      if (hash < 0 || colon < hash) {
        continue;
      }
      long batch = Long.parseLong(ref.substring(hash + 1, colon));
      String row = ref.substring(colon + 1);
      String file =
          jdbc.sql(
                  "select file_name || ' (' || source_department || ')' from import_batch where id = ?")
              .param(batch)
              .query(String.class)
              .optional()
              .orElse("?");
      out.add(new String[] {ref.substring(0, hash), file, row, Long.toString(batch)});
    }
    return out;
  }

  private static Warning map(ResultSet rs, int i) throws SQLException {
    return new Warning(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        Masking.idNumber(rs.getString(5)),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        rs.getObject(15, LocalDate.class),
        rs.getTimestamp(16).toInstant(),
        rs.getString(17),
        rs.getObject(18, LocalDate.class),
        rs.getString(19),
        rs.getString(20),
        rs.getString(21));
  }
}
