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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
  private static final Logger log = LoggerFactory.getLogger(SortedCursors.class);
  private static final int FETCH = 5_000;
  private static final int BATCH = 1_024;
  private static final int BATCHES_AHEAD = 4;

  /** Decodes one row (the key column excluded) into a value. */
  @FunctionalInterface
  interface Decoder<V> {
    V decode(ResultSet rs) throws SQLException;
  }

  private final Connection first;
  private final DataSource more;
  private final List<Query<T, ?>> queries = new ArrayList<>();
  private final List<Lane> lanes = new ArrayList<>();

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
  <V> void add(
      String table, String sql, Decoder<V> decode, BiConsumer<T, V> attach, Object... params) {
    queries.add(new Query<>(table, sql, decode, attach, params));
  }

  /** Opens every query (the servers sort) and starts reading ahead. */
  void open() throws SQLException {
    Map<String, Long> sizes = tableSizes();
    long[] load = new long[2];
    List<List<Query<T, ?>>> split = List.of(new ArrayList<>(), new ArrayList<>());
    queries.stream()
        .sorted(
            Comparator.comparingLong((Query<T, ?> q) -> sizes.getOrDefault(q.table, 0L)).reversed())
        .forEach(
            q -> {
              int lane = more == null || load[0] <= load[1] ? 0 : 1;
              split.get(lane).add(q);
              load[lane] += sizes.getOrDefault(q.table, 0L) + 1;
            });
    lanes.add(new Lane(first, false, split.get(0)));
    if (!split.get(1).isEmpty()) {
      lanes.add(new Lane(secondOnSameSnapshot(), true, split.get(1)));
    }
    for (Lane lane : lanes) {
      lane.thread.start();
    }
    for (Lane lane : lanes) {
      lane.opened.join();
    }
    for (Lane lane : lanes) {
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
  <V> T next(Query<T, V> driver, BiFunction<Long, V, T> make) throws SQLException {
    long key = driver.key();
    if (key == Long.MAX_VALUE) {
      return null;
    }
    T target = make.apply(key, driver.value());
    driver.advance();
    for (Query<T, ?> q : queries) {
      if (q != driver) {
        q.feed(key, target);
      }
    }
    return target;
  }

  /** The query added without an {@code attach}: the one that drives. */
  @SuppressWarnings("unchecked")
  <V> Query<T, V> driver() {
    return (Query<T, V>) queries.stream().filter(q -> q.attach == null).findFirst().orElseThrow();
  }

  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    for (Lane lane : lanes) {
      lane.closing = true;
    }
    for (Lane lane : lanes) {
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
    Connection other = more.getConnection();
    try {
      other.setAutoCommit(false);
      other.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      other.setReadOnly(true);
      try (var st = other.createStatement()) {
        st.execute("set transaction snapshot '" + snapshot.replace("'", "") + "'");
        st.execute("set local work_mem = '256MB'");
        st.execute("set local jit = off");
      }
    } catch (SQLException | RuntimeException e) {
      other.close();
      throw e;
    }
    return other;
  }

  /** Rows of one query, decoded ahead: their keys and values. */
  private record Batch(long[] keys, Object[] values, int size) {
    static final Batch END = new Batch(new long[0], new Object[0], 0);
  }

  /** One query: its statement, and the batches its lane has read ahead. */
  static final class Query<T, V> {
    final String table;
    final String sql;
    final Decoder<V> decode;
    final BiConsumer<T, V> attach;
    final Object[] params;
    final BlockingQueue<Batch> ahead = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    PreparedStatement st;
    ResultSet rs;
    boolean exhausted;
    Lane lane;
    private Batch batch;
    private int at;

    Query(String table, String sql, Decoder<V> decode, BiConsumer<T, V> attach, Object[] params) {
      this.table = table;
      this.sql = sql;
      this.decode = decode;
      this.attach = attach;
      this.params = params;
    }

    long key() throws SQLException {
      Batch b = current();
      return b.size == 0 ? Long.MAX_VALUE : b.keys[at];
    }

    @SuppressWarnings("unchecked")
    V value() throws SQLException {
      return (V) current().values[at];
    }

    void advance() throws SQLException {
      current();
      if (++at >= batch.size) {
        batch = batch.size == 0 ? batch : null;
        at = 0;
      }
    }

    /** Hands this key's rows to the target (rows of smaller keys, matching no driver, skipped). */
    void feed(long key, T target) throws SQLException {
      while (key() < key) {
        advance();
      }
      while (key() == key) {
        attach.accept(target, value());
        advance();
      }
    }

    private Batch current() throws SQLException {
      while (batch == null) {
        try {
          batch = ahead.poll(50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SQLException("interrupted while reading " + table, e);
        }
        if (batch == null && lane.failure != null) {
          throw lane.failure;
        }
        if (batch != null) {
          LockSupport.unpark(lane.thread);
        }
      }
      return batch;
    }

    /** Reads the next batch if there is room ahead; true if it read anything. */
    boolean readAhead() throws SQLException {
      if (exhausted || ahead.remainingCapacity() < 2) { // room for a batch and the end
        return false;
      }
      long[] keys = new long[BATCH];
      Object[] values = new Object[BATCH];
      int n = 0;
      while (n < BATCH && rs.next()) {
        keys[n] = rs.getLong(1);
        values[n] = decode.decode(rs);
        n++;
      }
      if (n > 0) {
        ahead.add(new Batch(keys, values, n));
      }
      if (n < BATCH) {
        exhausted = true;
        ahead.add(Batch.END);
      }
      return true;
    }
  }

  /** A connection, its queries, and the thread that opens them and reads ahead. */
  private static final class Lane {
    final Connection connection;
    final boolean own;
    final List<? extends Query<?, ?>> mine;
    volatile boolean closing;
    final CompletableFuture<Void> opened = new CompletableFuture<>();
    final Thread thread;
    volatile SQLException failure;

    Lane(Connection connection, boolean own, List<? extends Query<?, ?>> mine) {
      this.connection = connection;
      this.own = own;
      this.mine = mine;
      for (Query<?, ?> q : mine) {
        q.lane = this;
      }
      this.thread = new Thread(this::run, "facts-" + (own ? "second" : "first") + "-connection");
      thread.setDaemon(true);
    }

    private void run() {
      try {
        for (Query<?, ?> q : mine) {
          long t0 = System.nanoTime();
          q.st = connection.prepareStatement(q.sql);
          q.st.setFetchSize(FETCH);
          // binary transfer from the first execution: dates and numbers without text parsing
          q.st.unwrap(PGStatement.class).setPrepareThreshold(-1);
          for (int i = 0; i < q.params.length; i++) {
            q.st.setObject(i + 1, q.params[i]);
          }
          q.rs = q.st.executeQuery();
          log.debug("{} sorted in {} ms", q.table, (System.nanoTime() - t0) / 1_000_000);
        }
        opened.complete(null);
        while (!closing) {
          boolean read = false;
          for (Query<?, ?> q : mine) {
            read |= q.readAhead();
          }
          if (!read) {
            if (mine.stream().allMatch(q -> q.exhausted)) {
              return;
            }
            LockSupport.parkNanos(1_000_000);
          }
        }
      } catch (SQLException e) {
        failure = e;
      } catch (RuntimeException e) {
        failure = new SQLException("reading facts failed", e);
      } finally {
        opened.complete(null);
      }
    }

    void close() throws SQLException {
      SQLException failed = null;
      for (Query<?, ?> q : mine) {
        try {
          if (q.st != null) {
            q.st.close();
          }
        } catch (SQLException e) {
          failed = e;
        }
      }
      if (own) {
        try {
          connection.rollback();
          connection.close();
        } catch (SQLException e) {
          failed = e;
        }
      }
      if (failed != null) {
        throw failed;
      }
    }
  }
}
