package org.shouwang.screening;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javax.sql.DataSource;

/**
 * Queries sorted by a key (their first column, a {@code bigint}), read in step: for each key, every
 * query hands its rows with that key to one target. Each query sorts on the server before its first
 * row, so the queries are shared between the caller's connection and, when a data source is given,
 * a second connection on the same snapshot (so both cores sort, and both halves see the same data),
 * balanced by the estimated rows of the tables they read. One thread per connection fetches and
 * decodes rows ahead of the reader, a few batches per query, while the reader attaches them.
 *
 * @param <T> what the rows are attached to (a household's facts)
 */
final class SortedCursors<T> implements AutoCloseable {

  /** Decodes one row (the key column excluded) into a value. */
  @FunctionalInterface
  interface Decoder<V> {
    V decode(ResultSet rs) throws SQLException;
  }

  private final Connection first;
  private final DataSource more;
  private final List<SortedQuery<T, ?>> queries = new ArrayList<>();
  private final List<ReadingLane> lanes = new ArrayList<>();

  /**
   * On connection {@code first}, in its transaction; {@code more}, when not null, lends a second
   * connection for the duration.
   */
  SortedCursors(Connection first, DataSource more) {
    this.first = first;
    this.more = more;
  }

  /**
   * A query whose first column is the key, sorted by it; {@code table} is the table it mostly reads
   * (its size shares the work); {@code attach} null for the query that drives ({@link #next}).
   */
  <V> SortedQuery<T, V> add(
      String table, String sql, Decoder<V> decode, BiConsumer<T, V> attach, Object... params) {
    SortedQuery<T, V> query = new SortedQuery<>(table, sql, decode, attach, params);
    queries.add(query);
    return query;
  }

  /** Opens every query (the servers sort) and starts reading ahead. */
  void open() throws SQLException {
    Map<String, Long> sizes = tableSizes();
    long[] load = new long[2];
    List<List<SortedQuery<T, ?>>> split = List.of(new ArrayList<>(), new ArrayList<>());
    queries.stream()
        .sorted(
            Comparator.comparingLong((SortedQuery<T, ?> q) -> sizes.getOrDefault(q.table, 0L))
                .reversed())
        .forEach(
            q -> {
              int lane = more == null || load[0] <= load[1] ? 0 : 1;
              split.get(lane).add(q);
              load[lane] += sizes.getOrDefault(q.table, 0L) + 1;
            });
    lanes.add(new ReadingLane(first, false, split.get(0)));
    if (!split.get(1).isEmpty()) {
      lanes.add(new ReadingLane(secondOnSameSnapshot(), true, split.get(1)));
    }
    for (ReadingLane lane : lanes) {
      lane.thread.start();
    }
    for (ReadingLane lane : lanes) {
      lane.opened.join();
    }
    for (ReadingLane lane : lanes) {
      if (lane.failure != null) {
        throw lane.failure;
      }
    }
  }

  /**
   * The next value of the driving query with its key, after every other query has attached its rows
   * of that key to {@code target}; null at the end. {@code target} is made from the driving row by
   * {@code make}.
   */
  <V> T next(SortedQuery<T, V> driver, BiFunction<Long, V, T> make) throws SQLException {
    long key = driver.key();
    if (key == Long.MAX_VALUE) {
      return null;
    }
    T target = make.apply(key, driver.value());
    driver.advance();
    for (SortedQuery<T, ?> q : queries) {
      if (q != driver) {
        q.feed(key, target);
      }
    }
    return target;
  }

  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    for (ReadingLane lane : lanes) {
      lane.closing = true;
    }
    for (ReadingLane lane : lanes) {
      try {
        lane.thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try {
        lane.close();
      } catch (SQLException e) {
        failure = e;
      }
    }
    lanes.clear();
    if (failure != null) {
      throw failure;
    }
  }

  private Map<String, Long> tableSizes() throws SQLException {
    Map<String, Long> sizes = new HashMap<>();
    try (PreparedStatement st =
            first.prepareStatement(
                "select relname, greatest(reltuples, 0)::bigint from pg_class"
                    + " where relkind = 'r' and relnamespace = 'public'::regnamespace");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        sizes.put(rs.getString(1), rs.getLong(2));
      }
    }
    return sizes;
  }

  /** A repeatable-read transaction on the snapshot the first connection exports. */
  private Connection secondOnSameSnapshot() throws SQLException {
    String snapshot;
    try (PreparedStatement st = first.prepareStatement("select pg_export_snapshot()");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      snapshot = rs.getString(1);
    }
    String workMem;
    String jit;
    try (PreparedStatement st =
            first.prepareStatement("select current_setting('work_mem'), current_setting('jit')");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      workMem = rs.getString(1);
      jit = rs.getString(2);
    }
    Connection other = more.getConnection();
    try {
      other.setAutoCommit(false);
      other.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      other.setReadOnly(true);
      try (var st = other.createStatement()) {
        st.execute("set transaction snapshot '" + snapshot.replace("'", "") + "'");
        // and reads with the first one's settings
        st.execute(
            "select set_config('work_mem', '"
                + workMem
                + "', true),"
                + " set_config('jit', '"
                + jit
                + "', true)");
      }
    } catch (SQLException | RuntimeException e) {
      other.close();
      throw e;
    }
    return other;
  }
}
