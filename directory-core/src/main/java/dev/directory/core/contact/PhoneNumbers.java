package dev.directory.core.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.directory.core.country.Countries;
import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import java.util.regex.Pattern;

/**
 * Reads phone numbers as people write them. Text that is not a phone number at all is refused; a
 * number that looks like one but does not fit its numbering plan is kept and flagged.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern PHONE_SHAPE =
      Pattern.compile("\\+?[0-9 ()./-]+(?:\\s*(?:ext\\.?|x)\\s*[0-9]{1,6})?");
  private static final Pattern TRUNK_ZERO_AFTER_COUNTRY_CODE = Pattern.compile("^\\+\\d{1,3}\\D*0");

  /** The most digits an international number has, country code included (ITU-T E.164). */
  static final int E164_DIGITS = 15;

  private PhoneNumbers() {}

  /**
   * @param country where the number is, for numbers written without a country code
   * @throws IllegalArgumentException naming the value when it is not a phone number at all
   */
  public static Phone read(PhoneType type, String written, @Nullable String country) {
    String raw = written == null ? "" : written.strip();
    long digits = raw.chars().filter(Character::isDigit).count();
    if (!PHONE_SHAPE.matcher(raw).matches() || digits < 4 || digits > 20) {
      throw new InvalidValue(ProblemCode.PHONE_INVALID, written);
    }
    String region = country == null ? "ZZ" : country;
    PhoneNumber number;
    try {
      number = UTIL.parse(raw, region);
    } catch (NumberParseException e) {
      return new Phone(type, raw, null, new PhoneIssue(PhoneIssue.Kind.UNREADABLE, null).text());
    }
    String e164 = UTIL.format(number, PhoneNumberFormat.E164);
    if (e164.length() - 1 > E164_DIGITS) {
      return new Phone(type, raw, null, new PhoneIssue(PhoneIssue.Kind.TOO_LONG, null).text());
    }
    if (UTIL.isValidNumber(number)) {
      return new Phone(type, raw, e164, null);
    }
    return new Phone(type, raw, null, invalidReason(raw, number));
  }

  private static String invalidReason(String raw, PhoneNumber number) {
    String region = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
    PhoneIssue.Kind kind =
        TRUNK_ZERO_AFTER_COUNTRY_CODE.matcher(raw).find()
            ? PhoneIssue.Kind.TRUNK_PREFIX
            : PhoneIssue.Kind.NOT_VALID;
    return new PhoneIssue(kind, Countries.isCode(region) ? region : null).text();
  }
}
