package dev.directory.core.position;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.Phone;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A role in an organisation that outlives whoever holds it (Popolo's Post): "Press contact, IOM
 * Chile", "Minister of Health". It has contact points of its own, a role mailbox or a desk phone,
 * and the people who held it over time; it may be vacant, or held by two people at once. A press
 * contact position is where the inquiries of its office are routed.
 */
public record Position(
    String id,
    String title,
    String organizationId,
    boolean pressContact,
    List<Email> emails,
    List<Phone> phones,
    List<Holding> holders,
    @Nullable String notes) {

  public Position {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(organizationId, "organizationId");
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    holders = List.copyOf(holders);
  }

  /** The people who held it on {@code day}, in the order they are listed. */
  public List<String> holdersOn(LocalDate day) {
    return holders.stream().filter(h -> h.heldOn(day)).map(Holding::personId).toList();
  }

  /** The same position in another organisation. */
  public Position withOrganization(String organization) {
    return new Position(id, title, organization, pressContact, emails, phones, holders, notes);
  }

  /** The same position with these holders. */
  public Position withHolders(List<Holding> holdings) {
    return new Position(id, title, organizationId, pressContact, emails, phones, holdings, notes);
  }
}
