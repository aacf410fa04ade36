package dev.directory.search.duplicates;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.Phone;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.core.text.Folding;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What duplicates are told apart by, for one person or organisation: the words of the names ({@link
 * NameTokens}), e-mail addresses (lower-cased), phones (E.164, or their digits when not valid), the
 * organisation or parent, the country. Kept in the index beside each record (see {@link
 * DuplicateFields}), so that a scan compares records without opening them.
 *
 * @param given a person's given names; empty for an organisation
 * @param family a person's family names, or the words of an organisation's names
 * @param names an organisation's whole names (name, local name, aliases) as their words; a person's
 *     full name, folded
 * @param above a person's organisation, or an organisation's parent
 * @param kind the kind of an organisation; null for a person
 */
public record Traits(
    Kind record,
    String id,
    String name,
    List<String> given,
    List<String> family,
    List<String> names,
    List<String> emails,
    List<String> phones,
    @Nullable String above,
    @Nullable String country,
    @Nullable String kind) {

  /** People are compared with people, organisations with organisations. */
  public enum Kind {
    PERSON,
    ORGANIZATION
  }

  private static final char FIELD = '\u001f';
  private static final char ITEM = '\u001e';

  public Traits {
    given = List.copyOf(given);
    family = List.copyOf(family);
    names = List.copyOf(names);
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
  }

  /**
   * @param organization the person's organisation, for the country; null when it is not known
   */
  public static Traits of(Person person, @Nullable Organization organization) {
    List<String> phones = person.phones().stream().map(Traits::phone).distinct().toList();
    return new Traits(
        Kind.PERSON,
        person.id(),
        person.fullName(),
        NameTokens.of(person.givenName()),
        NameTokens.of(person.familyName()),
        List.of(Folding.fold(person.fullName())),
        person.emails().stream().map(Email::address).map(Traits::email).distinct().toList(),
        phones,
        person.organizationId(),
        organization == null ? null : organization.country(),
        null);
  }

  public static Traits of(Organization organization) {
    List<String> names =
        Stream.concat(
                Stream.of(organization.name(), organization.localName()),
                organization.aliases().stream())
            .filter(name -> name != null && !name.isBlank())
            .map(name -> String.join(" ", NameTokens.of(name)))
            .filter(name -> !name.isEmpty())
            .distinct()
            .toList();
    Set<String> words = new LinkedHashSet<>();
    names.forEach(name -> words.addAll(NameTokens.of(name)));
    return new Traits(
        Kind.ORGANIZATION,
        organization.id(),
        organization.name(),
        List.of(),
        new ArrayList<>(words),
        names,
        organization.email() == null ? List.of() : List.of(email(organization.email())),
        organization.phone() == null ? List.of() : List.of(phone(organization.phone())),
        organization.parentId(),
        organization.country(),
        organization.kind().code());
  }

  private static String email(String address) {
    return address.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static String phone(Phone phone) {
    return phone.e164() != null ? phone.e164() : phone.raw().replaceAll("[^0-9]", "");
  }

  /** One line of text, as the index keeps it. */
  String encode() {
    StringBuilder text = new StringBuilder();
    text.append(record == Kind.PERSON ? 'P' : 'O').append(FIELD);
    text.append(id).append(FIELD).append(name).append(FIELD);
    for (List<String> list : List.of(given, family, names, emails, phones)) {
      text.append(String.join(String.valueOf(ITEM), list)).append(FIELD);
    }
    text.append(above == null ? "" : above).append(FIELD);
    text.append(country == null ? "" : country).append(FIELD);
    text.append(kind == null ? "" : kind);
    return text.toString();
  }

  static Traits decode(String text) {
    String[] parts = text.split(String.valueOf(FIELD), -1);
    return new Traits(
        parts[0].equals("P") ? Kind.PERSON : Kind.ORGANIZATION,
        parts[1],
        parts[2],
        list(parts[3]),
        list(parts[4]),
        list(parts[5]),
        list(parts[6]),
        list(parts[7]),
        blankToNull(parts[8]),
        blankToNull(parts[9]),
        blankToNull(parts[10]));
  }

  private static List<String> list(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(String.valueOf(ITEM)));
  }

  @Nullable
  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
