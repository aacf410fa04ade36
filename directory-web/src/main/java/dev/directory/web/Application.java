package dev.directory.web;

import dev.directory.web.startup.BackupCommand;
import dev.directory.web.startup.ImportCommand;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * Starts the directory's HTTP server; or, with {@code import DIR}, imports a folder of CSV files
 * into the database and exits; or, with {@code backup FILE.zip}, copies the H2 database.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Directory",
            version = "1",
            description =
                "Contacts and stakeholders of the organisation's mission offices: search with"
                    + " facets, whole records, type-ahead and exports. Errors answer"
                    + " {\"message\": \"…\"} in plain words. Staff sign in with HTTP Basic, an"
                    + " API token (Authorization: Bearer dir_…) or the sign-in cookie; sending a"
                    + " press inquiry needs none."),
    servers = @Server(url = "/"),
    security = {
      @SecurityRequirement(name = "basic"),
      @SecurityRequirement(name = "token"),
      @SecurityRequirement(name = "cookie")
    })
@SecurityScheme(
    name = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "An account's name and password")
@SecurityScheme(
    name = "token",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An API token, issued at /account: dir_…")
@SecurityScheme(
    name = "cookie",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    paramName = "JWT",
    description = "The sign-in cookie that the sign-in page sets")
public final class Application {

  private Application() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("import")) {
      System.exit(ImportCommand.run(args));
    }
    if (args.length > 0 && args[0].equals("backup")) {
      System.exit(BackupCommand.run(args));
    }
    Micronaut.run(Application.class, args);
  }
}
