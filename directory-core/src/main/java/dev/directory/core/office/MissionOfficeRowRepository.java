package dev.directory.core.office;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.H2)
interface MissionOfficeRowRepository extends CrudRepository<MissionOfficeRow, String> {

  long countByFallbackOfficeId(String fallbackOfficeId);
}
