package dev.directory.web.carddav;

import static dev.directory.web.carddav.DavRequest.CALENDARSERVER;
import static dev.directory.web.carddav.DavRequest.CARDDAV;
import static dev.directory.web.carddav.DavRequest.DAV;

import dev.directory.web.carddav.MultiStatus.Value;
import dev.directory.web.export.Cards;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The properties of each kind of resource of the service, as a client reads them. */
final class DavProperties {

  static final QName RESOURCE_TYPE = new QName(DAV, "resourcetype");
  static final QName DISPLAY_NAME = new QName(DAV, "displayname");
  static final QName CURRENT_USER_PRINCIPAL = new QName(DAV, "current-user-principal");
  static final QName PRINCIPAL_URL = new QName(DAV, "principal-URL");
  static final QName HOME_SET = new QName(CARDDAV, "addressbook-home-set");
  static final QName DESCRIPTION = new QName(CARDDAV, "addressbook-description");
  static final QName SUPPORTED_ADDRESS_DATA = new QName(CARDDAV, "supported-address-data");
  static final QName SUPPORTED_REPORTS = new QName(DAV, "supported-report-set");
  static final QName PRIVILEGES = new QName(DAV, "current-user-privilege-set");
  static final QName SYNC_TOKEN = new QName(DAV, "sync-token");
  static final QName CTAG = new QName(CALENDARSERVER, "getctag");
  static final QName ETAG = new QName(DAV, "getetag");
  static final QName CONTENT_TYPE = new QName(DAV, "getcontenttype");
  static final QName ADDRESS_DATA = new QName(CARDDAV, "address-data");

  static final String VCARD = "text/vcard; charset=utf-8";

  private static final QName COLLECTION = new QName(DAV, "collection");

  private DavProperties() {}

  /** The service's root, where a client that knows only the server begins. */
  static Map<QName, Value> root(String username) {
    Map<QName, Value> properties = new LinkedHashMap<>();
    properties.put(RESOURCE_TYPE, Value.elements(COLLECTION));
    properties.put(DISPLAY_NAME, Value.text("Directory"));
    properties.put(CURRENT_USER_PRINCIPAL, Value.href(DavPaths.principal(username)));
    return properties;
  }

  /** The signed-in member of staff, and where their address books are. */
  static Map<QName, Value> principal(String username) {
    Map<QName, Value> properties = new LinkedHashMap<>();
    properties.put(RESOURCE_TYPE, Value.elements(COLLECTION, new QName(DAV, "principal")));
    properties.put(DISPLAY_NAME, Value.text(username));
    properties.put(CURRENT_USER_PRINCIPAL, Value.href(DavPaths.principal(username)));
    properties.put(PRINCIPAL_URL, Value.href(DavPaths.principal(username)));
    properties.put(HOME_SET, Value.href(DavPaths.home(username)));
    return properties;
  }

  /** The collection of a member's address books. */
  static Map<QName, Value> home(String username) {
    Map<QName, Value> properties = new LinkedHashMap<>();
    properties.put(RESOURCE_TYPE, Value.elements(COLLECTION));
    properties.put(DISPLAY_NAME, Value.text("Address books of " + username));
    properties.put(CURRENT_USER_PRINCIPAL, Value.href(DavPaths.principal(username)));
    properties.put(PRIVILEGES, DavProperties::readOnly);
    return properties;
  }

  /**
   * An address book: read-only, with its sync token, also as the {@code getctag} that clients
   * without sync-collection compare.
   */
  static Map<QName, Value> book(String username, AddressBook book, String token) {
    Map<QName, Value> properties = new LinkedHashMap<>();
    properties.put(RESOURCE_TYPE, Value.elements(COLLECTION, new QName(CARDDAV, "addressbook")));
    properties.put(DISPLAY_NAME, Value.text(book.name()));
    properties.put(DESCRIPTION, Value.text(book.description()));
    properties.put(CURRENT_USER_PRINCIPAL, Value.href(DavPaths.principal(username)));
    properties.put(SYNC_TOKEN, Value.text(token));
    properties.put(CTAG, Value.text(token));
    properties.put(PRIVILEGES, DavProperties::readOnly);
    properties.put(
        SUPPORTED_REPORTS,
        xml -> {
          for (QName report :
              new QName[] {
                new QName(CARDDAV, "addressbook-multiget"),
                new QName(CARDDAV, "addressbook-query"),
                new QName(DAV, "sync-collection")
              }) {
            xml.writeStartElement("d", "supported-report", DAV);
            xml.writeStartElement("d", "report", DAV);
            Value.elements(report).write(xml);
            xml.writeEndElement();
            xml.writeEndElement();
          }
        });
    properties.put(
        SUPPORTED_ADDRESS_DATA,
        xml -> {
          for (String version : new String[] {"4.0", "3.0"}) {
            xml.writeEmptyElement("card", "address-data-type", CARDDAV);
            xml.writeAttribute("content-type", "text/vcard");
            xml.writeAttribute("version", version);
          }
        });
    return properties;
  }

  /** A card: its validator and type, and its text when the request asks for it by name. */
  static Map<QName, Value> card(Cards.Card card, DavRequest asked) {
    Map<QName, Value> properties = new LinkedHashMap<>();
    properties.put(RESOURCE_TYPE, Value.elements());
    properties.put(ETAG, Value.text(card.etag()));
    properties.put(CONTENT_TYPE, Value.text(VCARD));
    if (asked.props().contains(ADDRESS_DATA)) {
      properties.put(ADDRESS_DATA, Value.text(card.text()));
    }
    return properties;
  }

  private static void readOnly(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("d", "privilege", DAV);
    xml.writeEmptyElement("d", "read", DAV);
    xml.writeEndElement();
  }
}
