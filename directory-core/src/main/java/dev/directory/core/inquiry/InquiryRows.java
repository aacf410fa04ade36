package dev.directory.core.inquiry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The table rows an {@link Inquiry} and its history are stored in. */
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
      String reasonsEs,
      String reasonsFr,
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
}
