package dev.directory.core.testing;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Gives each test context a new, empty database of the kind {@link TestDatabase} runs on, in the
 * modules whose tests set {@code directory.test.fresh-database} (the web tests make a whole home
 * instead).
 */
@Singleton
@Requires(property = "directory.test.fresh-database", value = "true")
public final class FreshDatabase implements BeanCreatedEventListener<DatasourceConfiguration> {

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    DatasourceConfiguration config = event.getBean();
    TestDatabase.Fresh fresh = TestDatabase.fresh();
    config.setUrl(fresh.url());
    config.setJdbcUrl(fresh.url());
    config.setDriverClassName(fresh.driver());
    config.setUsername(fresh.username());
    config.setPassword(fresh.password());
    return config;
  }
}
