package dev.directory.web.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import dev.directory.core.contact.PhoneType;
import dev.directory.search.query.DirectoryEntry;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records as LDAP entries, with the attributes mail programs read: a person as an {@code
 * inetOrgPerson} under {@code ou=people}, an organisation as an {@code organization} under {@code
 * ou=organizations}. Built from the search index's stored fields alone, without what a record's
 * page adds (its positions, its freshness), so that an autocomplete answers a hundred entries in
 * milliseconds.
 */
final class LdapEntries {

  /** The attribute of each kind of phone (RFC 4519). */
  private static final Map<PhoneType, String> PHONE_ATTRIBUTES =
      Map.of(
          PhoneType.WORK, "telephoneNumber",
          PhoneType.MOBILE, "mobile",
          PhoneType.FAX, "facsimileTelephoneNumber");

  private final String base;

  LdapEntries(String base) {
    this.base = base;
  }

  String people() {
    return "ou=people," + base;
  }

  String organizations() {
    return "ou=organizations," + base;
  }

  /** A person's entry, or an organisation's. */
  Entry of(DirectoryEntry record) {
    return record.type().isPerson() ? person(record) : organization(record);
  }

  private Entry person(DirectoryEntry person) {
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(
        new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"));
    attributes.add(new Attribute("uid", person.id()));
    attributes.add(new Attribute("cn", person.name()));
    attributes.add(new Attribute("displayName", person.name()));
    attributes.add(new Attribute("sn", Objects.requireNonNullElse(person.familyName(), "")));
    add(attributes, "givenName", person.givenName());
    add(attributes, "title", person.title());
    add(attributes, "o", person.organizationName());
    if (person.organizationName() != null) {
      List<String> path = new ArrayList<>(person.organizationPath());
      path.add(person.organizationName());
      attributes.add(new Attribute("ou", path));
    }
    addContacts(attributes, person);
    return new Entry("uid=" + person.id() + "," + people(), attributes);
  }

  private Entry organization(DirectoryEntry organization) {
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("objectClass", "top", "organization", "extensibleObject"));
    attributes.add(new Attribute("uid", organization.id()));
    attributes.add(new Attribute("o", organization.name()));
    attributes.add(new Attribute("cn", organization.name()));
    attributes.add(new Attribute("displayName", organization.name()));
    addContacts(attributes, organization);
    return new Entry("uid=" + organization.id() + "," + organizations(), attributes);
  }

  /** Addresses, phones by what they reach, and the place. */
  private static void addContacts(List<Attribute> attributes, DirectoryEntry record) {
    if (!record.emails().isEmpty()) {
      attributes.add(new Attribute("mail", record.emails()));
    }
    for (PhoneType type : PhoneType.values()) {
      List<String> numbers =
          record.phones().stream()
              .filter(phone -> phone.type() == type)
              .map(DirectoryEntry.Number::number)
              .toList();
      if (!numbers.isEmpty()) {
        attributes.add(new Attribute(PHONE_ATTRIBUTES.get(type), numbers));
      }
    }
    add(attributes, "l", record.city());
    add(attributes, "c", record.country());
  }

  private static void add(List<Attribute> attributes, String name, @Nullable String value) {
    if (value != null && !value.isEmpty()) {
      attributes.add(new Attribute(name, value));
    }
  }
}
