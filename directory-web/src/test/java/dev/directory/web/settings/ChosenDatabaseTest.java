package dev.directory.web.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.storage.DatabaseKind;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ChosenDatabaseTest {

  @TempDir Path home;

  @Test
  void keepsTheRecordsInTheHomeFolderUnlessADatabaseIsNamed() {
    ChosenDatabase database = chosen(Map.of());

    assertEquals(DatabaseKind.H2, database.kind());
    assertTrue(database.url().startsWith("jdbc:h2:file:" + home.resolve("db")), database.url());
  }

  @Test
  void usesThePostgresqlThatDirectoryDatabaseUrlNames() {
    ChosenDatabase database =
        chosen(Map.of("directory.database.url", "jdbc:postgresql://db.example.org/directory"));

    assertEquals(DatabaseKind.POSTGRESQL, database.kind());
    assertEquals(
        "jdbc:postgresql://db.example.org/directory?reWriteBatchedInserts=true", database.url());
  }

  @Test
  void asksPostgresqlsDriverForMultiRowInsertsKeepingTheUrlsOwnParameters() {
    ChosenDatabase database =
        chosen(
            Map.of(
                "directory.database.url",
                "jdbc:postgresql://db.example.org/directory?sslmode=require"));

    assertEquals(
        "jdbc:postgresql://db.example.org/directory?sslmode=require&reWriteBatchedInserts=true",
        database.url());
  }

  @Test
  void refusesADatabaseItDoesNotRunOnSayingWhichItDoes() {
    ConfigurationException refused =
        assertThrows(
            ConfigurationException.class,
            () ->
                chosen(Map.of("directory.database.url", "jdbc:mysql://db.example.org/directory")));

    assertTrue(
        refused.getMessage().contains("must start with “jdbc:postgresql:” (PostgreSQL)"),
        refused.getMessage());
    assertTrue(refused.getMessage().contains("not “jdbc:mysql:”"), refused.getMessage());
  }

  private ChosenDatabase chosen(Map<String, Object> properties) {
    return chosen(home, properties);
  }

  /** The database a node with {@code home} and these settings keeps its records in. */
  public static ChosenDatabase chosen(Path home, Map<String, Object> properties) {
    return new ChosenDatabase(
        new DirectorySettings(home, Path.of("data"), 500),
        new PropertySourcePropertyResolver(PropertySource.of(properties)));
  }
}
