package dev.directory.web;

import dev.directory.web.startup.ImportCommand;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * Starts the directory's HTTP server, or, with {@code import DIR}, imports a folder of CSV files
 * into the database and exits.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Directory",
            version = "1",
            description =
                "Contacts and stakeholders of the organisation's mission offices: search with"
                    + " facets, whole records, type-ahead and exports. Errors answer"
                    + " {\"message\": \"…\"} in plain words."))
public final class Application {

  private Application() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("import")) {
      System.exit(ImportCommand.run(args));
    }
    Micronaut.run(Application.class, args);
  }
}
