package dev.directory.core.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Readers for the simple values of the import files; each names the bad value it refuses. */
final class Values {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private Values() {}

  static String id(String value) {
    if (value.length() > 100 || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "\""
              + value
              + "\" is not a valid id; use lower-case letters, digits and single hyphens,"
              + " such as iom-chile");
    }
    return value;
  }

  static boolean yesNo(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "true", "y", "1" -> true;
      case "no", "false", "n", "0" -> false;
      default -> throw new IllegalArgumentException("\"" + value + "\" is not yes or no");
    };
  }

  static String language(String value) {
    String code = value.toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(code)) {
      throw new IllegalArgumentException(
          "\"" + value + "\" is not an ISO 639-1 language code (such as es or fr)");
    }
    return code;
  }

  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"" + value + "\" is not a date written as YYYY-MM-DD", e);
    }
  }

  static String website(String value) {
    if (!value.matches("https?://[^\\s/$.?#][^\\s]*")) {
      throw new IllegalArgumentException(
          "\"" + value + "\" is not a web address starting with http:// or https://");
    }
    return value;
  }

  /** A label: one line, at most {@code max} characters. */
  static String label(String value, int max) {
    if (value.contains("\n") || value.contains("\r")) {
      throw new IllegalArgumentException("must be on one line");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(
          "is " + value.length() + " characters long; at most " + max + " are allowed");
    }
    return value;
  }
}
