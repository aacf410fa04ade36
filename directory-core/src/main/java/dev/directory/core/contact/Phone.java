package dev.directory.core.contact;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;

/**
 * A phone number as it was written, with its E.164 form when it is valid in its country's numbering
 * plan. A number that is not valid is kept with an {@code issue} that says why: a directory never
 * drops a number somebody wrote down.
 */
public record Phone(PhoneType type, String raw, @Nullable String e164, @Nullable String issue) {

  public Phone {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(raw, "raw");
  }

  public boolean isValid() {
    return e164 != null;
  }

  /** The number to dial: E.164 when known, else the digits as written. */
  public String dialable() {
    return e164 != null ? e164 : raw.replaceAll("[^+0-9]", "");
  }
}
