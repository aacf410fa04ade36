package dev.directory.web.carddav;

import ezvcard.VCardVersion;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What a PROPFIND or REPORT body asks for: the properties (or all of them), the cards by address,
 * the sync token, the vCard version, and an {@code addressbook-query}'s filter and limit. Read with
 * no document type allowed, so a body cannot make the parser fetch or expand anything.
 *
 * @param kind the body's element: {@code propfind}, {@code addressbook-multiget}, {@code
 *     addressbook-query} or {@code sync-collection}
 * @param props the properties asked for; empty with {@code allProps}
 * @param version the vCard version {@code address-data} asks for (4.0 unless it asks for 3.0)
 * @param limit the most results an {@code addressbook-query} wants, or null
 */
record DavRequest(
    String kind,
    Set<QName> props,
    boolean allProps,
    VCardVersion version,
    List<String> hrefs,
    @Nullable String syncToken,
    @Nullable CardFilter filter,
    @Nullable Integer limit) {

  static final String DAV = "DAV:";
  static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";
  static final String CALENDARSERVER = "http://calendarserver.org/ns/";

  /** An empty body: a PROPFIND for every property. */
  static final DavRequest ALL_PROPS =
      new DavRequest("propfind", Set.of(), true, VCardVersion.V4_0, List.of(), null, null, null);

  /** A body that is not XML, or not one this service reads. */
  static final class Unreadable extends RuntimeException {
    Unreadable(String message) {
      super(message);
    }
  }

  static DavRequest read(@Nullable String body) {
    if (body == null || body.isBlank()) {
      return ALL_PROPS;
    }
    Element root = parse(body);
    Set<QName> props = new LinkedHashSet<>();
    boolean allProps = first(root, DAV, "allprop") != null || first(root, DAV, "prop") == null;
    VCardVersion version = VCardVersion.V4_0;
    Element prop = first(root, DAV, "prop");
    if (prop != null) {
      for (Element asked : children(prop)) {
        props.add(new QName(asked.getNamespaceURI(), asked.getLocalName()));
        if (CARDDAV.equals(asked.getNamespaceURI())
            && "address-data".equals(asked.getLocalName())
            && "3.0".equals(asked.getAttribute("version"))) {
          version = VCardVersion.V3_0;
        }
      }
    }
    List<String> hrefs = new ArrayList<>();
    for (Element child : children(root)) {
      if (DAV.equals(child.getNamespaceURI()) && "href".equals(child.getLocalName())) {
        hrefs.add(child.getTextContent().strip());
      }
    }
    Element token = first(root, DAV, "sync-token");
    Element filter = first(root, CARDDAV, "filter");
    return new DavRequest(
        root.getLocalName(),
        props,
        allProps && props.isEmpty(),
        version,
        hrefs,
        token == null ? null : token.getTextContent().strip(),
        filter == null ? null : CardFilter.read(filter),
        limit(root));
  }

  boolean wants(QName prop) {
    return allProps || props.contains(prop);
  }

  private static @Nullable Integer limit(Element root) {
    Element limit = first(root, CARDDAV, "limit");
    Element results = limit == null ? null : first(limit, CARDDAV, "nresults");
    if (results == null) {
      return null;
    }
    try {
      int count = Integer.parseInt(results.getTextContent().strip());
      if (count < 1) {
        throw new Unreadable("nresults must be a whole number above 0");
      }
      return count;
    } catch (NumberFormatException e) {
      throw new Unreadable("nresults must be a whole number above 0");
    }
  }

  private static Element parse(String body) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      return factory
          .newDocumentBuilder()
          .parse(new InputSource(new StringReader(body)))
          .getDocumentElement();
    } catch (SAXException | IOException e) {
      throw new Unreadable("The body is not well-formed XML: " + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser takes these features", e);
    }
  }

  /** The first element of that name anywhere under {@code parent}, or null. */
  static @Nullable Element first(Element parent, String namespace, String name) {
    Node found = parent.getElementsByTagNameNS(namespace, name).item(0);
    return (Element) found;
  }

  static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        children.add(element);
      }
    }
    return children;
  }
}
