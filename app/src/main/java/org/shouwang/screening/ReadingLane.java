package org.shouwang.screening;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * A connection of {@link SortedCursors}, its queries, and the thread that opens them (the server
 * sorts) and then reads them ahead while there is room.
 */
final class ReadingLane {
  final Connection connection;
  final boolean own;
  final List<? extends SortedQuery<?, ?>> mine;
  volatile boolean closing;
  final CompletableFuture<Void> opened = new CompletableFuture<>();
  final Thread thread;
  volatile SQLException failure;

  ReadingLane(Connection connection, boolean own, List<? extends SortedQuery<?, ?>> mine) {
    this.connection = connection;
    this.own = own;
    this.mine = mine;
    for (SortedQuery<?, ?> q : mine) {
      q.lane = this;
    }
    this.thread = new Thread(this::run, "facts-" + (own ? "second" : "first") + "-connection");
    thread.setDaemon(true);
  }

  private void run() {
    try {
      for (SortedQuery<?, ?> q : mine) {
        q.open(connection);
      }
      opened.complete(null);
      while (!closing) {
        boolean read = false;
        for (SortedQuery<?, ?> q : mine) {
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
    for (SortedQuery<?, ?> q : mine) {
      try {
        q.close();
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
