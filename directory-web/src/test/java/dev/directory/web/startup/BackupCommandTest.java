package dev.directory.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.person.People;
import io.micronaut.context.ApplicationContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {

  @TempDir Path home;
  @TempDir Path restored;
  @TempDir Path backups;

  @AfterEach
  void forgetTheHome() {
    System.clearProperty("directory.home");
  }

  @Test
  void aBackupUnzippedIntoAnotherHomeHoldsTheSameRecords() throws Exception {
    System.setProperty("directory.home", home.toString());
    assertEquals(0, ImportCommand.run(new String[] {"import", "../data"}));
    Path backup = backups.resolve("directory.zip");

    assertEquals(0, BackupCommand.run(new String[] {"backup", backup.toString()}));

    unzip(backup, restored.resolve("db"));
    System.setProperty("directory.home", restored.toString());
    try (ApplicationContext context =
        ApplicationContext.builder().environments(ImportCommand.ENVIRONMENT).start()) {
      People people = context.getBean(People.class);
      assertEquals(3, people.count());
      assertTrue(people.find("sebastian-mathews").isPresent());
    }
  }

  @Test
  void neverWritesOverAFileThatExists() throws Exception {
    System.setProperty("directory.home", home.toString());
    Path taken = Files.writeString(backups.resolve("taken.zip"), "something else");

    assertEquals(1, BackupCommand.run(new String[] {"backup", taken.toString()}));
    assertEquals("something else", Files.readString(taken));
  }

  private static void unzip(Path zip, Path into) throws Exception {
    Files.createDirectories(into);
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        Files.copy(entries, into.resolve(Path.of(entry.getName()).getFileName()));
      }
    }
  }
}
