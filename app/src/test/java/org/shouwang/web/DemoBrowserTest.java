package org.shouwang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.shouwang.demo.DemoSetup;
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
  WebDriver browser;

  @BeforeEach
  void startBrowser() throws Exception {
    demo.ensureWorld(300, 7);
    demo.ensureAccounts();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory("chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
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
    screenshot("household-zh");

    browser.findElement(By.id("lang-en")).click();
    assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Members");
    browser.get(url("/?lang=zh_CN"));
  }

  void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(
        dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
