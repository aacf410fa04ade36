package dev.directory.core.storage;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Adds to the shared migrations ({@code db/migration}) the few one kind of database needs, from
 * {@code db/vendor/h2} or {@code db/vendor/postgresql} when that folder exists.
 */
@Singleton
@Named("default")
final class VendorMigrations implements FlywayConfigurationCustomizer {

  @Override
  public String getName() {
    return "default";
  }

  @Override
  public void customizeFluentConfiguration(FluentConfiguration configuration) {
    String folder = "db/vendor/" + kind(configuration).name().toLowerCase(Locale.ROOT);
    if (VendorMigrations.class.getClassLoader().getResource(folder) == null) {
      return;
    }
    List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
    locations.add(new Location("classpath:" + folder));
    configuration.locations(locations.toArray(Location[]::new));
  }

  private static DatabaseKind kind(FluentConfiguration configuration) {
    try (Connection connection = configuration.getDataSource().getConnection()) {
      return DatabaseKind.of(connection.getMetaData().getURL());
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
    }
  }
}
