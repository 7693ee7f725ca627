package org.shouwang.screening;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The warnings a run raised, as UTF-8 CSV for scripts that check a run. */
@Component
public class WarningExport {
  private final JdbcClient jdbc;

  WarningExport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long csv(long runId, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("户编号 household_id,规则代码 rule_code,风险类型 risk_type,数值 figures,来源 evidence\n");
      long[] n = {0};
      IOException[] failure = {null};
      jdbc.sql(
              "select h.household_no, w.rule_code, w.risk_type, w.figures, w.evidence from"
                  + " risk_warning w join household h on h.id = w.household_id where w.run_id = ?"
                  + " order by h.household_no, w.rule_code")
          .param(runId)
          .query(
              rs -> {
                try {
                  w.write(
                      cell(rs.getString(1))
                          + ","
                          + rs.getString(2)
                          + ","
                          + rs.getString(3)
                          + ","
                          + cell(rs.getString(4))
                          + ","
                          + cell(rs.getString(5))
                          + "\n");
                  n[0]++;
                } catch (IOException e) {
                  failure[0] = e;
                }
              });
      if (failure[0] != null) {
        throw failure[0];
      }
      return n[0];
    }
  }

  private static String cell(String s) {
    if (s == null) {
      return "";
    }
    return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
        ? '"' + s.replace("\"", "\"\"") + '"'
        : s;
  }
}
