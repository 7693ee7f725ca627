package org.shouwang.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.shouwang.db.EmbeddedDatabase;
import org.shouwang.db.ScratchDatabase;

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

  private static String fresh(String serverUrl) {
    return ScratchDatabase.create(serverUrl, "shouwang_test");
  }
}
