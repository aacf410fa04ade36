package dev.directory.core.office;

import dev.directory.core.office.MissionOfficeRows.MissionOfficeRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The JDBC repositories behind {@link MissionOffices}. */
final class MissionOfficeRepositories {

  private MissionOfficeRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<MissionOfficeRow, String> {

    long countByFallbackOfficeId(String fallbackOfficeId);
  }
}
