package org.shouwang.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real PostgreSQL server started from the binaries on the class path, its data kept on disk. */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts (or restarts, reusing the data) the server whose cluster lives in {@code directory}. */
  public static EmbeddedDatabase start(Path directory, int port) {
    try {
      Files.createDirectories(directory);
      Path pidFile = directory.resolve("postmaster.pid");
      if (Files.exists(pidFile) && !processAlive(pidFile)) {
        Files.delete(pidFile); // left by a process that was killed
      }
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setServerConfig("max_connections", "50")
              .setServerConfig("shared_buffers", "512MB")
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("max_wal_size", "4GB")
              .setServerConfig("checkpoint_timeout", "30min")
              .setServerConfig("work_mem", "64MB")
              .setServerConfig("maintenance_work_mem", "256MB")
              .setServerConfig("wal_compression", "off")
              .setLocaleConfig("encoding", "UTF8")
              .setLocaleConfig("locale", "C");
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres pg = builder.start();
      log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), directory);
      return new EmbeddedDatabase(pg);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
    }
  }

  private static boolean processAlive(Path pidFile) throws IOException {
    String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
    try {
      return ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
