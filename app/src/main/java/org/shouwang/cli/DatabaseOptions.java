package org.shouwang.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the data lives, taken by every command that touches the database. */
public class DatabaseOptions {
  @Option(
      names = "--data-dir",
      defaultValue = "${env:SHOUWANG_DATA_DIR:-./data}",
      description =
          "数据目录：内置数据库与原始文件 / embedded database and kept files (default: ${DEFAULT-VALUE})")
  Path dataDir;

  @Option(
      names = "--db-url",
      defaultValue = "${env:SHOUWANG_DB_URL}",
      description =
          "外部 PostgreSQL 的 JDBC 地址 / JDBC URL of an external PostgreSQL instead of the embedded"
              + " one, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres")
  String dbUrl;

  /** The Spring properties these options stand for. */
  Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("shouwang.data-dir", dataDir.toAbsolutePath().normalize().toString());
    if (dbUrl != null && !dbUrl.isBlank()) {
      p.put("shouwang.db.url", dbUrl);
    }
    return p;
  }
}
