package dev.directory.core.topic;

import dev.directory.core.topic.TopicRows.TopicRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The JDBC repositories behind {@link Topics}. */
final class TopicRepositories {

  private TopicRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<TopicRow, String> {}
}
