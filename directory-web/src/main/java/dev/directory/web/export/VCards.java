package dev.directory.web.export;

import dev.directory.core.change.RecordKind;
import dev.directory.web.position.PositionView;
import dev.directory.web.record.RecordViews.EmailView;
import dev.directory.web.record.RecordViews.OrganizationView;
import dev.directory.web.record.RecordViews.PersonView;
import dev.directory.web.record.RecordViews.PhoneView;
import dev.directory.web.record.RecordViews.PlaceView;
import dev.directory.web.record.Ref;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Kind;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import ezvcard.util.TelUri;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * vCard 4.0 (RFC 6350) cards, as address books import them: a person's or an organisation's whole
 * card, the same whether it is downloaded alone or in a search's export.
 */
final class VCards {

  private VCards() {}

  /** Everything the directory holds about how to reach a person. */
  static String person(PersonView person, @Nullable Instant revised) {
    return person(person, revised, VCardVersion.V4_0);
  }

  static String person(PersonView person, @Nullable Instant revised, VCardVersion version) {
    VCard card = stamped(RecordKind.PERSON, person.id(), revised);
    card.setKind(Kind.individual());
    card.setFormattedName(person.name());
    StructuredName name = new StructuredName();
    name.setGiven(person.givenName().isEmpty() ? null : person.givenName());
    name.setFamily(person.familyName());
    card.setStructuredName(name);
    card.setOrganization(person.organizationPath().stream().map(Ref::name).toArray(String[]::new));
    if (person.title() != null) {
      card.addTitle(person.title());
    }
    addEmails(card, person.emails());
    person.phones().forEach(phone -> card.addTelephoneNumber(telephone(phone)));
    if (person.place() != null) {
      card.addAddress(address(person.place()));
    }
    if (person.notes() != null) {
      card.addNote(person.notes());
    }
    return write(card, version);
  }

  /** Everything the directory holds about how to reach an organisation. */
  static String organization(OrganizationView organization, @Nullable Instant revised) {
    return organization(organization, revised, VCardVersion.V4_0);
  }

  static String organization(
      OrganizationView organization, @Nullable Instant revised, VCardVersion version) {
    VCard card = stamped(RecordKind.ORGANIZATION, organization.id(), revised);
    card.setKind(Kind.org());
    card.setFormattedName(organization.name());
    card.setOrganization(
        Stream.concat(
                organization.ancestors().stream().map(Ref::name), Stream.of(organization.name()))
            .toArray(String[]::new));
    if (organization.email() != null) {
      card.addEmail(organization.email(), EmailType.WORK);
    }
    if (organization.phone() != null) {
      card.addTelephoneNumber(telephone(organization.phone()));
    }
    if (organization.website() != null) {
      card.addUrl(organization.website());
    }
    if (organization.place() != null) {
      card.addAddress(address(organization.place()));
    }
    if (organization.notes() != null) {
      card.addNote(organization.notes());
    }
    return write(card, version);
  }

  /**
   * A position's own card: its title and organisation, its mailbox and phones, and who holds it
   * now; an address book keeps reaching the role when its holder changes.
   */
  static String position(PositionView position, @Nullable Instant revised) {
    return position(position, revised, VCardVersion.V4_0);
  }

  static String position(PositionView position, @Nullable Instant revised, VCardVersion version) {
    VCard card = stamped(RecordKind.POSITION, position.id(), revised);
    card.setKind(Kind.org());
    card.setFormattedName(position.title());
    card.setOrganization(position.organization().name());
    card.addRole(position.title());
    addEmails(card, position.emails());
    position.phones().forEach(phone -> card.addTelephoneNumber(telephone(phone)));
    if (!position.heldBy().isEmpty()) {
      card.addNote(
          "Held by "
              + position.heldBy().stream().map(Ref::name).collect(Collectors.joining(", "))
              + " on "
              + position.at());
    }
    if (position.notes() != null) {
      card.addNote(position.notes());
    }
    return write(card, version);
  }

  /**
   * A card that says which record it is (UID, the same in every export), when the record last
   * changed (REV) and what made it (PRODID): an address book that imports it again replaces the
   * card it has, and the directory's upload updates the record instead of making another.
   */
  private static VCard stamped(RecordKind kind, String id, @Nullable Instant revised) {
    VCard card = new VCard();
    card.setUid(new Uid(kind.cardUid(id)));
    if (revised != null) {
      card.setRevision(revised.truncatedTo(ChronoUnit.SECONDS));
    }
    card.setProductId(PRODUCT);
    return card;
  }

  static final String PRODUCT = "-//Directory//Contact directory//EN";

  private static void addEmails(VCard card, List<EmailView> emails) {
    emails.forEach(
        email ->
            card.addEmail(
                email.address(), email.type().equals("work") ? EmailType.WORK : EmailType.HOME));
  }

  /** A number that is valid is written as a {@code tel:} URI; one that is not, as written. */
  private static Telephone telephone(PhoneView phone) {
    Telephone telephone =
        phone.e164() != null
            ? new Telephone(new TelUri.Builder(phone.e164()).build())
            : new Telephone(phone.number());
    telephone.getTypes().add(type(phone.type()));
    return telephone;
  }

  private static TelephoneType type(String code) {
    return switch (code) {
      case "mobile" -> TelephoneType.CELL;
      case "fax" -> TelephoneType.FAX;
      default -> TelephoneType.WORK;
    };
  }

  private static Address address(PlaceView place) {
    Address address = new Address();
    address.setLocality(place.city());
    address.setRegion(place.region());
    address.setCountry(place.countryName());
    address.getTypes().add(AddressType.WORK);
    return address;
  }

  /**
   * The card as vCard text of {@code version}, its lines folded at 75 octets as RFC 6350 says
   * (ez-vcard folds at 75 characters, which accented text makes longer), never inside a character.
   * Version 3.0, which has no KIND and requires N, gets an empty N, and an organisation's card
   * Apple's mark for a company.
   */
  private static String write(VCard card, VCardVersion version) {
    if (version == VCardVersion.V3_0) {
      if (card.getStructuredName() == null) {
        card.setStructuredName(new StructuredName());
      }
      if (card.getKind() != null && card.getKind().isOrg()) {
        card.setExtendedProperty("X-ABShowAs", "COMPANY");
      }
    }
    StringWriter text = new StringWriter();
    try (VCardWriter writer = new VCardWriter(text, version)) {
      writer.setAddProdId(false);
      writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
      writer.write(card);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return foldAt75Octets(text.toString());
  }

  static String foldAt75Octets(String unfolded) {
    StringBuilder folded = new StringBuilder(unfolded.length() + 64);
    for (String line : unfolded.split("\r\n", -1)) {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = utf8Length(codePoint);
        if (octets + size > FOLD_OCTETS) {
          folded.append("\r\n ");
          octets = 1; // the space that marks a continued line counts
        }
        folded.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      folded.append("\r\n");
    }
    return folded.substring(0, folded.length() - 2); // the split gave one line too many
  }

  private static int utf8Length(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }

  private static final int FOLD_OCTETS = 75;

  static String fileName(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_") + ".vcf";
  }
}
