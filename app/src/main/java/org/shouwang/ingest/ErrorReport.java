package org.shouwang.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The row-error report of an import, as {@code .xlsx} (a summary sheet whose counts add up, and the
 * errors) or as {@code .csv} (UTF-8 with BOM so that Excel opens it): original row number, column,
 * offending value and the reason in Chinese and English.
 */
@Component
public class ErrorReport {
  private final JdbcTemplate jdbc;

  ErrorReport(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void csv(ImportBatch batch, OutputStream out) throws IOException {
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write('\uFEFF');
    w.write("行号 row,列 column,值 value,原因,reason\n");
    IOException[] failure = new IOException[1];
    each(
        batch.id(),
        e -> {
          try {
            w.write(
                e.row()
                    + ","
                    + csv(e.column())
                    + ","
                    + csv(e.value())
                    + ","
                    + csv(e.reasonZh())
                    + ","
                    + csv(e.reasonEn())
                    + "\n");
          } catch (IOException x) {
            failure[0] = x;
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
    w.flush();
  }

  public void xlsx(ImportBatch batch, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "Shouwang", "1.0");
    Worksheet summary = wb.newWorksheet("汇总 summary");
    Object[][] rows = {
      {"文件 file", batch.fileName()},
      {"数据类型 feed", batch.feed()},
      {"数据来源 source", batch.sourceDepartment()},
      {"数据截止日期 as-of", batch.asOf().toString()},
      {"SHA-256", batch.sha256()},
      {"读取行数 rows read", batch.read()},
      {"接受 accepted", batch.accepted()},
      {"拒绝 rejected", batch.rejected()},
      {"空行 skipped empty", batch.skippedEmpty()},
      {"未匹配 unmatched", batch.unmatched()},
      {"未识别的列 unknown columns", batch.unknownColumns() == null ? "" : batch.unknownColumns()}
    };
    for (int r = 0; r < rows.length; r++) {
      summary.value(r, 0, (String) rows[r][0]);
      if (rows[r][1] instanceof Long n) {
        summary.value(r, 1, n);
      } else {
        summary.value(r, 1, (String) rows[r][1]);
      }
    }
    summary.width(0, 28);
    summary.width(1, 40);
    Worksheet errors = wb.newWorksheet("错误明细 errors");
    String[] header = {"行号 row", "列 column", "值 value", "原因", "reason"};
    for (int c = 0; c < header.length; c++) {
      errors.value(0, c, header[c]);
    }
    errors.style(0, 0).bold().set();
    int[] r = {1};
    each(
        batch.id(),
        e -> {
          errors.value(r[0], 0, e.row());
          errors.value(r[0], 1, e.column());
          errors.value(r[0], 2, e.value());
          errors.value(r[0], 3, e.reasonZh());
          errors.value(r[0], 4, e.reasonEn());
          r[0]++;
        });
    errors.width(1, 24);
    errors.width(2, 24);
    errors.width(3, 40);
    errors.width(4, 40);
    wb.finish();
  }

  /** One row error, as stored. */
  public record RowError(long row, String column, String value, String reasonZh, String reasonEn) {
    static RowError map(ResultSet rs) throws SQLException {
      return new RowError(
          rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }
  }

  /** Streams the errors of a batch in row order (a cursor, not a list: reports can be large). */
  public void each(long batchId, Consumer<RowError> action) {
    jdbc.query(
        con -> {
          con.setAutoCommit(false);
          var st =
              con.prepareStatement(
                  "select row_number, column_name, value, reason_zh, reason_en from import_error"
                      + " where batch_id = ? order by row_number");
          st.setFetchSize(5000);
          st.setLong(1, batchId);
          return st;
        },
        rs -> {
          action.accept(RowError.map(rs));
        });
  }

  private static String csv(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
