package org.shouwang.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.shouwang.demo.DemoSetup;
import org.shouwang.testing.Browser;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo in a real browser: log in, walk the region tree to a village, open a household. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoBrowserTest extends DatabaseTest {
  @LocalServerPort int port;
  @Autowired DemoSetup demo;
  Browser b;
  WebDriver browser;

  @BeforeEach
  void startBrowser() throws Exception {
    demo.ensureWorld(300, 7);
    demo.ensureAccounts();
    b = new Browser(port);
    browser = b.driver();
  }

  @AfterEach
  void stopBrowser() {
    if (b != null) {
      b.close();
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void countyUserOpensAVillageAndAHousehold() throws Exception {
    browser.get(url("/"));
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    browser.findElement(By.id("username")).sendKeys("county");
    browser.findElement(By.id("password")).sendKeys(DemoSetup.PASSWORD);
    browser.findElement(By.id("login")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("唐河县");

    browser.findElement(By.linkText("农户台账")).click();
    var townships = browser.findElements(By.cssSelector("#children tbody tr"));
    assertThat(townships).hasSize(24);
    browser.findElement(By.linkText("桐寨铺镇")).click();
    var firstVillageWithPeople =
        browser.findElements(By.cssSelector("#children tbody tr")).stream()
            .filter(tr -> !tr.findElements(By.tagName("td")).get(2).getText().equals("0"))
            .findFirst()
            .orElseThrow();
    firstVillageWithPeople.findElement(By.tagName("a")).click();
    var households = browser.findElements(By.cssSelector("#households tbody tr"));
    assertThat(households).isNotEmpty();
    String masked = households.get(0).findElements(By.tagName("td")).get(3).getText();
    assertThat(masked).matches("411328\\*{8}\\d{3}[\\dX]");

    households.get(0).findElement(By.tagName("a")).click();
    assertThat(browser.findElements(By.cssSelector("#members tbody tr"))).isNotEmpty();
    assertThat(browser.findElement(By.id("incomes")).getText()).contains("2024").contains("2023");
    b.screenshot("household-zh");

    browser.findElement(By.id("lang-en")).click();
    assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Members");
    browser.get(url("/?lang=zh_CN"));
  }
}
