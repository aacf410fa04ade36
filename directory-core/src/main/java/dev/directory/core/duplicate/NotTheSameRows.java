package dev.directory.core.duplicate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** The table of pairs marked "not the same", and its repository. */
final class NotTheSameRows {

  private NotTheSameRows() {}

  /** A pair, the smaller id first. */
  @MappedEntity("not_the_same")
  record Row(
      @Id @GeneratedValue @Nullable Long id,
      String recordKind,
      String firstId,
      String secondId,
      String markedBy,
      Instant markedAt) {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<Row, Long> {

    boolean existsByRecordKindAndFirstIdAndSecondId(
        String recordKind, String firstId, String secondId);

    List<Row> findByRecordKind(String recordKind);
  }
}
