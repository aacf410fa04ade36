package dev.directory.web.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import dev.directory.core.contact.Email;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Records as LDAP entries, with the attributes mail programs read: a person as an {@code
 * inetOrgPerson} under {@code ou=people}, an organisation as an {@code organization} under {@code
 * ou=organizations}. Built from the records as stored, without what a record's page adds (its
 * positions, its freshness), so that an autocomplete answers a hundred entries in milliseconds.
 */
final class LdapEntries {

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

  /**
   * @param organization the person's organisation
   * @param path the organisations above it, the highest first
   */
  Entry person(Person person, Organization organization, List<Organization> path) {
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(
        new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"));
    attributes.add(new Attribute("uid", person.id()));
    attributes.add(new Attribute("cn", person.fullName()));
    attributes.add(new Attribute("displayName", person.fullName()));
    attributes.add(new Attribute("sn", person.familyName()));
    if (!person.givenName().isEmpty()) {
      attributes.add(new Attribute("givenName", person.givenName()));
    }
    if (person.jobTitle() != null) {
      attributes.add(new Attribute("title", person.jobTitle()));
    }
    attributes.add(new Attribute("o", organization.name()));
    attributes.add(
        new Attribute(
            "ou",
            Stream.concat(path.stream(), Stream.of(organization))
                .map(Organization::name)
                .toList()));
    addContacts(attributes, person.emails(), person.phones());
    addPlace(attributes, organization);
    return new Entry("uid=" + person.id() + "," + people(), attributes);
  }

  Entry organization(Organization organization) {
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("objectClass", "top", "organization", "extensibleObject"));
    attributes.add(new Attribute("uid", organization.id()));
    attributes.add(new Attribute("o", organization.name()));
    attributes.add(new Attribute("cn", organization.name()));
    attributes.add(new Attribute("displayName", organization.name()));
    if (organization.email() != null) {
      attributes.add(new Attribute("mail", organization.email()));
    }
    if (organization.phone() != null) {
      attributes.add(new Attribute("telephoneNumber", organization.phone().raw()));
    }
    addPlace(attributes, organization);
    return new Entry("uid=" + organization.id() + "," + organizations(), attributes);
  }

  private static void addContacts(
      List<Attribute> attributes, List<Email> emails, List<Phone> phones) {
    if (!emails.isEmpty()) {
      attributes.add(new Attribute("mail", emails.stream().map(Email::address).toList()));
    }
    List<String> mobiles =
        phones.stream().filter(p -> p.type() == PhoneType.MOBILE).map(Phone::raw).toList();
    List<String> others =
        phones.stream().filter(p -> p.type() != PhoneType.MOBILE).map(Phone::raw).toList();
    if (!mobiles.isEmpty()) {
      attributes.add(new Attribute("mobile", mobiles));
    }
    if (!others.isEmpty()) {
      attributes.add(new Attribute("telephoneNumber", others));
    }
  }

  private static void addPlace(List<Attribute> attributes, Organization place) {
    if (place.city() != null) {
      attributes.add(new Attribute("l", place.city()));
    }
    if (place.country() != null) {
      attributes.add(new Attribute("c", place.country()));
    }
  }
}
