package dev.directory.core.contact;

import dev.directory.core.country.Countries;
import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a phone number is not valid as written, as a value a page can name in its reader's language.
 * A phone keeps its issue as English text (the API gives it so, and the database stores it); this
 * is the one place that writes that text and reads it back.
 *
 * @param kind what is wrong
 * @param country whose numbering plan the number does not fit, for {@link Kind#NOT_VALID}; null
 *     when the number's country code belongs to no country
 */
public record PhoneIssue(Kind kind, @Nullable String country) {

  /** What is wrong with a number. */
  public enum Kind {
    /** It does not fit its country's numbering plan. */
    NOT_VALID,
    /** As {@link #NOT_VALID}, and Chile's 0 or another trunk prefix is written after +code. */
    TRUNK_PREFIX,
    /** More than the 15 digits E.164 allows. */
    TOO_LONG,
    /** libphonenumber could not read it at all. */
    UNREADABLE
  }

  private static final Pattern NOT_VALID_TEXT =
      Pattern.compile(
          "not a valid number in (?:(.+)'s|any) numbering plan"
              + "( \\(a trunk prefix 0 is written after the country code\\))?; kept as written");

  /** The issue as the phone keeps it, in English. */
  public String text() {
    return switch (kind) {
      case TOO_LONG ->
          "longer than the 15 digits an international number may have (E.164); kept as written";
      case UNREADABLE -> "cannot be read as a phone number; kept as written";
      case NOT_VALID, TRUNK_PREFIX ->
          "not a valid number in "
              + (country == null
                  ? "any numbering plan"
                  : Countries.name(country, Locale.ENGLISH) + "'s numbering plan")
              + (kind == Kind.TRUNK_PREFIX
                  ? " (a trunk prefix 0 is written after the country code)"
                  : "")
              + "; kept as written";
    };
  }

  /** The issue a phone keeps as {@code text}, or null for a text written otherwise. */
  public static @Nullable PhoneIssue read(@Nullable String text) {
    if (text == null) {
      return null;
    }
    for (Kind kind : new Kind[] {Kind.TOO_LONG, Kind.UNREADABLE}) {
      if (new PhoneIssue(kind, null).text().equals(text)) {
        return new PhoneIssue(kind, null);
      }
    }
    if (text.startsWith("cannot be read as a phone number")) {
      return new PhoneIssue(Kind.UNREADABLE, null); // written with libphonenumber's own words
    }
    Matcher matcher = NOT_VALID_TEXT.matcher(text);
    if (!matcher.matches()) {
      return null;
    }
    String country = null;
    if (matcher.group(1) != null) {
      try {
        country = Countries.parseCodeOrName(matcher.group(1));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return new PhoneIssue(matcher.group(2) == null ? Kind.NOT_VALID : Kind.TRUNK_PREFIX, country);
  }
}
