package org.shouwang.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.Shouwang;
import org.shouwang.access.RegionScope;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Scheduled screening: set in the page by a county, run when due, once a day, as of that day. */
@AutoConfigureMockMvc
class ScreeningScheduleTest extends DatabaseTest {
  static final String COUNTY = "411324"; // 镇平县: a county of its own, nobody else's data

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired UserDetailsService details;
  @Autowired ScreeningSchedules schedules;
  @Autowired JdbcClient jdbc;

  static ZonedDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(Shouwang.ZONE);
  }

  List<LocalDate> scheduledRuns() {
    return jdbc.sql(
            "select as_of from screening_run where scope = ? and started_by = ? order by id")
        .param(COUNTY)
        .param(ScreeningSchedules.STARTED_BY)
        .query(LocalDate.class)
        .list();
  }

  @Test
  void aCountySetsAScheduleAndItRunsOnceOnItsDay() throws Exception {
    users.ensure("sched-county", "pw", "镇平县", COUNTY, Role.COUNTY);
    users.ensure("sched-township", "pw", "石佛寺镇", COUNTY + "101", Role.TOWNSHIP);
    var county = user(details.loadUserByUsername("sched-county"));
    var township = user(details.loadUserByUsername("sched-township"));

    mvc.perform(
            post("/warnings/schedule")
                .param("dayOfMonth", "5")
                .param("hour", "2")
                .param("enabled", "true")
                .with(township)
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(schedules.of(new RegionScope(COUNTY))).isEmpty();
    mvc.perform(
            post("/warnings/schedule")
                .param("hour", "24")
                .param("enabled", "true")
                .with(county)
                .with(csrf()))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/warnings/schedule")
                .param("dayOfMonth", "5")
                .param("hour", "2")
                .param("enabled", "true")
                .with(county)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    schedules.runDue(at("2025-07-05T01:59"));
    assertThat(scheduledRuns()).as("before the hour").isEmpty();
    schedules.runDue(at("2025-07-05T02:00"));
    schedules.runDue(at("2025-07-05T02:01"));
    schedules.runDue(at("2025-07-05T23:30"));
    assertThat(scheduledRuns()).as("once that day").containsExactly(LocalDate.of(2025, 7, 5));
    schedules.runDue(at("2025-07-06T03:00"));
    schedules.runDue(at("2025-08-05T01:00"));
    assertThat(scheduledRuns()).as("not on other days, nor before the hour").hasSize(1);
    schedules.runDue(at("2025-08-05T09:00"));
    assertThat(scheduledRuns()).endsWith(LocalDate.of(2025, 8, 5)).hasSize(2);

    String page =
        mvc.perform(get("/warnings").with(county)).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("上次定时筛查：2025-08-05");

    mvc.perform(
            post("/warnings/schedule")
                .param("dayOfMonth", "")
                .param("hour", "6")
                .param("enabled", "true")
                .with(county)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    schedules.runDue(at("2025-08-06T06:00"));
    schedules.runDue(at("2025-08-07T07:00"));
    assertThat(scheduledRuns()).as("daily").hasSize(4);

    mvc.perform(post("/warnings/schedule").param("hour", "6").with(county).with(csrf()))
        .andExpect(status().is3xxRedirection());
    schedules.runDue(at("2025-08-08T07:00"));
    assertThat(scheduledRuns()).as("switched off").hasSize(4);
  }
}
