package dev.directory.web.settings;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutorSizesTest {

  @Test
  void refusesNoThreadsForSearchesNamingTheSettingAndItsVariable() {
    ConfigurationException refused =
        assertThrows(
            ConfigurationException.class,
            () -> sizes(Map.of("micronaut.executors.searches.number-of-threads", "0")));

    assertEquals(
        "micronaut.executors.searches.number-of-threads"
            + " (MICRONAUT_EXECUTORS_SEARCHES_NUMBER_OF_THREADS) must be a whole number of"
            + " threads, 1 or more; it is “0”",
        refused.getMessage());
  }

  @Test
  void refusesAThreadCountThatIsNotANumber() {
    ConfigurationException refused =
        assertThrows(
            ConfigurationException.class,
            () -> sizes(Map.of("micronaut.executors.io.number-of-threads", "many")));

    assertEquals(
        "micronaut.executors.io.number-of-threads (MICRONAUT_EXECUTORS_IO_NUMBER_OF_THREADS)"
            + " must be a whole number of threads, 1 or more; it is “many”",
        refused.getMessage());
  }

  @Test
  void takesTheDefaultsAndAnyPositiveCount() {
    assertDoesNotThrow(() -> sizes(Map.of()));
    assertDoesNotThrow(() -> sizes(Map.of("micronaut.executors.inquiries.number-of-threads", 2)));
  }

  private static void sizes(Map<String, Object> properties) {
    new ExecutorSizes(new PropertySourcePropertyResolver(PropertySource.of(properties)));
  }
}
