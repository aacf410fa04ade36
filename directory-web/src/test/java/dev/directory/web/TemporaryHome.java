package dev.directory.web;

import dev.directory.core.testing.TestDatabase;
import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a test class a fresh home folder (H2 file database and Lucene index on disk) and the
 * project's seed data, as a first start on a new machine would have. With {@code
 * DIRECTORY_TEST_POSTGRES_URL} set, the database is a new schema of that PostgreSQL instead. Test
 * classes using it need {@code @TestInstance(PER_CLASS)}, as Micronaut reads the properties once
 * per class.
 */
public interface TemporaryHome extends TestPropertyProvider {

  /** The first admin's password in tests; requests sign in with it unless they say otherwise. */
  String ADMIN_PASSWORD = "test admin password";

  String SIGNING_KEY = "micronaut.security.token.jwt.signatures.secret.generator.secret";

  @Override
  default Map<String, String> getProperties() {
    return homeAnd(Map.of());
  }

  /** The fresh home and seed, and more settings of the test class. */
  default Map<String, String> homeAnd(Map<String, String> settings) {
    try {
      Map<String, String> properties = new HashMap<>(settings);
      properties.put("directory.home", Files.createTempDirectory("directory-home").toString());
      properties.put("directory.seed", "../data");
      properties.put("directory.admin-password", ADMIN_PASSWORD);
      if (TestDatabase.postgres()) {
        TestDatabase.Fresh database = TestDatabase.fresh();
        properties.put("directory.database.url", database.url());
        properties.put("directory.database.username", database.username());
        properties.put("directory.database.password", database.password());
        properties.put(SIGNING_KEY, "a signing key shared by every node of the tests");
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
