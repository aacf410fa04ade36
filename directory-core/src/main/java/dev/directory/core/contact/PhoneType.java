package dev.directory.core.contact;

import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
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
    throw new InvalidValue(ProblemCode.CHOICE_INVALID, value, ProblemWord.PHONE_TYPE, codes());
  }

  static String codes() {
    return Arrays.stream(values()).map(PhoneType::code).collect(Collectors.joining(", "));
  }
}
