package dev.directory.web.startup;

import dev.directory.core.importing.CsvImporter;
import dev.directory.core.importing.ImportFailedException;
import dev.directory.core.importing.ImportResult;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code java -jar directory-web.jar import DIR}: imports a folder of CSV files into the database,
 * names the records written that look like others, and exits. It works whether or not the server is
 * running; a running server picks the changes up within a second, a stopped one when it next
 * starts.
 */
public final class ImportCommand {

  /** The environment of the command: no server, no first-start import, no index. */
  public static final String ENVIRONMENT = "cli";

  private ImportCommand() {}

  /**
   * @return the process exit code: 0 imported, 1 refused or failed, 2 wrong usage
   */
  public static int run(String[] args) {
    if (args.length != 2) {
      System.err.println("Usage: java -jar directory-web.jar import FOLDER");
      return 2;
    }
    Path dir = Path.of(args[1]);
    try (ApplicationContext context =
        ApplicationContext.builder().environments(ENVIRONMENT).start()) {
      ImportResult result = context.getBean(CsvImporter.class).importFrom(dir);
      System.out.println("Imported " + dir + ": " + result);
      ImportedDuplicates.report(context, result, System.out);
      return 0;
    } catch (ImportFailedException e) {
      System.err.println(e.getMessage());
      return 1;
    } catch (IOException e) {
      System.err.println("Could not read " + dir + ": " + e.getMessage());
      return 1;
    }
  }
}
