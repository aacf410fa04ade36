package dev.directory.core.change;

import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemWord;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** The kinds of record whose changes the change log carries. */
public enum RecordKind {
  TOPIC,
  ORGANIZATION,
  PERSON,
  ENGAGEMENT,
  POSITION;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RecordKind parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  /**
   * The UID of the record's vCard ({@code urn:uuid:…}, RFC 6350 6.7.6): made from the kind and the
   * id alone, so it is the same in every export, and an address book that imports a card again
   * replaces the one it has.
   */
  public String cardUid(String id) {
    return "urn:uuid:"
        + UUID.nameUUIDFromBytes(
            ("directory:" + code() + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The refusal for a person, organisation or position of this kind that no record has the id of.
   */
  public NotFound notFound(String id) {
    return new NotFound(
        switch (this) {
          case PERSON -> ProblemWord.PERSON;
          case POSITION -> ProblemWord.POSITION;
          case ORGANIZATION -> ProblemWord.ORGANIZATION;
          case TOPIC, ENGAGEMENT -> throw notEdited(this);
        },
        id);
  }

  /**
   * What a switch over the kinds of record staff edit, report and link to throws for a topic or an
   * engagement: those come only through the import and have no page of their own.
   */
  public static IllegalArgumentException notEdited(RecordKind kind) {
    return new IllegalArgumentException(kind.code() + " records are not edited one by one");
  }

  static RecordKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
