package org.shouwang.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shouwang.Shouwang;
import org.shouwang.access.RegionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Scheduled screening: a county (or higher) administrator sets when their region is screened; a
 * minute timer runs what is due, as of the day it runs. The day is claimed in the database before
 * the run, so a second instance, a restart or a slow run never screens the same region twice a day.
 */
@Service
public class ScreeningSchedules {
  private static final Logger log = LoggerFactory.getLogger(ScreeningSchedules.class);
  static final String STARTED_BY = "定时筛查";
  private static final String SELECT =
      "select region_code, day_of_month, hour, enabled, set_by, last_run_on, last_run_id,"
          + " last_error from screening_schedule";
  private final JdbcClient jdbc;
  private final ScreeningRun runs;
  private final Clock clock;

  ScreeningSchedules(JdbcClient jdbc, ScreeningRun runs, Clock clock) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.clock = clock;
  }

  public Optional<ScreeningSchedule> of(RegionScope scope) {
    return jdbc.sql(SELECT + " where region_code = ?")
        .param(scope.code())
        .query(ScreeningSchedules::row)
        .optional();
  }

  /** Sets (or replaces) the schedule of the user's region; a past run of today is kept. */
  public void set(RegionScope scope, Integer dayOfMonth, int hour, boolean enabled, String by) {
    new ScreeningSchedule(scope.code(), dayOfMonth, hour, enabled, by, null, null, null);
    jdbc.sql(
            "insert into screening_schedule (region_code, day_of_month, hour, enabled, set_by,"
                + " set_at) values (?, ?, ?, ?, ?, ?) on conflict (region_code) do update set"
                + " day_of_month = excluded.day_of_month, hour = excluded.hour,"
                + " enabled = excluded.enabled, set_by = excluded.set_by, set_at = excluded.set_at")
        .param(scope.code())
        .param(dayOfMonth)
        .param(hour)
        .param(enabled)
        .param(by)
        .param(Timestamp.from(clock.instant()))
        .update();
  }

  @Scheduled(
      fixedDelayString = "${shouwang.schedule.check-ms:60000}",
      initialDelayString = "${shouwang.schedule.first-check-ms:30000}")
  void tick() {
    runDue(ZonedDateTime.now(clock.withZone(Shouwang.ZONE)));
  }

  /** Runs every schedule due at {@code now}; returns the ids of the runs made. */
  List<Long> runDue(ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    List<ScreeningSchedule> due =
        jdbc
            .sql(
                "select region_code, day_of_month, hour, enabled, set_by, last_run_on,"
                    + " last_run_id, last_error from screening_schedule where enabled"
                    + " order by region_code")
            .query(ScreeningSchedules::row)
            .list()
            .stream()
            .filter(s -> s.dueAt(now))
            .toList();
    List<Long> made = new ArrayList<>();
    for (ScreeningSchedule s : due) {
      int claimed =
          jdbc.sql(
                  "update screening_schedule set last_run_on = ?, last_error = null"
                      + " where region_code = ? and last_run_on is distinct from ?")
              .param(today)
              .param(s.regionCode())
              .param(today)
              .update();
      if (claimed == 0) {
        continue; // another instance took it
      }
      try {
        ScreeningResult r = runs.run(today, s.regionCode(), STARTED_BY);
        jdbc.sql("update screening_schedule set last_run_id = ? where region_code = ?")
            .param(r.runId())
            .param(s.regionCode())
            .update();
        made.add(r.runId());
      } catch (RuntimeException e) {
        log.error("Scheduled screening of {} failed", s.regionCode(), e);
        jdbc.sql("update screening_schedule set last_error = ? where region_code = ?")
            .param(String.valueOf(e.getMessage()))
            .param(s.regionCode())
            .update();
      }
    }
    return made;
  }

  private static ScreeningSchedule row(ResultSet rs, int n) throws SQLException {
    return new ScreeningSchedule(
        rs.getString(1),
        (Integer) rs.getObject(2, Integer.class),
        rs.getInt(3),
        rs.getBoolean(4),
        rs.getString(5),
        rs.getObject(6, LocalDate.class),
        rs.getObject(7, Long.class),
        rs.getString(8));
  }
}
