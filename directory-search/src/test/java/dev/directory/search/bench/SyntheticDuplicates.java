package dev.directory.search.bench;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneNumbers;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.core.text.Folding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Second entries of some of a {@link SyntheticDirectory}'s people, made as people make them: a
 * typo, accents left out, given and family names the other way round, only an initial, the phone
 * written in the national way, another e-mail address, or the entry made by another organisation of
 * the same country. Each second entry has two of these, one in three has three. The injected pairs
 * are the truth a duplicate scan is measured against.
 */
public final class SyntheticDuplicates {

  /** The ways a second entry differs from the first. */
  public enum Change {
    TYPO,
    NO_ACCENTS,
    SWAPPED,
    INITIAL,
    NATIONAL_PHONE,
    OTHER_EMAIL,
    OTHER_ORGANIZATION
  }

  /** A second entry of person {@code of}, and how it differs. */
  public record Variant(int of, Person person, List<Change> changes) {}

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private final SyntheticDirectory directory;
  private final int every;
  private final Map<String, List<Organization>> byCountry = new HashMap<>();

  /**
   * @param every one person in this many has a second entry
   */
  public SyntheticDuplicates(SyntheticDirectory directory, int every) {
    this.directory = directory;
    this.every = every;
    for (Organization organization : directory.organizations()) {
      byCountry.computeIfAbsent(organization.country(), c -> new ArrayList<>()).add(organization);
    }
  }

  public boolean hasSecondEntry(int i) {
    return i % every == every / 2;
  }

  public int count() {
    int count = 0;
    for (int i = 0; i < directory.peopleCount(); i++) {
      if (hasSecondEntry(i)) {
        count++;
      }
    }
    return count;
  }

  public Variant secondEntryOf(int i) {
    Person first = directory.person(i);
    Random random = new Random(31L * i + 17);
    List<Change> changes = new ArrayList<>(List.of(Change.values()));
    Collections.shuffle(changes, random);
    changes = List.copyOf(changes.subList(0, random.nextInt(3) == 0 ? 3 : 2));
    String given = first.givenName();
    String family = first.familyName();
    List<Email> emails = first.emails();
    List<Phone> phones = first.phones();
    String organization = first.organizationId();
    Organization office = directory.organization(organization);
    for (Change change : changes) {
      switch (change) {
        case TYPO -> {
          if (random.nextBoolean()) {
            family = typo(family, random);
          } else {
            given = typo(given, random);
          }
        }
        case NO_ACCENTS -> {
          given = unaccented(given);
          family = unaccented(family);
        }
        case SWAPPED -> {
          String was = given;
          given = family;
          family = was;
        }
        case INITIAL -> given = given.substring(0, 1) + ".";
        case NATIONAL_PHONE -> phones = phones.stream().map(p -> national(p, office)).toList();
        case OTHER_EMAIL ->
            emails =
                List.of(
                    new Email(
                        EmailType.WORK,
                        Folding.fold(given).replaceAll("[^a-z]", "")
                            + "_"
                            + i
                            + "@second.example"));
        case OTHER_ORGANIZATION -> {
          List<Organization> same = byCountry.get(office.country());
          organization = same.get(random.nextInt(same.size())).id();
        }
      }
    }
    Person second =
        new Person(
            "synthetic-second-" + i,
            given,
            family,
            first.jobTitle(),
            organization,
            first.roles(),
            emails,
            phones,
            first.languages(),
            first.topicIds(),
            first.pressContact(),
            first.visibility(),
            null);
    return new Variant(i, second, changes);
  }

  /** A letter dropped, doubled, changed or two swapped, never the first. */
  private static String typo(String word, Random random) {
    int at = 1 + random.nextInt(word.length() - 1);
    StringBuilder typed = new StringBuilder(word);
    switch (random.nextInt(4)) {
      case 0 -> typed.deleteCharAt(at);
      case 1 -> typed.insert(at, word.charAt(at));
      case 2 -> typed.setCharAt(at, (char) ('a' + random.nextInt(26)));
      default -> {
        if (at + 1 < word.length()) {
          typed.setCharAt(at, word.charAt(at + 1));
          typed.setCharAt(at + 1, word.charAt(at));
        } else {
          typed.deleteCharAt(at);
        }
      }
    }
    return typed.toString();
  }

  private static String unaccented(String word) {
    String folded = Folding.fold(word);
    return folded.isEmpty() ? word : Character.toUpperCase(folded.charAt(0)) + folded.substring(1);
  }

  private static Phone national(Phone phone, Organization office) {
    try {
      String written =
          PHONES.format(PHONES.parse(phone.raw(), office.country()), PhoneNumberFormat.NATIONAL);
      return PhoneNumbers.read(phone.type(), written, office.country());
    } catch (NumberParseException e) {
      return phone;
    }
  }

  /** The organisation a second entry's country is read from. */
  public Organization organizationOf(Person person) {
    return directory.organization(person.organizationId());
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "one person in %d entered twice", every);
  }
}
