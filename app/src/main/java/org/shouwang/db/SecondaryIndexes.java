package org.shouwang.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bulk insert into a table that receives at least as many rows as it holds (a county's first
 * load, a new year's monthly feed) goes faster with the table's plain secondary indexes set aside
 * and built again afterwards: one sorted build instead of a random insertion per row. Primary keys
 * and unique indexes stay, so every constraint is still checked. The drop and the rebuild are in
 * the import's transaction, so a failed import restores the indexes; while it runs, the table is
 * locked (a first load is not a time for reading it anyway). Smaller inserts keep the indexes.
 */
public final class SecondaryIndexes {
  private static final Logger log = LoggerFactory.getLogger(SecondaryIndexes.class);

  /** Below this many rows the drop and rebuild cost more than they save. */
  private static final long BULK = 10_000;

  private SecondaryIndexes() {}

  /** The insert (or other writing) to run. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work}, which writes about {@code incoming} rows into {@code table}, with the
   * table's plain secondary indexes rebuilt after it when the table holds fewer rows than that.
   */
  public static <T> T deferredIfBulk(Connection c, String table, long incoming, Work<T> work)
      throws SQLException {
    if (incoming < BULK || holdsAtLeast(c, table, incoming)) {
      return work.run();
    }
    List<String> definitions = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i"
                + " where i.indrelid = ?::regclass and not i.indisprimary and not i.indisunique"
                + " and not exists (select 1 from pg_constraint k where k.conindid ="
                + " i.indexrelid) order by 1")) {
      st.setString(1, table);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
          definitions.add(rs.getString(2));
        }
      }
    }
    try (var st = c.createStatement()) {
      for (String name : names) {
        st.execute("drop index " + name);
      }
    }
    T result = work.run();
    long t0 = System.nanoTime();
    try (var st = c.createStatement()) {
      st.execute("set local maintenance_work_mem = '512MB'");
      for (String definition : definitions) {
        st.execute(definition);
      }
    }
    log.info(
        "{}: {} secondary indexes built again after {} rows in {} ms",
        table,
        definitions.size(),
        incoming,
        (System.nanoTime() - t0) / 1_000_000);
    return result;
  }

  /** Whether the table holds at least {@code rows} rows (reads no more than that many). */
  private static boolean holdsAtLeast(Connection c, String table, long rows) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("select count(*) from (select 1 from " + table + " limit ?) x")) {
      st.setLong(1, rows);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1) >= rows;
      }
    }
  }
}
