package dev.directory.web.carddav;

import dev.directory.core.change.RecordKind;
import dev.directory.web.export.Cards;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the service, a member's principal and books, and each card are. */
final class DavPaths {

  static final String ROOT = "/dav/";

  /** {@code <kind>.<id>.vcf}: a record's card in any book. */
  private static final Pattern CARD =
      Pattern.compile("(person|position|organization)\\.([a-z0-9]+(?:-[a-z0-9]+)*)\\.vcf");

  private DavPaths() {}

  static String principal(String username) {
    return ROOT + "principals/" + username + "/";
  }

  static String home(String username) {
    return ROOT + "books/" + username + "/";
  }

  static String book(String username, String slug) {
    return home(username) + slug + "/";
  }

  static String card(String username, String slug, RecordKind kind, String id) {
    return book(username, slug) + cardName(kind, id);
  }

  static String cardName(RecordKind kind, String id) {
    return kind.code() + "." + id + ".vcf";
  }

  /** The record a card's name (or a whole href ending in it) is of; empty for anything else. */
  static Optional<Cards.Wanted> record(String nameOrHref) {
    String name = nameOrHref.substring(nameOrHref.lastIndexOf('/') + 1);
    Matcher matcher = CARD.matcher(name);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Cards.Wanted(RecordKind.valueOf(matcher.group(1).toUpperCase()), matcher.group(2)));
  }
}
