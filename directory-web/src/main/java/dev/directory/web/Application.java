package dev.directory.web;

import dev.directory.web.startup.ImportCommand;
import io.micronaut.runtime.Micronaut;

/**
 * Starts the directory's HTTP server, or, with {@code import DIR}, imports a folder of CSV files
 * into the database and exits.
 */
public final class Application {

  private Application() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("import")) {
      System.exit(ImportCommand.run(args));
    }
    Micronaut.run(Application.class, args);
  }
}
