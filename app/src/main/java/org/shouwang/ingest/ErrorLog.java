package org.shouwang.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Row errors of one import, spooled to a temporary file while the rows stream into the database
 * (one connection runs one COPY at a time), then copied into {@code import_error} at the end.
 */
final class ErrorLog implements AutoCloseable {
  private final long batchId;
  private final Path spool;
  private final BufferedWriter out;
  private long rows;
  private long lastRow = -1;
  private long rejectedRows;

  ErrorLog(long batchId) throws IOException {
    this.batchId = batchId;
    this.spool = Files.createTempFile("shouwang-errors", ".csv");
    this.out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
  }

  void add(long row, String column, String value, String reasonZh, String reasonEn) {
    write(row, column, value, reasonZh, reasonEn, "ERROR");
    if (row != lastRow) {
      rejectedRows++;
      lastRow = row;
    }
  }

  /** A remark on an accepted row (e.g. parts of a medical bill that do not add up). */
  void warn(long row, String column, String value, String reasonZh, String reasonEn) {
    write(row, column, value, reasonZh, reasonEn, "WARNING");
  }

  private void write(
      long row, String column, String value, String reasonZh, String reasonEn, String severity) {
    try {
      out.append(Long.toString(batchId)).append(',').append(Long.toString(row)).append(',');
      quote(column);
      out.append(',');
      quote(value == null ? null : value.length() > 200 ? value.substring(0, 200) + "…" : value);
      out.append(',');
      quote(reasonZh);
      out.append(',');
      quote(reasonEn);
      out.append(',').append(severity).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows++;
  }

  private void quote(String s) throws IOException {
    if (s == null) {
      return;
    }
    out.append('"').append(s.replace("\"", "\"\"")).append('"');
  }

  /** Rows with at least one error (errors of one row are added together). */
  long rejectedRows() {
    return rejectedRows;
  }

  long errors() {
    return rows;
  }

  void copyInto(Connection c) throws SQLException, IOException {
    out.flush();
    try (Reader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY import_error (batch_id, row_number, column_name, value, reason_zh, reason_en, severity)"
                  + " FROM STDIN WITH (FORMAT csv)",
              in);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
    Files.deleteIfExists(spool);
  }
}
