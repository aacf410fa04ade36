package dev.directory.web.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * Where the directory keeps its data.
 *
 * @param home the folder of the H2 database and the search index ({@code DIRECTORY_HOME})
 * @param seed the folder of CSV files imported on first start ({@code DIRECTORY_SEED})
 * @param syncIntervalMillis how often the index looks for changes committed by other processes
 */
@ConfigurationProperties("directory")
public record DirectorySettings(
    @Bindable(defaultValue = "var") Path home,
    @Bindable(defaultValue = "data") Path seed,
    @Bindable(defaultValue = "500") long syncIntervalMillis) {

  public Path database() {
    return home.toAbsolutePath().normalize().resolve("db").resolve("directory");
  }

  public Path index() {
    return home.toAbsolutePath().normalize().resolve("index");
  }
}
