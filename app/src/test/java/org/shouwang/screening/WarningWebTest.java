package org.shouwang.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.demo.DemoSetup;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Warnings in the browser: scoped lists, evidence, dispatch, verification, the Excel ledger. */
@AutoConfigureMockMvc
class WarningWebTest extends DatabaseTest {
  @Autowired MockMvc mvc;
  @Autowired DemoSetup demo;
  @Autowired ScreeningRun runs;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;

  @BeforeEach
  void screenedDemoCounty() {
    demo.ensureWorld(300, 7);
    demo.ensureAccounts();
    runs.run(DemoSetup.AS_OF, DemoSetup.COUNTY, "test");
  }

  long warningOutside(String village) {
    return jdbc.sql(
            "select id from risk_warning where county_code = '411328' and village_code <> ?"
                + " and status = 'OPEN' order by id limit 1")
        .param(village)
        .query(Long.class)
        .single();
  }

  String villageOf(String username) {
    return jdbc.sql("select region_code from app_user where username = ?")
        .param(username)
        .query(String.class)
        .single();
  }

  @Test
  void aWarningIsDispatchedVerifiedAndCountedByRule() throws Exception {
    var county = user(users.loadUserByUsername("county"));
    long id =
        jdbc.sql(
                "select id from risk_warning where county_code = '411328' and status = 'OPEN'"
                    + " and evidence <> '' order by id limit 1")
            .query(Long.class)
            .single();
    String page =
        mvc.perform(get("/warnings/" + id).with(county))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("行号").containsPattern("\\.(csv|xlsx) \\(");

    mvc.perform(post("/warnings/" + id + "/dispatch").with(county).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(statusOf(id)).isEqualTo("DISPATCHED");
    mvc.perform(
            post("/warnings/" + id + "/verify")
                .param("outcome", "EXCLUDED")
                .with(county)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(statusOf(id)).as("no reason, no answer").isEqualTo("DISPATCHED");
    mvc.perform(
            post("/warnings/" + id + "/verify")
                .param("outcome", "EXCLUDED")
                .param("reason", "收入核实后高于监测线")
                .with(county)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(statusOf(id)).isEqualTo("EXCLUDED");

    ScreeningResult again = runs.run(DemoSetup.AS_OF, DemoSetup.COUNTY, "test");
    assertThat(
            jdbc.sql(
                    "select count(*) from risk_warning where run_id = ? and household_id ="
                        + " (select household_id from risk_warning where id = ?) and rule_code ="
                        + " (select rule_code from risk_warning where id = ?)")
                .param(again.runId())
                .param(id)
                .param(id)
                .query(Long.class)
                .single())
        .as("answered evidence is not raised again")
        .isZero();
  }

  String statusOf(long id) {
    return jdbc.sql("select status from risk_warning where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  @Test
  void aVillageCadreSeesOnlyTheirVillagesWarnings() throws Exception {
    var cadre = user(users.loadUserByUsername("village"));
    String village = villageOf("village");
    long other = warningOutside(village);
    mvc.perform(get("/warnings/" + other).with(cadre)).andExpect(status().isNotFound());
    mvc.perform(post("/warnings/" + other + "/dispatch").with(cadre).with(csrf()))
        .andExpect(status().isForbidden());
    String list =
        mvc.perform(get("/warnings").with(cadre)).andReturn().getResponse().getContentAsString();
    assertThat(list).doesNotContain("/warnings/" + other + "\"");
  }

  @Test
  void theLedgerExportsTheFilteredListToExcel() throws Exception {
    var county = user(users.loadUserByUsername("county"));
    byte[] xlsx =
        mvc.perform(get("/warnings.xlsx").param("rule", "W01").with(county))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    long w01 =
        jdbc.sql(
                "select count(*) from risk_warning where county_code = '411328' and rule_code = 'W01'")
            .query(Long.class)
            .single();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      var rows = wb.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("序号");
      assertThat(rows).hasSize((int) w01 + 1);
      assertThat(rows.get(1).getCellText(7)).isEqualTo("W01");
      assertThat(rows.get(1).getCellText(5)).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
    }
  }
}
