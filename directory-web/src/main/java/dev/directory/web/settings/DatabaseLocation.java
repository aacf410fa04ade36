package dev.directory.web.settings;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Points the default datasource at the {@link ChosenDatabase}, with its driver: H2 wants absolute
 * paths, so the URL is made in code rather than in application.yml.
 */
@Singleton
record DatabaseLocation(ChosenDatabase database)
    implements BeanCreatedEventListener<DatasourceConfiguration> {

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    DatasourceConfiguration config = event.getBean();
    config.setUrl(database.url());
    config.setJdbcUrl(database.url());
    config.setDriverClassName(database.kind().driver());
    database.username().ifPresent(config::setUsername);
    database.password().ifPresent(config::setPassword);
    return config;
  }
}
