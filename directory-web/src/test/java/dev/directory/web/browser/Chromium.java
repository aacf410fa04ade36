package dev.directory.web.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, as the browser tests drive it: a new profile each time, and none of
 * the background connections this machine's closed network refuses.
 */
final class Chromium {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  static boolean installed() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  /**
   * @param more further arguments, such as a window size
   */
  static ChromeDriver start(String... more) throws IOException {
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(BINARY.toString())
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chromium"))
            .addArguments(more);
    return new ChromeDriver(
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .usingAnyFreePort()
            .build(),
        options);
  }
}
