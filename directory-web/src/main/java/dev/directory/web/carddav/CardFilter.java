package dev.directory.web.carddav;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * An {@code addressbook-query}'s filter (RFC 6352 10.5): property filters with text matches,
 * combined by {@code anyof} (the default) or {@code allof}, tested against a card's properties.
 * Text is compared as {@code i;unicode-casemap} does, case folded; parameter filters are not
 * supported and match nothing.
 */
record CardFilter(boolean allOf, List<PropFilter> props) {

  /**
   * @param undefined the filter asks for cards without the property
   */
  record PropFilter(String name, boolean allOf, boolean undefined, List<TextMatch> matches) {

    boolean test(Map<String, List<String>> card) {
      List<String> values = card.getOrDefault(name, List.of());
      if (undefined) {
        return values.isEmpty();
      }
      if (matches.isEmpty()) {
        return !values.isEmpty();
      }
      return allOf
          ? matches.stream().allMatch(match -> match.test(values))
          : matches.stream().anyMatch(match -> match.test(values));
    }
  }

  /**
   * @param how {@code equals}, {@code contains}, {@code starts-with} or {@code ends-with}
   */
  record TextMatch(String text, String how, boolean negate) {

    boolean test(List<String> values) {
      String wanted = text.toLowerCase(Locale.ROOT);
      boolean found =
          values.stream()
              .map(value -> value.toLowerCase(Locale.ROOT))
              .anyMatch(
                  value ->
                      switch (how) {
                        case "equals" -> value.equals(wanted);
                        case "starts-with" -> value.startsWith(wanted);
                        case "ends-with" -> value.endsWith(wanted);
                        default -> value.contains(wanted);
                      });
      return found != negate;
    }
  }

  /** Whether a card, as its properties' values by upper-case name, passes the filter. */
  boolean test(Map<String, List<String>> card) {
    if (props.isEmpty()) {
      return true;
    }
    return allOf
        ? props.stream().allMatch(prop -> prop.test(card))
        : props.stream().anyMatch(prop -> prop.test(card));
  }

  /**
   * A card's properties, as the filter tests them: each value by its property's upper-case name,
   * its structure's separators read as spaces and its escapes undone.
   */
  static Map<String, List<String>> properties(String vcard) {
    Map<String, List<String>> properties = new HashMap<>();
    for (String line : vcard.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 1) {
        continue;
      }
      String name = line.substring(0, colon);
      int parameters = name.indexOf(';');
      name = parameters < 0 ? name : name.substring(0, parameters);
      name = name.substring(name.indexOf('.') + 1).toUpperCase(Locale.ROOT);
      String value =
          line.substring(colon + 1)
              .replaceAll("(?<!\\\\)[;]", " ")
              .replace("\\n", " ")
              .replace("\\,", ",")
              .replace("\\;", ";")
              .replace("\\\\", "\\")
              .strip();
      properties.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return properties;
  }

  static CardFilter read(Element filter) {
    List<PropFilter> props = new ArrayList<>();
    for (Element prop : DavRequest.children(filter)) {
      if (!"prop-filter".equals(prop.getLocalName())) {
        continue;
      }
      List<TextMatch> matches = new ArrayList<>();
      boolean undefined = false;
      boolean unsupported = false;
      for (Element test : DavRequest.children(prop)) {
        switch (test.getLocalName()) {
          case "text-match" ->
              matches.add(
                  new TextMatch(
                      test.getTextContent(),
                      test.hasAttribute("match-type")
                          ? test.getAttribute("match-type")
                          : "contains",
                      "yes".equals(test.getAttribute("negate-condition"))));
          case "is-not-defined" -> undefined = true;
          default -> unsupported = true;
        }
      }
      if (unsupported) {
        // a parameter filter: nothing is said to match it
        matches.add(new TextMatch("\u0000", "equals", false));
      }
      props.add(
          new PropFilter(
              prop.getAttribute("name").toUpperCase(Locale.ROOT),
              "allof".equals(prop.getAttribute("test")),
              undefined,
              matches));
    }
    return new CardFilter("allof".equals(filter.getAttribute("test")), props);
  }
}
