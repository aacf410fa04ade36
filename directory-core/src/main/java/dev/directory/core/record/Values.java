package dev.directory.core.record;

import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Readers for the simple values of records; each refuses a bad value with its problem. */
public final class Values {

  /** What an id is: lower-case letters and digits in words joined by hyphens, at most 100. */
  public static final String ID_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

  public static final int ID_LENGTH = 100;

  /** The longest given or family name, region or city. */
  public static final int NAME = 200;

  /** The longest title or organisation name. */
  public static final int TITLE = 300;

  /** The longest role, alias or other short label. */
  public static final int LABEL = 100;

  private static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private Values() {}

  public static String id(String value) {
    if (value.length() > ID_LENGTH || !ID.matcher(value).matches()) {
      throw new InvalidValue(ProblemCode.ID_INVALID, value);
    }
    return value;
  }

  public static boolean yesNo(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "true", "y", "1" -> true;
      case "no", "false", "n", "0" -> false;
      default -> throw new InvalidValue(ProblemCode.YES_NO_INVALID, value);
    };
  }

  public static String language(String value) {
    String code = value.toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(code)) {
      throw new InvalidValue(ProblemCode.LANGUAGE_INVALID, value);
    }
    return code;
  }

  public static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidValue(ProblemCode.DATE_INVALID, value);
    }
  }

  public static String website(String value) {
    if (!value.matches("https?://[^\\s/$.?#][^\\s]*")) {
      throw new InvalidValue(ProblemCode.WEBSITE_INVALID, value);
    }
    return value;
  }

  /** A label: one line, at most {@code max} characters. */
  public static String label(String value, int max) {
    if (value.contains("\n") || value.contains("\r")) {
      throw new InvalidValue(ProblemCode.TEXT_MULTILINE);
    }
    if (value.length() > max) {
      throw new InvalidValue(ProblemCode.TEXT_TOO_LONG, value.length(), max);
    }
    return value;
  }
}
