package org.shouwang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Audit;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every page is bounded by the user's region, whatever URL is typed. */
@AutoConfigureMockMvc
class RegistryAccessTest extends DatabaseTest {
  static final String MY_VILLAGE = "411328101201";
  static final String OTHER_VILLAGE = "411328101202";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Users users;
  @Autowired UserDetailsService lookup;
  @Autowired Audit audit;
  long mine;
  long theirs;
  String mineNo;
  String theirsNo;

  @BeforeEach
  void twoHouseholdsInTwoVillages() {
    long batch =
        jdbc.sql(
                "insert into import_batch (feed, source_department, as_of, file_name, sha256,"
                    + " size_bytes, uploaded_by, uploaded_at, status, region_code) values"
                    + " ('household', 't', '2025-06-30', 't.csv', md5(random()::text), 0, 't',"
                    + " now(), 'TEST', '411328') returning id")
            .query(Long.class)
            .single();
    mineNo = "ACC" + System.nanoTime();
    theirsNo = "ACC" + System.nanoTime();
    mine = household(batch, mineNo, MY_VILLAGE, "甲户主", "411328198001010013");
    theirs = household(batch, theirsNo, OTHER_VILLAGE, "乙户主", "41132819800101002X");
    users.ensure("cadre", "pw", "村干部", MY_VILLAGE, Role.VILLAGE);
    users.ensure("countyuser", "pw", "县", "411328", Role.COUNTY);
  }

  long household(long batch, String no, String village, String head, String id) {
    return jdbc.sql(
            "insert into household (household_no, village_code, township_code, county_code,"
                + " city_code, province_code, head_name, head_id_number, household_type, phone,"
                + " batch_id, row_number) values (?, ?, substr(?, 1, 9), '411328', '4113', '41',"
                + " ?, ?, '一般农户', '13812345678', ?, 2) returning id")
        .param(no)
        .param(village)
        .param(village)
        .param(head)
        .param(id)
        .param(batch)
        .query(Long.class)
        .single();
  }

  @Test
  void aVillageCadreCannotOpenAnotherVillagesHouseholdByUrl() throws Exception {
    var cadre = user(lookup.loadUserByUsername("cadre"));
    mvc.perform(get("/households/" + mine).with(cadre))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("甲户主")));
    mvc.perform(get("/households/" + theirs).with(cadre)).andExpect(status().isNotFound());
    mvc.perform(get("/regions/" + OTHER_VILLAGE).with(cadre)).andExpect(status().isNotFound());
    mvc.perform(get("/regions/411328").with(cadre)).andExpect(status().isNotFound());
  }

  @Test
  void searchStaysWithinTheRegionAndMasksIdNumbers() throws Exception {
    var cadre = user(lookup.loadUserByUsername("cadre"));
    String page =
        mvc.perform(get("/households").param("q", theirsNo).with(cadre))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).doesNotContain("乙户主");
    page =
        mvc.perform(get("/households").param("q", "411328********0013").with(cadre))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("甲户主")
        .contains("411328********0013")
        .doesNotContain("411328198001010013");
    var county = user(lookup.loadUserByUsername("countyuser"));
    page =
        mvc.perform(get("/households").param("q", theirsNo).with(county))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("乙户主");
  }

  @Test
  void viewingAFullRecordIsAuditedAndPhonesAreMaskedForVillageUsers() throws Exception {
    var cadre = user(lookup.loadUserByUsername("cadre"));
    long before = audit.count("VIEW_HOUSEHOLD", mineNo);
    String page =
        mvc.perform(get("/households/" + mine).with(cadre))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(audit.count("VIEW_HOUSEHOLD", mineNo)).isEqualTo(before + 1);
    assertThat(page).contains("138****5678").doesNotContain("13812345678");
  }

  @Test
  void pagesNeedALogin() throws Exception {
    mvc.perform(get("/households/" + mine)).andExpect(status().is3xxRedirection());
  }
}
