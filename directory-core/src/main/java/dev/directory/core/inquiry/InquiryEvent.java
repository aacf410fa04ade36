package dev.directory.core.inquiry;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One step in an inquiry's history: what happened, the status and assignment it left, an optional
 * note, and who did it (null for what the desk did itself, such as routing on arrival).
 */
public record InquiryEvent(
    Instant at,
    Kind kind,
    InquiryStatus status,
    @Nullable String officeId,
    @Nullable String contactId,
    @Nullable String note,
    @Nullable String actor) {

  public InquiryEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
  }

  /** What a step did. */
  public enum Kind {
    RECEIVED,
    REASSIGNED,
    STATUS,
    NOTE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }
}
