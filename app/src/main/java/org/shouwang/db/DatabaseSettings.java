package org.shouwang.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives: an embedded PostgreSQL under {@code dataDir/pg} by default, or an external
 * server when {@code url} is set ({@code --db-url} on the launcher, or {@code SHOUWANG_DB_URL}).
 */
@ConfigurationProperties("shouwang")
public record DatabaseSettings(@DefaultValue("./data") Path dataDir, @DefaultValue Db db) {

  public record Db(String url, String user, String password, @DefaultValue("0") int port) {
    public boolean external() {
      return url != null && !url.isBlank();
    }
  }

  public Path filesDir() {
    return dataDir.resolve("files");
  }
}
