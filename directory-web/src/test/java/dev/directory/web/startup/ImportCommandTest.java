package dev.directory.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.search.sync.IndexSync;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar directory-web.jar import DIR}, run in-process against a fresh home. */
class ImportCommandTest {

  @TempDir Path home;
  @TempDir Path files;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void captureOutput() {
    System.setProperty("directory.home", home.toString());
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.clearProperty("directory.home");
  }

  @Test
  void importsAFolderIntoTheHomeDatabaseAndSaysWhatItCreated() {
    int exit = ImportCommand.run(new String[] {"import", "../data"});

    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    assertTrue(
        out.toString(StandardCharsets.UTF_8)
            .contains("people.csv: 3 created, 0 updated, 0 unchanged"),
        out.toString(StandardCharsets.UTF_8));
    assertTrue(Files.exists(home.resolve("db").resolve("directory.mv.db")));
  }

  @Test
  void refusesABadFileWithEveryProblemAndExitCodeOne() throws Exception {
    Files.writeString(
        files.resolve("people.csv"),
        "id,given_name,family_name,organization_id,emails\n"
            + "sebastian-mathews,Sebastián,Mathews,iom-chile,mathews@\n");

    int exit = ImportCommand.run(new String[] {"import", files.toString()});

    assertEquals(1, exit);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("nothing was changed"), message);
    assertTrue(
        message.contains("people.csv:2:emails: “mathews@” is not an e-mail address"), message);
    assertTrue(
        message.contains("people.csv:2:organization_id: no organisation has the id “iom-chile”"),
        message);
  }

  @Test
  void namesTheRecordsItWroteThatLookLikeOthersOnceTheHomeHasAnIndex() throws Exception {
    ImportCommand.run(new String[] {"import", "../data"});
    assertTrue(
        out.toString(StandardCharsets.UTF_8).contains("Possible duplicates were not looked for"),
        "a new home has no index to weigh names against: " + out);
    try (ApplicationContext context =
        ApplicationContext.builder().environments(ImportCommand.ENVIRONMENT).start()) {
      context.getBean(IndexSync.class).rebuild();
    }
    Files.writeString(
        files.resolve("people.csv"),
        "id,given_name,family_name,organization_id,emails\n"
            + "test-second-mathews,Sebastian,Mathews,iom-chile,work: iomsantiagopress@iom.int\n"
            + "test-fake-one,Quillon,Testerby,iom-chile,work: q.testerby@example.org\n"
            + "test-fake-two,Quilon,Testerby,iom-chile,work: q.testerby@example.org\n");
    out.reset();

    int exit = ImportCommand.run(new String[] {"import", files.toString()});

    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    String said = out.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("Possible duplicates (2), best first:"), said);
    assertTrue(
        said.contains("sebastian-mathews “Sebastián Mathews” and test-second-mathews"), said);
    assertTrue(said.contains("test-fake-one “Quillon Testerby” and test-fake-two"), said);
  }

  @Test
  void explainsItsUsageWithoutAFolder() {
    int exit = ImportCommand.run(new String[] {"import"});

    assertEquals(2, exit);
    assertEquals(
        "Usage: java -jar directory-web.jar import FOLDER",
        err.toString(StandardCharsets.UTF_8).strip());
  }
}
