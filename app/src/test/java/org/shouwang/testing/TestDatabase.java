package org.shouwang.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.shouwang.db.EmbeddedDatabase;

/**
 * One database per test JVM, shared by every Spring context: an embedded PostgreSQL by default, or
 * a fresh database created on the external server named by the system property {@code
 * shouwang.test.db} (a JDBC URL; the Maven build runs the persistence tests once on each).
 */
public final class TestDatabase {
  private static String url;

  private TestDatabase() {}

  public static synchronized String url() {
    if (url == null) {
      String external = System.getProperty("shouwang.test.db", "");
      url = external.isBlank() || external.equals("embedded") ? embedded() : fresh(external);
    }
    return url;
  }

  public static boolean external() {
    String external = System.getProperty("shouwang.test.db", "");
    return !(external.isBlank() || external.equals("embedded"));
  }

  private static String embedded() {
    try {
      Path dir = Files.createTempDirectory("shouwang-test-pg");
      EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0);
      Runtime.getRuntime().addShutdownHook(new Thread(db::close));
      return db.jdbcUrl();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates {@code shouwang_test_<pid>_<time>} on the external server and drops it at exit. */
  private static String fresh(String serverUrl) {
    String name = "shouwang_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    try (var c = DriverManager.getConnection(serverUrl);
        var st = c.createStatement()) {
      st.execute("create database " + name + " encoding 'UTF8' template template0");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + serverUrl, e);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (var c = DriverManager.getConnection(serverUrl);
                      var st = c.createStatement()) {
                    st.execute("drop database if exists " + name + " with (force)");
                  } catch (SQLException ignored) {
                    // best effort: a leftover test database harms nothing
                  }
                }));
    int q = serverUrl.indexOf('?');
    String base = q < 0 ? serverUrl : serverUrl.substring(0, q);
    String params = q < 0 ? "" : serverUrl.substring(q);
    return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
  }
}
