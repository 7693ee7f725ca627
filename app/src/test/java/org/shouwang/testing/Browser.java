package org.shouwang.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium, headless, driven by Selenium, for the browser tests. */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final int port;

  public Browser(int port) throws Exception {
    this.port = port;
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
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build(),
            options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  public void logIn(String user, String password) {
    driver.manage().deleteAllCookies();
    open("/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("login")).click();
  }

  /** Clicks and waits for the next page to replace this one. */
  public void click(By what) {
    var element = driver.findElement(what);
    try {
      element.click();
    } catch (org.openqa.selenium.WebDriverException e) {
      // the page was still settling: find the element again on the settled page
      element = driver.findElement(what);
      element.click();
    }
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
  }

  public void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(
        dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
