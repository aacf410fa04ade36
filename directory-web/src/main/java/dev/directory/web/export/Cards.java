package dev.directory.web.export;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.web.position.PositionRecords;
import dev.directory.web.record.RecordViews.PersonView;
import dev.directory.web.record.Records;
import ezvcard.VCardVersion;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The vCards of records, as complete as each one's own download, read a batch at a time: for
 * exports and address books. People are read in one go per batch; each card's {@code REV} is when
 * its record last changed.
 */
@Singleton
public final class Cards {

  /** A record a card is asked for. */
  public record Wanted(RecordKind kind, String id) {}

  /**
   * A record's card.
   *
   * @param text the card in the version asked for
   * @param etag what tells this card from any other content of it: a digest of its vCard 4.0 text
   */
  public record Card(RecordKind kind, String id, String text, String etag) {}

  private final Records records;
  private final PositionRecords positions;
  private final ChangeLog changes;

  Cards(Records records, PositionRecords positions, ChangeLog changes) {
    this.records = records;
    this.positions = positions;
    this.changes = changes;
  }

  /**
   * The cards of {@code wanted}, in its order; a record that is not there (deleted meanwhile) is
   * left out.
   */
  public List<Card> of(List<Wanted> wanted, VCardVersion version) {
    List<String> personIds = ids(wanted, RecordKind.PERSON);
    Map<String, PersonView> people = records.people(personIds);
    Map<String, Instant> peopleChanged = changes.lastChanged(RecordKind.PERSON, personIds);
    Map<String, Instant> positionsChanged =
        changes.lastChanged(RecordKind.POSITION, ids(wanted, RecordKind.POSITION));
    Map<String, Instant> organizationsChanged =
        changes.lastChanged(RecordKind.ORGANIZATION, ids(wanted, RecordKind.ORGANIZATION));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Card> cards = new ArrayList<>(wanted.size());
    for (Wanted one : wanted) {
      String id = one.id();
      switch (one.kind()) {
        case PERSON -> {
          PersonView person = people.get(id);
          if (person != null) {
            Instant revised = peopleChanged.get(id);
            cards.add(card(one, v -> VCards.person(person, revised, v), version));
          }
        }
        case POSITION ->
            positions
                .view(id, today)
                .ifPresent(
                    position -> {
                      Instant revised = positionsChanged.get(id);
                      cards.add(card(one, v -> VCards.position(position, revised, v), version));
                    });
        case ORGANIZATION ->
            records
                .organization(id)
                .ifPresent(
                    organization -> {
                      Instant revised = organizationsChanged.get(id);
                      cards.add(
                          card(one, v -> VCards.organization(organization, revised, v), version));
                    });
        case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(one.kind());
      }
    }
    return cards;
  }

  private static Card card(
      Wanted one, Function<VCardVersion, String> written, VCardVersion version) {
    String version4 = written.apply(VCardVersion.V4_0);
    String text = version == VCardVersion.V4_0 ? version4 : written.apply(version);
    return new Card(one.kind(), one.id(), text, etag(version4));
  }

  /** A strong validator of the card's content, the same whichever version a client reads. */
  static String etag(String version4) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(version4.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static List<String> ids(List<Wanted> wanted, RecordKind kind) {
    return wanted.stream().filter(one -> one.kind() == kind).map(Wanted::id).toList();
  }
}
