package dev.directory.search.index;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.directory.core.contact.Phone;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a phone number by any run of 4 or more of its digits, however it or the query is written:
 * with or without spaces and dashes, "+", country code or trunk "0". A stored number is indexed as
 * each of its digit forms (as written, E.164, national), cut by {@link PhoneGramAnalyzer} into
 * overlapping runs of four digits; a run of digits typed is the phrase of its own runs of four.
 */
public final class PhoneDigits {

  public static final int MIN_DIGITS = 4;

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Set<Integer> CALLING_CODES = Set.copyOf(UTIL.getSupportedCallingCodes());
  private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(?:ext\\.?|x).*$");
  private static final Pattern PHONE_LIKE = Pattern.compile("[+(]?[0-9][0-9 ()./-]*");

  private PhoneDigits() {}

  /** The digit forms of a stored number, to index in the phone field. */
  public static Set<String> forms(Phone phone, @Nullable String country) {
    Set<String> forms = storedForms(phone, country);
    forms.removeIf(form -> form.length() < MIN_DIGITS);
    return forms;
  }

  /** The overlapping runs of {@link #MIN_DIGITS} digits of {@code digits}, in order. */
  public static List<String> grams(String digits) {
    List<String> grams = new ArrayList<>();
    for (int start = 0; start + MIN_DIGITS <= digits.length(); start++) {
      grams.add(digits.substring(start, start + MIN_DIGITS));
    }
    return grams;
  }

  /** Whether a whole query reads as a phone number (digits and separators, 4+ digits). */
  public static boolean isPhoneLike(String query) {
    String trimmed = query.strip();
    return PHONE_LIKE.matcher(trimmed).matches() && digits(trimmed).length() >= MIN_DIGITS;
  }

  /** The digit runs to look for when a user typed {@code query} (a number or part of one). */
  public static Set<String> queryForms(String query) {
    String digits = digits(query);
    Set<String> forms = new LinkedHashSet<>();
    if (digits.length() < MIN_DIGITS) {
      return forms;
    }
    forms.add(digits);
    String trimmed = query.strip();
    boolean international = trimmed.startsWith("+") || digits.startsWith("00");
    if (international || digits.length() >= 8) {
      String national =
          nationalNumber("+" + (digits.startsWith("00") ? digits.substring(2) : digits), null);
      if (national != null) {
        forms.add(national);
      }
    }
    if (digits.startsWith("0")) {
      forms.add(digits.substring(1));
    }
    forms.removeIf(form -> form.length() < MIN_DIGITS);
    return forms;
  }

  private static Set<String> storedForms(Phone phone, @Nullable String country) {
    Set<String> forms = new LinkedHashSet<>();
    String written = EXTENSION.matcher(phone.raw()).replaceFirst("");
    forms.add(digits(written));
    if (phone.e164() != null) {
      forms.add(phone.e164().substring(1));
    }
    String national =
        phone.e164() != null ? afterCountryCode(phone.e164()) : nationalNumber(written, country);
    if (national != null) {
      forms.add(national);
    }
    return forms;
  }

  /**
   * The digits of a valid E.164 number after its country code: found in the table of country codes,
   * without parsing the number again for each of a million people.
   */
  @Nullable
  private static String afterCountryCode(String e164) {
    // Country calling codes are prefix-free: the first of one, two or three digits that is one
    // is the number's.
    for (int length = 1; length <= 3 && length < e164.length() - 1; length++) {
      if (CALLING_CODES.contains(Integer.parseInt(e164.substring(1, 1 + length)))) {
        int start = 1 + length;
        while (start < e164.length() - 1 && e164.charAt(start) == '0') {
          start++; // as the national number is read elsewhere: without Italy's leading zero
        }
        return e164.substring(start);
      }
    }
    return null;
  }

  @Nullable
  private static String nationalNumber(String number, @Nullable String country) {
    try {
      PhoneNumber parsed = UTIL.parse(number, country == null ? "ZZ" : country);
      return Long.toString(parsed.getNationalNumber());
    } catch (NumberParseException e) {
      return null;
    }
  }

  static String digits(String text) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }
}
