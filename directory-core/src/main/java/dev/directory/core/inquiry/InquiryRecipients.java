package dev.directory.core.inquiry;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Positions;
import dev.directory.core.position.PressContacts;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is told of an inquiry: its contact at their work address (else its office's address), and the
 * mailboxes of the office's press contact positions the contact holds that day, so an inquiry
 * routed to a position reaches its holder and its mailbox.
 */
@Singleton
public class InquiryRecipients {

  private final People people;
  private final Positions positions;

  InquiryRecipients(People people, Positions positions) {
    this.people = people;
    this.positions = positions;
  }

  /**
   * The addresses, comma-separated; null when the inquiry has neither a contact nor an office with
   * an address.
   */
  @Nullable
  public String of(
      Inquiry inquiry, @Nullable Person contact, @Nullable Organization office, LocalDate day) {
    Set<String> addresses = new LinkedHashSet<>();
    if (contact != null) {
      contact.emails().stream()
          .filter(e -> e.type() == EmailType.WORK)
          .map(Email::address)
          .findFirst()
          .ifPresent(addresses::add);
    }
    if (addresses.isEmpty() && office != null && office.email() != null) {
      addresses.add(office.email());
    }
    if (inquiry.contactId() != null && inquiry.officeId() != null) {
      PressContacts.OnADay today =
          PressContacts.of(
              inquiry.officeId(),
              positions.inOrganization(inquiry.officeId()),
              people::find,
              () -> people.inOrganization(inquiry.officeId()),
              day);
      for (PressContacts.PressContact found : today.contacts()) {
        if (found.position() != null && found.person().id().equals(inquiry.contactId())) {
          found.position().emails().stream()
              .filter(e -> e.type() == EmailType.WORK)
              .map(Email::address)
              .forEach(addresses::add);
        }
      }
    }
    return addresses.isEmpty() ? null : String.join(", ", addresses);
  }
}
