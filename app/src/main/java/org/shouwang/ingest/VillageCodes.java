package org.shouwang.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which 12-digit village codes exist, loaded one county at a time as rows ask for them. */
final class VillageCodes {
  private final JdbcClient jdbc;
  private final Map<String, Set<String>> byCounty = new HashMap<>();

  VillageCodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(String code) {
    if (code.length() != 12) {
      return false;
    }
    return byCounty
        .computeIfAbsent(
            code.substring(0, 6),
            county ->
                new HashSet<>(
                    jdbc.sql("select code from region where level = 5 and county_code = ?")
                        .param(county)
                        .query(String.class)
                        .list()))
        .contains(code);
  }
}
