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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV and workbook exports opened by LibreOffice Calc, a spreadsheet that is not ours:
 * headless, it reads the file as a person's double-click would and writes back what its cells show.
 * Without LibreOffice the test is skipped, unless {@code DIRECTORY_OFFICE_TESTS=required} (as in
 * CI).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsInLibreOfficeTest implements TemporaryHome {

  private static final Path SOFFICE = Path.of("/usr/bin/soffice");

  @Inject
  @Client("/")
  HttpClient client;

  @TempDir Path work;

  @Test
  void opensTheCsvWithAccentsAndPhoneNumbersIntactAndRunsNoFormula() throws Exception {
    requireCalc();
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
    List<String> shown = openInCalc(file, "--infilter=CSV:44,34,76,1", "directory.csv");

    assertTrue(
        shown.stream().anyMatch(l -> l.contains("Sebastián Mathews")), String.join("\n", shown));
    assertTrue(shown.stream().anyMatch(l -> l.contains(",+56 02 9633710,")), "phone as written");
    String giron =
        shown.stream().filter(l -> l.startsWith("norberto-giron,")).findFirst().orElseThrow();
    assertTrue(giron.contains("=HYPERLINK("), "the title is shown as text, not run: " + giron);
    assertFalse(giron.contains(",click,"), giron);
    assertFalse(
        shown.stream().anyMatch(l -> l.contains("Err:") || l.contains("#NAME")), "no errors");
  }

  /**
   * What README says of a CSV in a spreadsheet, and why there is a workbook: a phone written
   * without spaces ({@code +442079460018}, {@code 00442079460018}) opens from the CSV as a number,
   * its sign or leading zeros lost, and from the workbook as the text it is.
   */
  @Test
  void opensAPhoneWrittenWithoutSpacesAsANumberFromCsvButAsWrittenFromTheWorkbook()
      throws Exception {
    requireCalc();
    Map<String, Object> person = new HashMap<>();
    person.put("id", "test-spreadsheet-phones");
    person.put("givenName", "Test");
    person.put("familyName", "Spreadsheet");
    person.put("organization", Map.of("id", "iom-chile"));
    person.put("visibility", "internal");
    person.put(
        "phones",
        List.of(
            Map.of("type", "work", "number", "+442079460018"),
            Map.of("type", "mobile", "number", "00442079460019")));
    client.toBlocking().exchange(HttpRequest.POST("/api/people", person));
    waitUntilSearchable("spreadsheet");
    String query = "/api/search/export?q=test%20spreadsheet&type=person&format=";

    Path csv = work.resolve("phones.csv");
    Files.write(csv, client.toBlocking().retrieve(query + "csv", byte[].class));
    String fromCsv =
        openInCalc(csv, "--infilter=CSV:44,34,76,1", "phones.csv").stream()
            .filter(line -> line.startsWith("test-spreadsheet-phones,"))
            .findFirst()
            .orElseThrow();
    Path xlsx = work.resolve("phones.xlsx");
    Files.write(xlsx, client.toBlocking().retrieve(query + "xlsx", byte[].class));
    List<String> fromWorkbook = openInCalc(xlsx, "--infilter=Calc MS Excel 2007 XML", "phones.csv");

    assertTrue(fromCsv.contains(",442079460018,"), "CSV: the sign is lost: " + fromCsv);
    String row =
        fromWorkbook.stream()
            .filter(line -> line.startsWith("test-spreadsheet-phones,"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(String.join("\n", fromWorkbook)));
    assertTrue(row.contains(",+442079460018,"), "workbook: as written: " + row);
    assertTrue(row.matches(".*,\\d{4}-\\d{2}-\\d{2}$"), "last changed shown as a date: " + row);
    assertEquals(
        "id,type,name,title,organization,held_by,city,country,country_code,phone,email,page,last_changed",
        fromWorkbook.get(0));
  }

  private static void requireCalc() {
    boolean installed = Files.isExecutable(SOFFICE);
    if (!installed && "required".equals(System.getenv("DIRECTORY_OFFICE_TESTS"))) {
      throw new IllegalStateException(
          "LibreOffice is required but /usr/bin/soffice is missing; install libreoffice-calc-nogui");
    }
    Assumptions.assumeTrue(installed, "Skipping: install libreoffice-calc-nogui to run it");
  }

  /**
   * The cells of {@code file}'s first sheet as Calc shows them, written back as UTF-8 CSV, a line
   * per row.
   */
  private List<String> openInCalc(Path file, String filter, String written)
      throws IOException, InterruptedException {
    Path out = Files.createDirectories(work.resolve("out"));
    Process calc =
        new ProcessBuilder(
                SOFFICE.toString(),
                "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless",
                filter,
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
    return Files.readAllLines(out.resolve(written), StandardCharsets.UTF_8);
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
