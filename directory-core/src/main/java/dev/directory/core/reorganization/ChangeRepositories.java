package dev.directory.core.reorganization;

import dev.directory.core.reorganization.ChangeRows.ChangeRow;
import dev.directory.core.reorganization.ChangeRows.DatedMove;
import dev.directory.core.reorganization.ChangeRows.MoveRow;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;

/** The JDBC repositories behind {@link OrganizationChanges} and {@link OnADay}. */
final class ChangeRepositories {

  private ChangeRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Changes extends CrudRepository<ChangeRow, Long> {

    /** An organisation's changes, the first first. */
    @Query(
        "SELECT * FROM organization_change WHERE organization_id = :organizationId"
            + " ORDER BY effective_date, id")
    List<ChangeRow> findHistory(String organizationId);

    /** The changes of these organisations after {@code day}, the last first. */
    @Query(
        "SELECT * FROM organization_change WHERE organization_id = ANY(:organizationIds)"
            + " AND effective_date > :day ORDER BY effective_date DESC, id DESC")
    List<ChangeRow> findAfter(String[] organizationIds, LocalDate day);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Moves extends CrudRepository<MoveRow, Long> {

    @Query("SELECT * FROM organization_move WHERE change_id = ANY(:changeIds) ORDER BY id")
    List<MoveRow> findByChangeIds(Long[] changeIds);

    /** The moves after {@code day} of records of a kind that left or joined these organisations. */
    @Query(
        "SELECT m.record_kind, m.record_id, m.from_id, m.to_id, c.effective_date,"
            + " m.change_id FROM organization_move m"
            + " JOIN organization_change c ON c.id = m.change_id"
            + " WHERE c.effective_date > :day AND m.record_kind = :kind"
            + " AND (m.from_id = ANY(:organizationIds) OR m.to_id = ANY(:organizationIds))")
    List<DatedMove> findTouching(String[] organizationIds, String kind, LocalDate day);

    /** Every move after {@code day} of these records. */
    @Query(
        "SELECT m.record_kind, m.record_id, m.from_id, m.to_id, c.effective_date,"
            + " m.change_id FROM organization_move m"
            + " JOIN organization_change c ON c.id = m.change_id"
            + " WHERE c.effective_date > :day AND m.record_kind = :kind"
            + " AND m.record_id = ANY(:recordIds)")
    List<DatedMove> findOf(String[] recordIds, String kind, LocalDate day);
  }
}
