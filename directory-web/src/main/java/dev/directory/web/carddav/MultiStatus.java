package dev.directory.web.carddav;

import static dev.directory.web.carddav.DavRequest.CALENDARSERVER;
import static dev.directory.web.carddav.DavRequest.CARDDAV;
import static dev.directory.web.carddav.DavRequest.DAV;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A {@code 207 Multi-Status} answer (RFC 4918 13), written response by response as it is sent: a
 * resource's properties that are there under {@code 200}, those asked for that are not under {@code
 * 404}.
 */
final class MultiStatus implements AutoCloseable {

  /** What a property holds, written inside its element. */
  @FunctionalInterface
  interface Value {
    void write(XMLStreamWriter xml) throws XMLStreamException;

    static Value text(String text) {
      return xml -> xml.writeCharacters(text);
    }

    static Value href(String href) {
      return xml -> {
        xml.writeStartElement("d", "href", DAV);
        xml.writeCharacters(href);
        xml.writeEndElement();
      };
    }

    /** Empty elements, such as a resource type's {@code collection} and {@code addressbook}. */
    static Value elements(QName... names) {
      return xml -> {
        for (QName name : names) {
          xml.writeEmptyElement(
              prefix(name.getNamespaceURI()), name.getLocalPart(), name.getNamespaceURI());
        }
      };
    }
  }

  private final OutputStream out;
  private final XMLStreamWriter xml;

  MultiStatus(OutputStream out) {
    this.out = out;
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setPrefix("d", DAV);
      xml.setPrefix("card", CARDDAV);
      xml.setPrefix("cs", CALENDARSERVER);
      xml.writeStartElement("d", "multistatus", DAV);
      xml.writeNamespace("d", DAV);
      xml.writeNamespace("card", CARDDAV);
      xml.writeNamespace("cs", CALENDARSERVER);
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /**
   * A resource and the properties asked for: those it has with their values, the others as not
   * found.
   */
  void response(String href, Map<QName, Value> properties, DavRequest asked) {
    try {
      xml.writeStartElement("d", "response", DAV);
      element("href", href);
      List<QName> missing = new ArrayList<>();
      boolean open = false;
      for (Map.Entry<QName, Value> property : properties.entrySet()) {
        if (!asked.wants(property.getKey())) {
          continue;
        }
        if (!open) {
          xml.writeStartElement("d", "propstat", DAV);
          xml.writeStartElement("d", "prop", DAV);
          open = true;
        }
        QName name = property.getKey();
        xml.writeStartElement(
            prefix(name.getNamespaceURI()), name.getLocalPart(), name.getNamespaceURI());
        property.getValue().write(xml);
        xml.writeEndElement();
      }
      if (open) {
        xml.writeEndElement();
        element("status", "HTTP/1.1 200 OK");
        xml.writeEndElement();
      }
      for (QName name : asked.props()) {
        if (!properties.containsKey(name)) {
          missing.add(name);
        }
      }
      if (!missing.isEmpty()) {
        xml.writeStartElement("d", "propstat", DAV);
        xml.writeStartElement("d", "prop", DAV);
        for (QName name : missing) {
          String prefix = prefix(name.getNamespaceURI());
          if (name.getNamespaceURI().isEmpty()) {
            xml.writeEmptyElement(name.getLocalPart());
          } else {
            xml.writeEmptyElement(prefix, name.getLocalPart(), name.getNamespaceURI());
            if (prefix.equals("x")) {
              xml.writeNamespace("x", name.getNamespaceURI());
            }
          }
        }
        xml.writeEndElement();
        element("status", "HTTP/1.1 404 Not Found");
        xml.writeEndElement();
      }
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /** A member that is no longer there (RFC 6578 3.5.2), or an address that is no card's. */
  void gone(String href) {
    try {
      xml.writeStartElement("d", "response", DAV);
      element("href", href);
      element("status", "HTTP/1.1 404 Not Found");
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  void syncToken(String token) {
    try {
      element("sync-token", token);
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /** Writes what is written so far on to the client. */
  void flush() {
    try {
      xml.flush();
      out.flush();
    } catch (XMLStreamException e) {
      throw failed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      out.flush();
    } catch (XMLStreamException e) {
      throw failed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void element(String name, String text) throws XMLStreamException {
    xml.writeStartElement("d", name, DAV);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static String prefix(String namespace) {
    return switch (namespace) {
      case DAV -> "d";
      case CARDDAV -> "card";
      case CALENDARSERVER -> "cs";
      default -> "x";
    };
  }

  /** The stream failed: most often the client went away. */
  private static UncheckedIOException failed(XMLStreamException e) {
    return new UncheckedIOException(new IOException(e.getMessage(), e));
  }
}
