package dev.directory.core.inquiry;

import io.micronaut.core.annotation.Nullable;

/** Where a new inquiry was routed, as the desk stores it; the router above core decides it. */
public interface Routed {

  /** The mission office that answers it; null only when the directory has no office at all. */
  @Nullable
  String officeId();

  /** Its press contact; null when no office on the way to headquarters has one. */
  @Nullable
  String contactId();

  /** "en", "es" or "fr" when the text is recognisably one of them. */
  @Nullable
  String language();

  /** Why, in each of the pages' languages. */
  Reasons inEveryLanguage();
}
