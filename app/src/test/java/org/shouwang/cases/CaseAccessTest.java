package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.demo.DemoSetup;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Cases stay in their region; the public page refuses hostile input and keeps what came before. */
@AutoConfigureMockMvc
class CaseAccessTest extends DatabaseTest {
  static final AtomicInteger ADDRESS = new AtomicInteger(1);
  @Autowired MockMvc mvc;
  @Autowired DemoSetup demo;
  @Autowired JdbcClient jdbc;
  @Autowired Users users;
  @Autowired UserDetailsService lookup;
  String village;
  String[] person;
  String address;

  @BeforeEach
  void demoCounty() {
    demo.ensureWorld(300, 7);
    demo.ensureAccounts();
    village =
        jdbc.sql("select region_code from app_user where username = 'village'")
            .query(String.class)
            .single();
    person =
        jdbc.sql(
                "select id_number, name from member where village_code = ? order by id_number desc limit 1")
            .param(village)
            .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
            .single();
    address = "10.0.0." + ADDRESS.incrementAndGet();
  }

  MockHttpServletRequestBuilder declare(String name, String id, String description) {
    return post("/apply")
        .param("village", village)
        .param("name", name)
        .param("idNumber", id)
        .param("phone", "13800001234")
        .param("hardship", "ILLNESS")
        .param("description", description)
        .with(csrf())
        .with(
            r -> {
              r.setRemoteAddr(address);
              return r;
            });
  }

  long declarations() {
    return jdbc.sql("select count(*) from declaration").query(Long.class).single();
  }

  @Test
  void hostileOrMalformedDeclarationsAreRefusedAndEarlierOnesKept() throws Exception {
    String ok =
        mvc.perform(declare(person[1], person[0], "家中有人重病"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(ok).contains("SB");
    long kept = declarations();

    String script =
        mvc.perform(declare(person[1], person[0], "<script>alert(1)</script>"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(script).contains("不允许的字符").doesNotContain("<script>alert(1)</script>");
    String huge =
        mvc.perform(declare(person[1], person[0], "很".repeat(5000)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(huge).contains("最多500字");
    String badId =
        mvc.perform(
                declare(
                    person[1],
                    person[0].substring(0, 17) + (person[0].charAt(17) == '1' ? '2' : '1'),
                    "病"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(badId).contains("校验位");
    assertThat(declarations()).isEqualTo(kept);

    int refused = 0;
    for (int i = 0; i < 8; i++) {
      String page =
          mvc.perform(declare(person[1], person[0], "第" + i + "次"))
              .andReturn()
              .getResponse()
              .getContentAsString();
      refused += page.contains("提交过于频繁") ? 1 : 0;
    }
    assertThat(refused).isPositive();
    assertThat(declarations()).isLessThanOrEqualTo(kept + DeclarationLimiter.PER_ID_PER_DAY);
    assertThat(
            jdbc.sql("select count(*) from declaration where description = '家中有人重病'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void nobodyOutsideTheCasesRegionCanSeeOrMoveIt() throws Exception {
    long household =
        jdbc.sql("select household_id from member where id_number = ?")
            .param(person[0])
            .query(Long.class)
            .single();
    var cadre = user(lookup.loadUserByUsername("village"));
    String location =
        mvc.perform(
                post("/households/" + household + "/clue")
                    .param("finding", "走访发现因病支出大")
                    .with(cadre)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/cases/");
    long caseId = Long.parseLong(location.substring("/cases/".length()));

    String otherVillage =
        jdbc.sql(
                "select code from region where parent_code = ? and code <> ? order by code limit 1")
            .param(village.substring(0, 9))
            .param(village)
            .query(String.class)
            .single();
    users.ensure("neighbour", "pw", "邻村干部", otherVillage, Role.VILLAGE);
    users.ensure("othertown", "pw", "他乡审核", "411328001", Role.TOWNSHIP);
    var neighbour = user(lookup.loadUserByUsername("neighbour"));
    var otherTown = user(lookup.loadUserByUsername("othertown"));
    mvc.perform(get("/cases/" + caseId).with(neighbour)).andExpect(status().isNotFound());
    mvc.perform(get("/cases/" + caseId + "/notice").with(otherTown))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/cases/" + caseId)
                .param("action", "reject")
                .param("version", "0")
                .param("reason", "越权")
                .with(otherTown)
                .with(csrf()))
        .andExpect(status().isNotFound());
    String list =
        mvc.perform(get("/cases").with(neighbour)).andReturn().getResponse().getContentAsString();
    assertThat(list).doesNotContain("/cases/" + caseId + "\"");
    mvc.perform(get("/cases/" + caseId).with(cadre)).andExpect(status().isOk());
  }

  @Test
  void everyLevelUpToTheProvinceHasItsOverdueListAtHome() throws Exception {
    users.ensure("nanyang", "pw", "南阳市", "4113", Role.CITY);
    users.ensure("henan", "pw", "河南省", "41", Role.PROVINCE);
    for (String who : new String[] {"village", "township", "county", "nanyang", "henan"}) {
      String home =
          mvc.perform(get("/").with(user(lookup.loadUserByUsername(who))))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(home).as(who).contains("超期案件");
    }
  }
}
