package dev.directory.core.contact;

import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Whether an e-mail address is a work or a personal one. */
public enum EmailType {
  WORK,
  PERSONAL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static EmailType parse(String value) {
    for (EmailType type : values()) {
      if (type.code().equalsIgnoreCase(value.strip())) {
        return type;
      }
    }
    throw new InvalidValue(
        ProblemCode.CHOICE_INVALID,
        value,
        ProblemWord.EMAIL_TYPE,
        Arrays.stream(values()).map(EmailType::code).collect(Collectors.joining(", ")));
  }
}
