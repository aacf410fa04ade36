package dev.directory.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void explainsItsUsageWithoutAFolder() {
    int exit = ImportCommand.run(new String[] {"import"});

    assertEquals(2, exit);
    assertEquals(
        "Usage: java -jar directory-web.jar import FOLDER",
        err.toString(StandardCharsets.UTF_8).strip());
  }
}
