package dev.directory.core.testing;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Map;

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
    Map<String, Object> fresh = TestDatabase.fresh();
    String url = (String) fresh.get("datasources.default.url");
    config.setUrl(url);
    config.setJdbcUrl(url);
    config.setDriverClassName((String) fresh.get("datasources.default.driver-class-name"));
    config.setUsername((String) fresh.get("datasources.default.username"));
    config.setPassword((String) fresh.get("datasources.default.password"));
    return config;
  }
}
