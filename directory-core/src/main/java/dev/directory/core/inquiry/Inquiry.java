package dev.directory.core.inquiry;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * A press inquiry: who asked, about what, the office and contact it was routed to and the reasons
 * for that choice, in plain sentences a person can check.
 */
public record Inquiry(
    String id,
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
    Reasons reasons,
    InquiryStatus status) {

  public Inquiry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reasons, "reasons");
  }

  /** The same inquiry, handed to another office and contact, or with another status. */
  public Inquiry withAssignment(
      @Nullable String officeId, @Nullable String contactId, InquiryStatus status) {
    return new Inquiry(
        id,
        receivedAt,
        name,
        outlet,
        email,
        subject,
        message,
        language,
        country,
        officeId,
        contactId,
        reasons,
        status);
  }
}
