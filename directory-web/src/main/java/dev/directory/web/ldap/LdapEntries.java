package dev.directory.web.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import dev.directory.web.record.RecordViews.EmailView;
import dev.directory.web.record.RecordViews.OrganizationView;
import dev.directory.web.record.RecordViews.PersonView;
import dev.directory.web.record.RecordViews.PhoneView;
import dev.directory.web.record.RecordViews.PlaceView;
import dev.directory.web.record.Ref;
import java.util.ArrayList;
import java.util.List;

/**
 * Records as LDAP entries, with the attributes mail programs read: a person as an {@code
 * inetOrgPerson} under {@code ou=people}, an organisation as an {@code organization} under {@code
 * ou=organizations}.
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

  Entry person(PersonView person) {
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(
        new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"));
    attributes.add(new Attribute("uid", person.id()));
    attributes.add(new Attribute("cn", person.name()));
    attributes.add(new Attribute("displayName", person.name()));
    attributes.add(new Attribute("sn", person.familyName()));
    if (!person.givenName().isEmpty()) {
      attributes.add(new Attribute("givenName", person.givenName()));
    }
    if (person.title() != null) {
      attributes.add(new Attribute("title", person.title()));
    }
    attributes.add(new Attribute("o", person.organization().name()));
    List<String> units = person.organizationPath().stream().map(Ref::name).toList();
    if (!units.isEmpty()) {
      attributes.add(new Attribute("ou", units));
    }
    addContacts(attributes, person.emails(), person.phones());
    addPlace(attributes, person.place());
    return new Entry("uid=" + person.id() + "," + people(), attributes);
  }

  Entry organization(OrganizationView organization) {
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
      attributes.add(new Attribute("telephoneNumber", organization.phone().number()));
    }
    addPlace(attributes, organization.place());
    return new Entry("uid=" + organization.id() + "," + organizations(), attributes);
  }

  private static void addContacts(
      List<Attribute> attributes, List<EmailView> emails, List<PhoneView> phones) {
    if (!emails.isEmpty()) {
      attributes.add(new Attribute("mail", emails.stream().map(EmailView::address).toList()));
    }
    List<String> mobiles =
        phones.stream().filter(p -> p.type().equals("mobile")).map(PhoneView::number).toList();
    List<String> others =
        phones.stream().filter(p -> !p.type().equals("mobile")).map(PhoneView::number).toList();
    if (!mobiles.isEmpty()) {
      attributes.add(new Attribute("mobile", mobiles));
    }
    if (!others.isEmpty()) {
      attributes.add(new Attribute("telephoneNumber", others));
    }
  }

  private static void addPlace(List<Attribute> attributes, PlaceView place) {
    if (place == null) {
      return;
    }
    if (place.city() != null) {
      attributes.add(new Attribute("l", place.city()));
    }
    if (place.country() != null) {
      attributes.add(new Attribute("c", place.country()));
    }
  }
}
