package org.shouwang.screening;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import org.postgresql.PGStatement;
import org.shouwang.screening.SortedCursors.Decoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One query of {@link SortedCursors}: its server-side cursor, read ahead in batches by its lane's
 * thread, and the reader's position in the batches.
 *
 * @param <T> what its rows are attached to
 * @param <V> what a row decodes to
 */
final class SortedQuery<T, V> {
  private static final Logger log = LoggerFactory.getLogger(SortedQuery.class);
  private static final int FETCH = 5_000;
  private static final int BATCH = 1_024;
  private static final int BATCHES_AHEAD = 4;

  /** Rows of one query, decoded ahead: their keys and values. */
  private record Batch(long[] keys, Object[] values, int size) {
    static final Batch END = new Batch(new long[0], new Object[0], 0);
  }

  final String table;
  final String sql;
  final Decoder<V> decode;
  final BiConsumer<T, V> attach;
  final Object[] params;
  final BlockingQueue<Batch> ahead = new ArrayBlockingQueue<>(BATCHES_AHEAD);
  PreparedStatement st;
  ResultSet rs;
  boolean exhausted;
  ReadingLane lane;
  private Batch batch;
  private int at;

  SortedQuery(
      String table, String sql, Decoder<V> decode, BiConsumer<T, V> attach, Object[] params) {
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

  /** Runs the query on {@code connection} (the server sorts) as a server-side cursor. */
  void open(Connection connection) throws SQLException {
    long t0 = System.nanoTime();
    st = connection.prepareStatement(sql);
    st.setFetchSize(FETCH);
    // binary transfer from the first execution: dates and numbers without text parsing
    st.unwrap(PGStatement.class).setPrepareThreshold(-1);
    for (int i = 0; i < params.length; i++) {
      st.setObject(i + 1, params[i]);
    }
    rs = st.executeQuery();
    log.debug("{} sorted in {} ms", table, (System.nanoTime() - t0) / 1_000_000);
  }

  void close() throws SQLException {
    if (st != null) {
      st.close();
    }
  }
}
