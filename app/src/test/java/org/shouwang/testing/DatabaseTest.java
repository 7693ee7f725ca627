package org.shouwang.testing;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the database: the whole application context on the JVM's shared
 * test database (embedded, or the external server in the second pass of the build). Tagged {@code
 * database} so that the build runs these tests on both servers.
 */
@Tag("database")
// the minute timer would screen with the real clock; tests call the schedules themselves
@SpringBootTest(properties = "shouwang.schedule.enabled=false")
public abstract class DatabaseTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("shouwang.db.url", TestDatabase::url);
    registry.add("shouwang.data-dir", () -> TestFiles.dataDir().toString());
  }
}
