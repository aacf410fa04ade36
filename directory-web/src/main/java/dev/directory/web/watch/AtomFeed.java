package dev.directory.web.watch;

import dev.directory.core.watch.Watch;
import dev.directory.core.watch.WatchEvent;
import dev.directory.web.language.Texts;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A watch's events as an Atom feed (RFC 4287), the newest first, in the language being rendered.
 * Ids are URNs made from the watch's and the events' ids, so that a reader knows an entry again;
 * links are absolute, made from {@code base}, the site's address as the feed was asked for (many
 * readers ignore {@code xml:base}).
 */
final class AtomFeed {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /**
   * @param base the site's address, ending in a slash
   * @param self the feed's own address, relative to the site
   */
  static String of(Watch watch, List<WatchEvent> events, String base, String self) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      xml.writeAttribute("xml:lang", Texts.language().code());
      element(xml, "id", urn("watch:" + watch.id()));
      element(xml, "title", Texts.t("watch.feed_title", watch.label()));
      Instant updated = events.isEmpty() ? watch.createdAt() : events.get(0).at();
      element(xml, "updated", updated.truncatedTo(ChronoUnit.SECONDS).toString());
      link(xml, "self", "application/atom+xml", base + self.substring(1));
      xml.writeStartElement("author");
      element(xml, "name", Texts.t("layout.product"));
      xml.writeEndElement();
      for (WatchEvent event : events) {
        entry(xml, event, base);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string does not fail", e);
    }
    return text.toString();
  }

  private static void entry(XMLStreamWriter xml, WatchEvent event, String base)
      throws XMLStreamException {
    xml.writeStartElement("entry");
    element(xml, "id", urn("watch-event:" + event.watchId() + ":" + event.id()));
    element(xml, "title", EventTexts.title(event));
    element(xml, "updated", event.at().truncatedTo(ChronoUnit.SECONDS).toString());
    link(xml, "alternate", "text/html", base + EventTexts.page(event).substring(1));
    xml.writeStartElement("content");
    xml.writeAttribute("type", "text");
    xml.writeCharacters(String.join("\n", EventTexts.lines(event)));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  private static void element(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static String urn(String name) {
    return "urn:uuid:"
        + UUID.nameUUIDFromBytes(("directory:" + name).getBytes(StandardCharsets.UTF_8));
  }
}
