package org.shouwang.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into PostgreSQL with {@code COPY … FROM STDIN (FORMAT csv)}: the bulk path for
 * imports and loads. Text is always quoted, so an unquoted empty field is NULL and {@code ""} is an
 * empty string. Not thread-safe; one per COPY.
 */
public final class CopyStream implements AutoCloseable {
  private static final int FLUSH_AT = 1 << 16;
  private final CopyIn copy;
  private final StringBuilder row = new StringBuilder(256);
  private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
  private boolean firstField = true;
  private long rows;
  private boolean finished;

  private CopyStream(CopyIn copy) {
    this.copy = copy;
  }

  /** Opens a COPY into {@code table (columns)} on the given connection (its transaction). */
  public static CopyStream into(Connection connection, String table, String columns)
      throws SQLException {
    String sql = "COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
    return new CopyStream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
  }

  private void separator() {
    if (!firstField) {
      row.append(',');
    }
    firstField = false;
  }

  public CopyStream text(String value) {
    separator();
    if (value != null) {
      row.append('"');
      for (int i = 0; i < value.length(); i++) {
        char ch = value.charAt(i);
        if (ch == '"') {
          row.append('"');
        }
        row.append(ch);
      }
      row.append('"');
    }
    return this;
  }

  public CopyStream number(long value) {
    separator();
    row.append(value);
    return this;
  }

  public CopyStream number(Long value) {
    separator();
    if (value != null) {
      row.append(value.longValue());
    }
    return this;
  }

  public CopyStream bool(Boolean value) {
    separator();
    if (value != null) {
      row.append(value ? 't' : 'f');
    }
    return this;
  }

  public CopyStream date(LocalDate value) {
    separator();
    if (value != null) {
      row.append(value);
    }
    return this;
  }

  public CopyStream nothing() {
    separator();
    return this;
  }

  /** Ends the current row. */
  public void endRow() throws SQLException {
    buffer.append(row).append('\n');
    row.setLength(0);
    firstField = true;
    rows++;
    if (buffer.length() >= FLUSH_AT) {
      flush();
    }
  }

  private void flush() throws SQLException {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  /** Sends what is left and ends the COPY; returns the rows the server took. */
  public long finish() throws SQLException {
    flush();
    finished = true;
    return copy.endCopy();
  }

  public long rows() {
    return rows;
  }

  @Override
  public void close() throws SQLException {
    if (!finished && copy.isActive()) {
      copy.cancelCopy();
    }
  }
}
