package dev.directory.search.query;

import dev.directory.core.contact.PhoneType;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A person or organisation as a mail program's directory look-up lists it, read from the index
 * alone: its names, every address and phone, and the organisations it is in.
 *
 * @param givenName a person's, empty when they have none; null for an organisation
 * @param familyName a person's; null for an organisation
 * @param organizationName a person's organisation; null for an organisation
 * @param organizationPath the organisations above a person's, the top-level one first
 * @param city where the person's organisation, or the organisation, is
 */
public record DirectoryEntry(
    String id,
    ResultType type,
    String name,
    @Nullable String givenName,
    @Nullable String familyName,
    @Nullable String title,
    List<String> emails,
    List<Number> phones,
    @Nullable String organizationName,
    List<String> organizationPath,
    @Nullable String city,
    @Nullable String country) {

  public DirectoryEntry {
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    organizationPath = List.copyOf(organizationPath);
  }

  /** A phone number as written, and what it reaches. */
  public record Number(PhoneType type, String number) {}
}
