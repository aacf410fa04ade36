package dev.directory.core.record;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneNumbers;
import dev.directory.core.contact.PhoneType;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A record's e-mails and phones read from their entries as given: each of its type (work when none
 * is given), a phone read in the country of the record's organisation; a blank one is left out, a
 * wrong one is a problem of the field.
 */
public final class ContactEntries {

  private ContactEntries() {}

  public static List<Email> emails(Reading r, Field field, List<Entry> entries) {
    return entries.stream()
        .map(
            e ->
                r.value(
                    field,
                    e.value(),
                    address ->
                        new Email(
                            typeOf(e, EmailType::parse, EmailType.WORK), Email.normalize(address))))
        .filter(Objects::nonNull)
        .toList();
  }

  public static List<Phone> phones(
      Reading r, Field field, List<Entry> entries, @Nullable String country) {
    return entries.stream()
        .map(
            p ->
                r.value(
                    field,
                    p.value(),
                    number ->
                        PhoneNumbers.read(
                            typeOf(p, PhoneType::parse, PhoneType.WORK), number, country)))
        .filter(Objects::nonNull)
        .toList();
  }

  private static <K> K typeOf(Entry entry, Function<String, K> parse, K otherwise) {
    String type = Reading.text(entry.type());
    return type == null ? otherwise : parse.apply(type);
  }
}
