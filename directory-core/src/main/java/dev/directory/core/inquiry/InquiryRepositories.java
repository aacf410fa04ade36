package dev.directory.core.inquiry;

import dev.directory.core.inquiry.InquiryRows.EventRow;
import dev.directory.core.inquiry.InquiryRows.InquiryRow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The JDBC repositories behind {@link Inquiries}. */
final class InquiryRepositories {

  private InquiryRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<InquiryRow, String> {

    long countByOfficeId(String officeId);

    long countByContactId(String contactId);

    @Query("UPDATE inquiry SET contact_id = :to WHERE contact_id = :from")
    void moveContact(String from, String to);

    @Query("UPDATE inquiry SET office_id = :to WHERE office_id = :from")
    void moveOffice(String from, String to);

    @Query("SELECT id FROM inquiry WHERE contact_id = :contactId")
    List<String> idsByContact(String contactId);

    @Query("SELECT id FROM inquiry WHERE office_id = :officeId")
    List<String> idsByOffice(String officeId);

    @Query("UPDATE inquiry SET contact_id = :to WHERE id = :id AND contact_id = :from")
    void moveContactOf(String id, String from, String to);

    @Query("UPDATE inquiry SET office_id = :to WHERE id = :id AND office_id = :from")
    void moveOfficeOf(String id, String from, String to);

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

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Events extends CrudRepository<EventRow, Long> {
    List<EventRow> findByInquiryIdOrderById(String inquiryId);

    @Query("UPDATE inquiry_event SET contact_id = :to WHERE contact_id = :from")
    void moveContact(String from, String to);

    @Query("UPDATE inquiry_event SET office_id = :to WHERE office_id = :from")
    void moveOffice(String from, String to);

    @Query(
        "UPDATE inquiry_event SET contact_id = :to WHERE inquiry_id = :id AND contact_id = :from")
    void moveContactOf(String id, String from, String to);

    @Query("UPDATE inquiry_event SET office_id = :to WHERE inquiry_id = :id AND office_id = :from")
    void moveOfficeOf(String id, String from, String to);
  }
}
