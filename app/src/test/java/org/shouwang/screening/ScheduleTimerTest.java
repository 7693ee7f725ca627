package org.shouwang.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.Shouwang;
import org.shouwang.access.RegionScope;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The timer itself, switched on as in the served application (checking every 200 ms): a schedule
 * due now is run once, as of today, by nobody but the timer. The context is closed afterwards so
 * that its timer does not go on running other tests' schedules.
 */
@SpringBootTest(
    properties = {
      "shouwang.schedule.enabled=true",
      "shouwang.schedule.check-ms=200",
      "shouwang.schedule.first-check-ms=200"
    })
@DirtiesContext
class ScheduleTimerTest extends DatabaseTest {
  static final String COUNTY = "411325"; // 内乡县: nobody else's

  @Autowired ScreeningSchedules schedules;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  List<LocalDate> runs() {
    return jdbc.sql("select as_of from screening_run where scope = ? and started_by = ?")
        .param(COUNTY)
        .param(ScreeningSchedules.STARTED_BY)
        .query(LocalDate.class)
        .list();
  }

  @Test
  void theTimerRunsADueScheduleOnceAsOfToday() throws Exception {
    RegionScope county = new RegionScope(COUNTY);
    try {
      schedules.set(county, null, 0, true, "test");
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (runs().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Thread.sleep(1_000); // five more ticks: none may run it again today
      LocalDate today = LocalDate.now(clock.withZone(Shouwang.ZONE));
      assertThat(runs()).containsExactly(today);
      assertThat(schedules.of(county).orElseThrow().lastRunOn()).isEqualTo(today);
    } finally {
      schedules.set(county, null, 0, false, "test");
    }
  }
}
