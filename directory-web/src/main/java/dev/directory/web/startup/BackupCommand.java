package dev.directory.web.startup;

import dev.directory.core.storage.DatabaseKind;
import dev.directory.core.storage.H2Backup;
import dev.directory.web.settings.ChosenDatabase;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar directory-web.jar backup FILE.zip}: a copy of the home's H2 database, safe to
 * take while the server runs (H2's {@code BACKUP TO} copies a consistent state). To restore it,
 * stop the server and unzip the file into the home's {@code db} folder. A PostgreSQL database is
 * backed up with its own tools ({@code pg_dump}, see README).
 */
public final class BackupCommand {

  private BackupCommand() {}

  /**
   * @return the process exit code: 0 written, 1 failed, 2 wrong usage
   */
  public static int run(String[] args) {
    if (args.length != 2) {
      System.err.println("Usage: java -jar directory-web.jar backup FILE.zip");
      return 2;
    }
    Path file = Path.of(args[1]).toAbsolutePath().normalize();
    if (Files.exists(file)) {
      System.err.println("Not written: " + file + " exists already.");
      return 1;
    }
    try (ApplicationContext context =
        ApplicationContext.builder().environments(ImportCommand.ENVIRONMENT).start()) {
      if (context.getBean(ChosenDatabase.class).kind() != DatabaseKind.H2) {
        System.err.println(
            "The directory's database is PostgreSQL: back it up with pg_dump (see README).");
        return 1;
      }
      context.getBean(H2Backup.class).writeTo(file);
      System.out.println("Backed up the database to " + file);
      return 0;
    } catch (RuntimeException e) {
      System.err.println("Could not back up the database to " + file + ": " + e.getMessage());
      return 1;
    }
  }
}
