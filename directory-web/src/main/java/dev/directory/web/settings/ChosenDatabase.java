package dev.directory.web.settings;

import dev.directory.core.storage.DatabaseKind;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The database this node keeps its records in. PostgreSQL (or another H2) when {@code
 * DIRECTORY_DATABASE_URL} ({@code directory.database.url}) or {@code datasources.default.url} names
 * one, with {@code DIRECTORY_DATABASE_USERNAME} and {@code DIRECTORY_DATABASE_PASSWORD}; otherwise
 * the H2 file under the home folder.
 */
@Singleton
public final class ChosenDatabase {

  private final DatabaseKind kind;
  private final String url;
  private final Optional<String> username;
  private final Optional<String> password;

  @Inject
  ChosenDatabase(DirectorySettings settings, Environment environment) {
    this(settings, (PropertyResolver) environment);
  }

  ChosenDatabase(DirectorySettings settings, PropertyResolver environment) {
    Optional<String> configured =
        text(environment, "directory.database.url")
            .or(() -> text(environment, "datasources.default.url"));
    try {
      this.kind = configured.map(DatabaseKind::of).orElse(DatabaseKind.H2);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage());
    }
    // AUTO_SERVER lets the import command write while the server is running. WRITE_DELAY=0
    // writes each commit to the file before the commit returns (H2's default waits up to half a
    // second), so nothing the directory has answered for is lost when the process dies. A
    // larger query cache spares each connection parsing the same statements again. A writer waits
    // up to ten seconds for another's lock (H2's default, two, is less than a large import holds
    // it; PostgreSQL waits as long as it takes).
    String given =
        configured.orElseGet(
            () ->
                "jdbc:h2:file:"
                    + settings.database()
                    + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;QUERY_CACHE_SIZE=128;LOCK_TIMEOUT=10000");
    // Names as PostgreSQL keeps them (lower case), so that the same queries run on both.
    // PostgreSQL's driver sends a batch of inserts as multi-row inserts only when asked to.
    if (kind == DatabaseKind.H2 && !given.toUpperCase().contains("DATABASE_TO_LOWER")) {
      this.url = given + ";DATABASE_TO_LOWER=TRUE";
    } else if (kind == DatabaseKind.POSTGRESQL && !given.contains("reWriteBatchedInserts")) {
      this.url = given + (given.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    } else {
      this.url = given;
    }
    this.username = text(environment, "directory.database.username");
    this.password = text(environment, "directory.database.password");
  }

  public DatabaseKind kind() {
    return kind;
  }

  public String url() {
    return url;
  }

  Optional<String> username() {
    return username;
  }

  Optional<String> password() {
    return password;
  }

  private static Optional<String> text(PropertyResolver environment, String property) {
    return environment.getProperty(property, String.class).filter(value -> !value.isBlank());
  }
}
