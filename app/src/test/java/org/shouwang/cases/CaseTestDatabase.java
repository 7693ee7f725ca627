package org.shouwang.cases;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The cases' own database per test JVM, migrated by Flyway: an embedded PostgreSQL, or a scratch
 * database on the external server in the build's second pass (tests using it are tagged {@code
 * database}). Separate from the shared test database so that its minimal regions never stand in for
 * the national ones.
 */
final class CaseTestDatabase {
  static final String VILLAGE = "411328101201";
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static DataSource dataSource;

  private CaseTestDatabase() {}

  static synchronized DataSource dataSource() {
    if (dataSource == null) {
      try {
        DataSource ds;
        if (org.shouwang.testing.TestDatabase.external()) {
          var pg = new org.postgresql.ds.PGSimpleDataSource();
          pg.setURL(
              org.shouwang.db.ScratchDatabase.create(
                  System.getProperty("shouwang.test.db"), "shouwang_cases"));
          ds = pg;
        } else {
          EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
          Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
          ds = postgres.getPostgresDatabase();
        }
        Flyway.configure().dataSource(ds).load().migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        jdbc.sql(
                """
                insert into region (code, name, level, parent_code, path, province_code, city_code,
                  county_code, township_code)
                values ('411328101201', '测试村', 5, '411328101',
                  '/41/4113/411328/411328101/411328101201/', '41', '4113', '411328', '411328101')
                """)
            .update();
        jdbc.sql(
                """
                insert into import_batch (id, feed, source_department, as_of, file_name, sha256,
                  size_bytes, uploaded_by, uploaded_at, status, region_code)
                values (1, 'households', '乡村振兴局', date '2025-01-01', 'households.csv',
                  repeat('0', 64), 0, 'test', now(), 'ACCEPTED', '411328')
                """)
            .update();
        dataSource = ds;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dataSource;
  }

  static Cases cases() {
    DataSource ds = dataSource();
    return new Cases(JdbcClient.create(ds), new DataSourceTransactionManager(ds));
  }

  static JdbcClient jdbc() {
    return JdbcClient.create(dataSource());
  }

  /** A fresh household in the test village. */
  static CaseHousehold aHousehold() {
    long n = SEQUENCE.incrementAndGet();
    long id =
        jdbc()
            .sql(
                """
                insert into household (household_no, village_code, township_code, county_code,
                  city_code, province_code, head_name, head_id_number, household_type, batch_id,
                  row_number)
                values (?, '411328101201', '411328101', '411328', '4113', '41', '张三',
                  '411328198001010011', '一般农户', 1, ?)
                returning id
                """)
            .params("4113281012010" + String.format("%05d", n) + "-" + System.nanoTime(), n)
            .query(Long.class)
            .single();
    return new CaseHousehold(id, "411328101201", "411328101", "411328");
  }

  private static void close(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      // the JVM is going down
    }
  }
}
