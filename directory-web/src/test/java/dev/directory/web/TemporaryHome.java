package dev.directory.web;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Gives a test class a fresh home folder (H2 file database and Lucene index on disk) and the
 * project's seed data, as a first start on a new machine would have. Test classes using it need
 * {@code @TestInstance(PER_CLASS)}, as Micronaut reads the properties once per class.
 */
public interface TemporaryHome extends TestPropertyProvider {

  @Override
  default Map<String, String> getProperties() {
    try {
      return Map.of(
          "directory.home",
          Files.createTempDirectory("directory-home").toString(),
          "directory.seed",
          "../data");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
