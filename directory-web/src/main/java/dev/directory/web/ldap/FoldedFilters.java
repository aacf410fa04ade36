package dev.directory.web.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import dev.directory.core.text.Folding;
import dev.directory.search.index.IndexFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LDAP filters as a person typing a name means them: every comparison is free of case and accents
 * ({@code (cn=*giron*)} matches Girón), as the directory's search is.
 */
final class FoldedFilters {

  private FoldedFilters() {}

  /** Whether the entry passes the filter: and, or, not, equality, substrings, presence, ranges. */
  static boolean matches(Filter filter, Entry entry) {
    return switch (filter.getFilterType()) {
      case Filter.FILTER_TYPE_AND -> {
        for (Filter part : filter.getComponents()) {
          if (!matches(part, entry)) {
            yield false;
          }
        }
        yield true;
      }
      case Filter.FILTER_TYPE_OR -> {
        for (Filter part : filter.getComponents()) {
          if (matches(part, entry)) {
            yield true;
          }
        }
        yield false;
      }
      case Filter.FILTER_TYPE_NOT -> !matches(filter.getNOTComponent(), entry);
      case Filter.FILTER_TYPE_PRESENCE -> entry.hasAttribute(filter.getAttributeName());
      case Filter.FILTER_TYPE_EQUALITY ->
          values(entry, filter).stream().anyMatch(v -> v.equals(fold(filter.getAssertionValue())));
      case Filter.FILTER_TYPE_APPROXIMATE_MATCH ->
          values(entry, filter).stream()
              .anyMatch(v -> v.contains(fold(filter.getAssertionValue())));
      case Filter.FILTER_TYPE_GREATER_OR_EQUAL ->
          values(entry, filter).stream()
              .anyMatch(v -> v.compareTo(fold(filter.getAssertionValue())) >= 0);
      case Filter.FILTER_TYPE_LESS_OR_EQUAL ->
          values(entry, filter).stream()
              .anyMatch(v -> v.compareTo(fold(filter.getAssertionValue())) <= 0);
      case Filter.FILTER_TYPE_SUBSTRING ->
          values(entry, filter).stream().anyMatch(v -> substrings(filter, v));
      default -> false; // extensible matching: no rule of ours
    };
  }

  /**
   * The words of the filter's name-like assertions, to find candidates in the search index: one
   * text for each alternative of an {@code or}, the words of an {@code and}'s parts together.
   * Empty: nothing to search for (a presence test), so every entry is a candidate.
   */
  static List<String> texts(Filter filter) {
    return switch (filter.getFilterType()) {
      case Filter.FILTER_TYPE_OR -> {
        Set<String> texts = new LinkedHashSet<>();
        for (Filter part : filter.getComponents()) {
          List<String> of = texts(part);
          if (of.isEmpty()) {
            yield List.of(); // one alternative matches without words: every entry may
          }
          texts.addAll(of);
        }
        yield new ArrayList<>(texts);
      }
      case Filter.FILTER_TYPE_AND -> {
        for (Filter part : filter.getComponents()) {
          List<String> of = texts(part);
          if (!of.isEmpty()) {
            yield of; // the others narrow what this part finds
          }
        }
        yield List.of();
      }
      case Filter.FILTER_TYPE_EQUALITY, Filter.FILTER_TYPE_APPROXIMATE_MATCH ->
          named(filter) ? List.of(filter.getAssertionValue() + " ") : List.of();
      case Filter.FILTER_TYPE_SUBSTRING -> {
        if (!named(filter)) {
          yield List.of();
        }
        StringBuilder words = new StringBuilder();
        if (filter.getSubInitialString() != null) {
          words.append(filter.getSubInitialString());
        }
        for (String any : filter.getSubAnyStrings()) {
          words.append(' ').append(any);
        }
        if (filter.getSubFinalString() != null) {
          words.append(' ').append(filter.getSubFinalString());
        }
        String text = words.toString().strip();
        // a beginning may be a word being typed; a middle or an end is a whole word
        yield text.isEmpty()
            ? List.of()
            : List.of(
                filter.getSubAnyStrings().length == 0 && filter.getSubFinalString() == null
                    ? text
                    : text + " ");
      }
      default -> List.of();
    };
  }

  /**
   * A word being typed, as a mail program's address field asks for it: {@code (cn=gir*)}, or an
   * {@code or} of such beginnings of one word, {@code (|(cn=gir*)(mail=gir*)(sn=gir*))}.
   *
   * @param word folded and in lower case
   * @param fields the index's fields that hold the attributes' words
   */
  record Beginning(String word, Set<String> fields) {}

  /** Index fields of the attributes a {@link Beginning} may name. */
  private static final Map<String, String> WORD_FIELDS =
      Map.of(
          "cn", IndexFields.NAME,
          "sn", IndexFields.NAME,
          "givenname", IndexFields.NAME,
          "displayname", IndexFields.NAME,
          "mail", IndexFields.EMAIL);

  /** The filter as a {@link Beginning}, when it is one. */
  static Optional<Beginning> beginning(Filter filter) {
    if (filter.getFilterType() == Filter.FILTER_TYPE_SUBSTRING) {
      String field = WORD_FIELDS.get(filter.getAttributeName().toLowerCase(Locale.ROOT));
      String initial = filter.getSubInitialString();
      boolean oneBeginning =
          field != null
              && initial != null
              && !initial.isBlank()
              && initial.strip().chars().noneMatch(Character::isWhitespace)
              && filter.getSubAnyStrings().length == 0
              && filter.getSubFinalString() == null;
      return oneBeginning
          ? Optional.of(new Beginning(fold(initial.strip()), Set.of(field)))
          : Optional.empty();
    }
    if (filter.getFilterType() != Filter.FILTER_TYPE_OR || filter.getComponents().length == 0) {
      return Optional.empty();
    }
    String word = null;
    Set<String> fields = new LinkedHashSet<>();
    for (Filter part : filter.getComponents()) {
      Optional<Beginning> beginning = beginning(part);
      if (beginning.isEmpty() || (word != null && !word.equals(beginning.get().word()))) {
        return Optional.empty();
      }
      word = beginning.get().word();
      fields.addAll(beginning.get().fields());
    }
    return Optional.of(new Beginning(word, fields));
  }

  /** Attributes whose values the search index holds as words. */
  private static final Set<String> NAMED =
      Set.of("cn", "sn", "givenname", "displayname", "o", "ou", "title", "mail", "uid", "l");

  private static boolean named(Filter filter) {
    return NAMED.contains(filter.getAttributeName().toLowerCase(Locale.ROOT));
  }

  private static boolean substrings(Filter filter, String value) {
    int at = 0;
    if (filter.getSubInitialString() != null) {
      String initial = fold(filter.getSubInitialString());
      if (!value.startsWith(initial)) {
        return false;
      }
      at = initial.length();
    }
    for (String any : filter.getSubAnyStrings()) {
      int found = value.indexOf(fold(any), at);
      if (found < 0) {
        return false;
      }
      at = found + fold(any).length();
    }
    return filter.getSubFinalString() == null
        || value.substring(at).endsWith(fold(filter.getSubFinalString()));
  }

  private static List<String> values(Entry entry, Filter filter) {
    Attribute attribute = entry.getAttribute(filter.getAttributeName());
    if (attribute == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (String value : attribute.getValues()) {
      values.add(fold(value));
    }
    return values;
  }

  private static String fold(String text) {
    return Folding.fold(text).toLowerCase(Locale.ROOT);
  }
}
