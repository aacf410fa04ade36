package dev.directory.web;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Points the default datasource at the H2 file under the home folder, unless a URL is configured
 * (as it will be for a shared PostgreSQL). H2 wants absolute paths, so the URL is made here rather
 * than in application.yml; it also sets how H2 writes commits.
 */
@Singleton
final class DatabaseLocation implements BeanCreatedEventListener<DatasourceConfiguration> {

  private final DirectorySettings settings;
  private final Environment environment;

  DatabaseLocation(DirectorySettings settings, Environment environment) {
    this.settings = settings;
    this.environment = environment;
  }

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    DatasourceConfiguration config = event.getBean();
    if (!environment.containsProperty("datasources." + config.getName() + ".url")) {
      // AUTO_SERVER lets the import command write while the server is running. WRITE_DELAY=0
      // writes each commit to the file before the commit returns (H2's default waits up to half a
      // second), so nothing the directory has answered for is lost when the process dies. A
      // larger query cache spares each connection parsing the same statements again.
      String url =
          "jdbc:h2:file:"
              + settings.database()
              + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;QUERY_CACHE_SIZE=128";
      config.setUrl(url);
      config.setJdbcUrl(url);
    }
    return config;
  }
}
