package org.shouwang.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.shouwang.access.RegionScope;
import org.shouwang.web.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Monitoring objects in the column layout of the national system's monitoring-object table. */
@Component
public class MonitoringObjectLedger {
  static final String[] HEADER = {
    "户编号", "户主姓名", "证件号码", "省", "市", "县", "乡镇", "村", "家庭人口", "监测对象类别", "风险类型1", "风险类型2", "风险类型3",
    "风险类型4", "风险类型5", "识别监测时间", "发现渠道", "绿色通道", "帮扶责任人", "风险是否消除"
  };
  private final JdbcClient jdbc;

  MonitoringObjectLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the objects of a region; full ID numbers only when {@code fullIds}. */
  public int write(RegionScope scope, boolean fullIds, OutputStream out) throws IOException {
    List<Object[]> rows =
        jdbc.sql(
                "select h.household_no, h.head_name, h.head_id_number, p.name, ct.name, cn.name,"
                    + " t.name, v.name, (select count(*) from member m where m.household_id = h.id),"
                    + " c.category, array_to_string(c.risk_types, ','),"
                    + " to_char(c.identification_month, 'YYYYMM'), c.channel,"
                    + " c.green_channel_at is not null"
                    + " from identification_case c join household h on h.id = c.household_id"
                    + " join region v on v.code = h.village_code join region t on t.code ="
                    + " h.township_code join region cn on cn.code = h.county_code"
                    + " join region ct on ct.code = h.city_code join region p on p.code ="
                    + " h.province_code where c.step = 'MONITORING_OBJECT' and c.village_code like ?"
                    + " order by h.village_code, h.household_no")
            .param(scope.code() + "%")
            .query(
                (rs, i) -> {
                  Object[] r = new Object[14];
                  for (int k = 0; k < 14; k++) {
                    r[k] = rs.getObject(k + 1);
                  }
                  return r;
                })
            .list();
    Workbook wb = new Workbook(out, "Shouwang", "1.0");
    Worksheet ws = wb.newWorksheet("监测对象");
    for (int c = 0; c < HEADER.length; c++) {
      ws.value(0, c, HEADER[c]);
      ws.style(0, c).bold().set();
    }
    int r = 1;
    for (Object[] row : rows) {
      ws.value(r, 0, (String) row[0]);
      ws.value(r, 1, (String) row[1]);
      ws.value(r, 2, fullIds ? (String) row[2] : Masking.idNumber((String) row[2]));
      for (int k = 3; k <= 7; k++) {
        ws.value(r, k, (String) row[k]);
      }
      ws.value(r, 8, ((Number) row[8]).longValue());
      ws.value(r, 9, MonitoringCategory.valueOf((String) row[9]).zh());
      String[] risks = ((String) row[10]).split(",");
      for (int k = 0; k < 5; k++) {
        ws.value(
            r,
            10 + k,
            k < risks.length && !risks[k].isBlank() ? RiskType.valueOf(risks[k]).zh() : "");
      }
      ws.value(r, 15, (String) row[11]);
      ws.value(r, 16, ClueChannel.valueOf((String) row[12]).zh());
      ws.value(r, 17, Boolean.TRUE.equals(row[13]) ? "是" : "否");
      ws.value(r, 18, "");
      ws.value(r, 19, "否");
      r++;
    }
    wb.finish();
    return rows.size();
  }
}
