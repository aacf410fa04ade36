package dev.directory.web;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a test class a fresh home folder (H2 file database and Lucene index on disk) and the
 * project's seed data, as a first start on a new machine would have. Test classes using it need
 * {@code @TestInstance(PER_CLASS)}, as Micronaut reads the properties once per class.
 */
public interface TemporaryHome extends TestPropertyProvider {

  /** The first admin's password in tests; requests sign in with it unless they say otherwise. */
  String ADMIN_PASSWORD = "test admin password";

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
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
