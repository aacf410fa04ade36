package dev.directory.core.saved;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The rows behind {@link SavedSearches}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SavedSearchRows extends CrudRepository<SavedSearch, String> {

  List<SavedSearch> findByUsernameOrderByCreatedAt(String username);

  long countByUsername(String username);
}
