package dev.directory.core.inquiry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** The table rows an {@link Inquiry} and its history are stored in, and their repositories. */
final class InquiryRows {

  private InquiryRows() {}

  @MappedEntity("inquiry")
  record InquiryRow(
      @Id String id,
      Instant receivedAt,
      String name,
      @Nullable String outlet,
      String email,
      String subject,
      String message,
      @Nullable String language,
      @Nullable String country,
      @Nullable String officeId,
      @Nullable String contactId,
      String reasons,
      String status) {}

  @MappedEntity("inquiry_event")
  record EventRow(
      @Id @GeneratedValue @Nullable Long id,
      String inquiryId,
      Instant at,
      String kind,
      String status,
      @Nullable String officeId,
      @Nullable String contactId,
      @Nullable String note,
      @Nullable String actor) {}

  @JdbcRepository(dialect = Dialect.H2)
  interface Rows extends CrudRepository<InquiryRow, String> {

    long countByOfficeId(String officeId);

    long countByContactId(String contactId);

    @Query(
        "SELECT * FROM inquiry WHERE (:status IS NULL OR status = :status)"
            + " AND (:officeId IS NULL OR office_id = :officeId)"
            + " ORDER BY received_at DESC, id LIMIT :limit OFFSET :offset")
    List<InquiryRow> list(
        @Nullable String status, @Nullable String officeId, int limit, long offset);

    @Query(
        "SELECT COUNT(*) FROM inquiry WHERE (:status IS NULL OR status = :status)"
            + " AND (:officeId IS NULL OR office_id = :officeId)")
    long count(@Nullable String status, @Nullable String officeId);
  }

  @JdbcRepository(dialect = Dialect.H2)
  interface Events extends CrudRepository<EventRow, Long> {
    List<EventRow> findByInquiryIdOrderById(String inquiryId);
  }
}
