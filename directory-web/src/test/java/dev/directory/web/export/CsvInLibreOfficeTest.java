package dev.directory.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV export opened by LibreOffice Calc, a spreadsheet that is not ours: headless, it reads the
 * file as a person's double-click would and writes back what its cells show. Without LibreOffice
 * the test is skipped, unless {@code DIRECTORY_OFFICE_TESTS=required} (as in CI).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvInLibreOfficeTest implements TemporaryHome {

  private static final Path SOFFICE = Path.of("/usr/bin/soffice");

  @Inject
  @Client("/")
  HttpClient client;

  @TempDir Path work;

  @Test
  void opensWithAccentsAndPhoneNumbersIntactAndRunsNoFormula() throws Exception {
    boolean installed = Files.isExecutable(SOFFICE);
    if (!installed && "required".equals(System.getenv("DIRECTORY_OFFICE_TESTS"))) {
      throw new IllegalStateException(
          "LibreOffice is required but /usr/bin/soffice is missing; install libreoffice-calc-nogui");
    }
    Assumptions.assumeTrue(installed, "Skipping: install libreoffice-calc-nogui to run it");
    Map<String, Object> person =
        client.toBlocking().retrieve("/api/people/norberto-giron", Map.class);
    person.put("title", "=HYPERLINK(\"http://example.org\";\"click\")");
    client.toBlocking().exchange(HttpRequest.PUT("/api/people/norberto-giron", person));
    waitUntilSearchable("hyperlink");

    byte[] csv =
        client
            .toBlocking()
            .retrieve(HttpRequest.GET("/api/search/export?format=csv&sort=name"), byte[].class);
    Path file = work.resolve("directory.csv");
    Files.write(file, csv);
    List<String> shown = openInCalc(file);

    assertTrue(
        shown.stream().anyMatch(l -> l.contains("Sebastián Mathews")), String.join("\n", shown));
    assertTrue(shown.stream().anyMatch(l -> l.contains(",+56 02 9633710,")), "phone as written");
    String giron =
        shown.stream().filter(l -> l.contains("Norberto Girón")).findFirst().orElseThrow();
    assertTrue(giron.contains("=HYPERLINK("), "the title is shown as text, not run: " + giron);
    assertFalse(giron.contains(",click,"), giron);
    assertFalse(
        shown.stream().anyMatch(l -> l.contains("Err:") || l.contains("#NAME")), "no errors");
  }

  /** The cells as Calc shows them, written back as UTF-8 CSV, a line per row. */
  private List<String> openInCalc(Path file) throws IOException, InterruptedException {
    Path out = Files.createDirectories(work.resolve("out"));
    Process calc =
        new ProcessBuilder(
                SOFFICE.toString(),
                "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless",
                "--infilter=CSV:44,34,76,1",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
                "--outdir",
                out.toString(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("soffice.log").toFile())
            .start();
    assertTrue(calc.waitFor(120, TimeUnit.SECONDS), "LibreOffice finished");
    assertEquals(0, calc.exitValue(), Files.readString(work.resolve("soffice.log")));
    return Files.readAllLines(out.resolve("directory.csv"), StandardCharsets.UTF_8);
  }

  private void waitUntilSearchable(String word) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < deadline) {
      Map<?, ?> found = client.toBlocking().retrieve("/api/search?q=" + word, Map.class);
      if (((Number) found.get("total")).longValue() > 0) {
        return;
      }
      Thread.sleep(50);
    }
  }
}
