package org.shouwang.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One DataSource: the external PostgreSQL when configured, else the embedded one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfig {

  @Bean(destroyMethod = "close")
  PooledDatabase dataSource(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("shouwang");
    config.setMaximumPoolSize(10);
    EmbeddedDatabase embedded = null;
    if (settings.db().external()) {
      config.setJdbcUrl(settings.db().url());
      Optional.ofNullable(settings.db().user()).ifPresent(config::setUsername);
      Optional.ofNullable(settings.db().password()).ifPresent(config::setPassword);
    } else {
      embedded = EmbeddedDatabase.start(settings.dataDir().resolve("pg"), settings.db().port());
      config.setJdbcUrl(embedded.jdbcUrl());
    }
    return new PooledDatabase(config, embedded);
  }

  /** The connection pool; closing it also stops the embedded server, if one was started. */
  static final class PooledDatabase extends HikariDataSource {
    private final EmbeddedDatabase embedded;

    PooledDatabase(HikariConfig config, EmbeddedDatabase embedded) {
      super(config);
      this.embedded = embedded;
    }

    @Override
    public void close() {
      super.close();
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
