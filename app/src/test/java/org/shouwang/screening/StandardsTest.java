package org.shouwang.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A county administrator sets their county's line; the next decision uses and names it. */
@AutoConfigureMockMvc
class StandardsTest extends DatabaseTest {
  static final String COUNTY = "411381"; // 邓州市

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired UserDetailsService lookup;
  @Autowired Standards standards;

  @Test
  void aCountyAdministratorAddsAVersionForTheirCountyOnly() throws Exception {
    users.ensure("dengzhou", "pw", "邓州市乡村振兴局", COUNTY, Role.COUNTY);
    var admin = user(lookup.loadUserByUsername("dengzhou"));
    mvc.perform(
        post("/standards")
            .param(
                "text",
                "province,county,year,document,effective,version,line\n"
                    + "41,411328,2025,别县〔2025〕1号,2025-01-01,1,9000")
            .with(admin)
            .with(csrf()));
    assertThat(standards.all().inForce("411328", LocalDate.of(2025, 6, 30)).documentNumber())
        .doesNotContain("别县");

    mvc.perform(
        post("/standards")
            .param(
                "text",
                "province,county,year,document,effective,version,line,illness_lifted\n"
                    + "41,411381,2025,邓乡振〔2025〕3号,2025-04-01,1,8100,4000")
            .with(admin)
            .with(csrf()));
    var inForce = standards.all().inForce(COUNTY, LocalDate.of(2025, 6, 30));
    assertThat(inForce.documentNumber()).isEqualTo("邓乡振〔2025〕3号");
    assertThat(inForce.monitoringLineFen()).isEqualTo(8100_00);
    assertThat(inForce.illnessSelfPaidLiftedFen()).isEqualTo(4000_00);
    assertThat(standards.all().inForce(COUNTY, LocalDate.of(2025, 3, 31)).monitoringLineFen())
        .isEqualTo(7800_00);
    String page =
        mvc.perform(get("/standards").with(admin)).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("邓乡振〔2025〕3号").contains("8100.00");
  }
}
