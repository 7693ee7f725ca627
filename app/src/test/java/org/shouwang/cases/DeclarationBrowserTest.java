package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.shouwang.Shouwang;
import org.shouwang.demo.DemoSetup;
import org.shouwang.testing.Browser;
import org.shouwang.testing.DatabaseTest;
import org.shouwang.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A self-declaration on the public page, taken by the township, the village and the county to a
 * monitoring object in a real browser; the clock moves past the five days of public notice.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeclarationBrowserTest extends DatabaseTest {
  static final MutableClock CLOCK =
      new MutableClock(Instant.parse("2025-07-01T01:00:00Z"), Shouwang.ZONE);

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MutableClock testClock() {
      return CLOCK;
    }
  }

  @LocalServerPort int port;
  @Autowired DemoSetup demo;
  @Autowired JdbcClient jdbc;
  @Autowired MonitoringObjectLedger ledger;
  @Autowired NoticePdf noticePdf;
  @Autowired Cases cases;
  @Autowired CaseList caseList;

  @Test
  void aDeclarationBecomesAMonitoringObject() throws Exception {
    demo.ensureWorld(300, 7);
    demo.ensureAccounts();
    String village =
        jdbc.sql("select region_code from app_user where username = 'village'")
            .query(String.class)
            .single();
    String[] person =
        jdbc.sql(
                "select m.id_number, m.name from member m join household h on h.id = m.household_id"
                    + " where m.village_code = ? and not exists (select 1 from identification_case c"
                    + " where c.household_id = h.id) order by m.id_number limit 1")
            .param(village)
            .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
            .single();

    try (Browser b = new Browser(port)) {
      WebDriver d = b.driver();
      b.open("/apply?area=" + village.substring(0, 9));
      new Select(d.findElement(By.id("area"))).selectByValue(village);
      b.click(By.id("next"));
      d.findElement(By.id("name")).sendKeys(person[1]);
      d.findElement(By.id("idNumber")).sendKeys(person[0]);
      d.findElement(By.id("phone")).sendKeys("13800001234");
      new Select(d.findElement(By.id("hardship"))).selectByValue("ILLNESS");
      d.findElement(By.id("description")).sendKeys("户主突发重病住院，医疗费用负担重。");
      b.click(By.id("submit"));
      String receipt = d.findElement(By.id("receipt")).getText();
      assertThat(receipt).matches("SB\\d{14}");
      b.screenshot("declaration-receipt");

      long caseId =
          jdbc.sql("select case_id from declaration where receipt = ?")
              .param(receipt)
              .query(Long.class)
              .single();
      String page = "/cases/" + caseId;

      CLOCK.advance(Duration.ofDays(3)); // the township let the 2-day acceptance limit pass
      b.logIn("county", DemoSetup.PASSWORD);
      b.open("/");
      assertThat(d.findElement(By.id("overdue")).getText()).contains(Long.toString(caseId));

      b.logIn("township", DemoSetup.PASSWORD);
      b.open(page);
      b.click(By.id("accept"));
      assertThat(step(d)).contains("入户核实");

      b.logIn("village", DemoSetup.PASSWORD);
      b.open(page);
      d.findElement(By.id("verifiers")).sendKeys("village, 李四");
      d.findElement(By.id("authorisation")).click();
      d.findElement(By.id("findings")).sendKeys("属实");
      b.click(By.cssSelector("#verify button"));
      assertThat(step(d)).contains("信息比对");

      b.logIn("county", DemoSetup.PASSWORD);
      b.open(page);
      b.click(By.id("compare-submit"));
      assertThat(step(d)).contains("民主评议");

      b.logIn("village", DemoSetup.PASSWORD);
      b.open(page);
      d.findElement(By.id("minutes")).sendKeys("村民代表一致同意");
      b.click(By.cssSelector("#review button"));
      assertThat(step(d)).contains("公示");
      b.click(By.cssSelector("#notice button"));
      b.click(By.id("close-notice"));
      assertThat(d.findElement(By.id("error")).getText())
          .as("the notice has not ended")
          .isNotEmpty();
      CLOCK.advance(Duration.ofDays(6));
      b.open(page);
      b.click(By.id("close-notice"));
      assertThat(step(d)).contains("乡镇审核");

      b.open(page + "/notice");
      assertThat(d.getPageSource()).contains(person[1]).doesNotContain(person[0]);
      var pdf = new java.io.ByteArrayOutputStream();
      long householdId =
          jdbc.sql("select household_id from identification_case where id = ?")
              .param(caseId)
              .query(Long.class)
              .single();
      noticePdf.write(
          cases.get(caseId), caseList.household(householdId), java.time.LocalDate.now(CLOCK), pdf);
      var reader = new com.lowagie.text.pdf.PdfReader(pdf.toByteArray());
      String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
      assertThat(text).contains(person[1]).contains("公示期").doesNotContain(person[0]);
      java.nio.file.Files.write(
          java.nio.file.Path.of("target", "screenshots", "notice.pdf"), pdf.toByteArray());

      b.logIn("township", DemoSetup.PASSWORD);
      b.open(page);
      d.findElement(By.id("opinion")).sendKeys("同意");
      b.click(By.id("approve-township"));
      assertThat(step(d)).contains("县级审定");

      b.logIn("county", DemoSetup.PASSWORD);
      b.open(page);
      new Select(d.findElement(By.id("category"))).selectByValue("SUDDEN_SEVERE_HARDSHIP");
      d.findElement(By.cssSelector("#county input[value=ILLNESS]")).click();
      b.click(By.id("approve-county"));
      assertThat(step(d)).contains("纳入监测对象");
      b.screenshot("case-approved");

      var sheet = new java.io.ByteArrayOutputStream();
      ledger.write(new org.shouwang.access.RegionScope(DemoSetup.COUNTY), true, sheet);
      try (var wb =
          new org.dhatim.fastexcel.reader.ReadableWorkbook(
              new java.io.ByteArrayInputStream(sheet.toByteArray()))) {
        var row =
            wb.getFirstSheet().read().stream()
                .filter(
                    r -> person[0].equals(r.getCellText(2)) || r.getCellText(1).equals(person[1]))
                .findFirst()
                .orElseThrow();
        assertThat(row.getCellText(9)).isEqualTo("突发严重困难户");
        assertThat(row.getCellText(10)).isEqualTo("因病");
        assertThat(row.getCellText(15)).isEqualTo("202507");
      }

      b.open("/apply/status?receipt=" + receipt + "&idNumber=" + person[0]);
      assertThat(d.findElement(By.id("status")).getText()).contains("纳入监测对象");
    }
  }

  static String step(WebDriver d) {
    var found = d.findElements(By.id("step"));
    assertThat(found)
        .as(d.getCurrentUrl() + "\n" + d.findElement(By.tagName("body")).getText())
        .isNotEmpty();
    return found.get(0).getText();
  }
}
