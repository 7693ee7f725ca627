package org.shouwang.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.engine.standard.MonitoringStandard;
import org.shouwang.engine.standard.MonitoringStandards;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the monitoring standard: the shipped defaults plus those added here. */
@Repository
public class Standards {
  private final JdbcClient jdbc;
  private final Clock clock;

  Standards(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public MonitoringStandards all() {
    List<MonitoringStandard> added = new ArrayList<>();
    for (String definition :
        jdbc.sql("select definition from monitoring_standard order by id")
            .query(String.class)
            .list()) {
      added.addAll(MonitoringStandards.parse(definition));
    }
    return MonitoringStandards.defaults().with(added);
  }

  /**
   * Adds the versions in a file's text (header line of keys, one line per version); returns them.
   * Nothing is added when any line is wrong.
   */
  public List<MonitoringStandard> add(String text, String by) {
    List<MonitoringStandard> parsed = MonitoringStandards.parse(text);
    String header =
        text.lines()
            .filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
            .findFirst()
            .orElseThrow();
    List<String> rows =
        text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).skip(1).toList();
    for (int i = 0; i < parsed.size(); i++) {
      MonitoringStandard s = parsed.get(i);
      jdbc.sql(
              "insert into monitoring_standard (province_code, county_code, year, document_number,"
                  + " effective_date, version, definition, created_by, created_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .param(s.provinceCode())
          .param(s.countyCode())
          .param(s.year())
          .param(s.documentNumber())
          .param(s.effectiveDate())
          .param(s.version())
          .param(header + "\n" + rows.get(i))
          .param(by)
          .param(Timestamp.from(clock.instant()))
          .update();
    }
    return parsed;
  }
}
