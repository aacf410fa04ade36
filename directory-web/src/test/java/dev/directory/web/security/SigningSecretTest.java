package dev.directory.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.settings.ChosenDatabase;
import dev.directory.web.settings.ChosenDatabaseTest;
import dev.directory.web.settings.DirectorySettings;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningSecretTest {

  @TempDir Path home;

  private final SigningSecret secrets = new SigningSecret();

  @Test
  void aNodeOnPostgresqlWithoutTheSharedKeyRefusesToStartSayingWhatToSet() {
    ChosenDatabase postgres =
        ChosenDatabaseTest.chosen(
            home, Map.of("directory.database.url", "jdbc:postgresql://db.example.org/directory"));

    ConfigurationException refused =
        assertThrows(ConfigurationException.class, () -> secrets.key(settings(), postgres, ""));

    assertTrue(refused.getMessage().contains("every node needs the same signing key"));
    assertTrue(refused.getMessage().contains(SigningSecret.PROPERTY));
  }

  @Test
  void aNodeOnPostgresqlUsesTheKeyItIsGiven() {
    ChosenDatabase postgres =
        ChosenDatabaseTest.chosen(
            home, Map.of("directory.database.url", "jdbc:postgresql://db.example.org/directory"));

    assertEquals(
        "a key shared by every node, long enough",
        secrets.key(settings(), postgres, "a key shared by every node, long enough").value());
  }

  @Test
  void aNodeOnH2MakesItsOwnKeyInItsHomeAndKeepsIt() {
    ChosenDatabase h2 = ChosenDatabaseTest.chosen(home, Map.of());

    String made = secrets.key(settings(), h2, "").value();

    assertEquals(64, made.length());
    assertTrue(Files.exists(home.resolve("secret")));
    assertEquals(made, secrets.key(settings(), h2, "").value());
  }

  private DirectorySettings settings() {
    return new DirectorySettings(home, Path.of("data"), 500);
  }
}
