package dev.directory.core.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a phone number reaches. */
public enum PhoneType {
  WORK,
  MOBILE,
  FAX;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static PhoneType parse(String value) {
    for (PhoneType type : values()) {
      if (type.code().equalsIgnoreCase(value.strip())) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "\"" + value + "\" is not a phone type; use one of " + codes());
  }

  static String codes() {
    return Arrays.stream(values()).map(PhoneType::code).collect(Collectors.joining(", "));
  }
}
