package dev.directory.web.settings;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * Checks the thread counts of the directory's executors at startup ({@code
 * micronaut.executors.io|inquiries|searches.number-of-threads}), so that a wrong one stops the
 * server with its name and value rather than failing the first request that needs the executor.
 */
@Context
final class ExecutorSizes {

  static final List<String> EXECUTORS = List.of("io", "inquiries", "searches");

  @Inject
  ExecutorSizes(Environment environment) {
    this((PropertyResolver) environment);
  }

  ExecutorSizes(PropertyResolver environment) {
    for (String executor : EXECUTORS) {
      String property = "micronaut.executors." + executor + ".number-of-threads";
      environment
          .getProperty(property, String.class)
          .ifPresent(value -> check(property, value.strip()));
    }
  }

  private static void check(String property, String value) {
    int threads;
    try {
      threads = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      threads = 0;
    }
    if (threads < 1) {
      throw new ConfigurationException(
          property
              + " ("
              + property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')
              + ") must be a whole number of threads, 1 or more; it is “"
              + value
              + "”");
    }
  }
}
