package dev.directory.core.change;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface ChangeRowRepository extends CrudRepository<ChangeRow, Long> {

  List<ChangeRow> findBySeqGreaterThan(long seq, Pageable pageable);

  Optional<Long> findMaxSeq();
}
