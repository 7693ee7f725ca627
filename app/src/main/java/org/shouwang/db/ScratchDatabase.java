package org.shouwang.db;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A fresh, empty database created on an external PostgreSQL server for one run (tests, benchmarks),
 * dropped again when the JVM exits.
 */
public final class ScratchDatabase {
  private ScratchDatabase() {}

  /**
   * Creates {@code prefix_<pid>_<time>} beside the database of {@code serverUrl}; returns its URL.
   */
  public static String create(String serverUrl, String prefix) {
    String name = prefix + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    try (var c = DriverManager.getConnection(serverUrl);
        var st = c.createStatement()) {
      st.execute("create database " + name + " encoding 'UTF8' template template0");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a database on " + serverUrl, e);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (var c = DriverManager.getConnection(serverUrl);
                      var st = c.createStatement()) {
                    st.execute("drop database if exists " + name + " with (force)");
                  } catch (SQLException ignored) {
                    // best effort: a leftover scratch database harms nothing
                  }
                }));
    int q = serverUrl.indexOf('?');
    String base = q < 0 ? serverUrl : serverUrl.substring(0, q);
    String params = q < 0 ? "" : serverUrl.substring(q);
    return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
  }
}
