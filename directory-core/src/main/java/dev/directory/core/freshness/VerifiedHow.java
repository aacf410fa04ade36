package dev.directory.core.freshness;

import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a record was found true. */
public enum VerifiedHow {
  PHONE,
  EMAIL,
  SOURCE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws InvalidValue naming the value and the accepted ones
   */
  public static VerifiedHow parse(String code) {
    for (VerifiedHow how : values()) {
      if (how.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return how;
      }
    }
    throw new InvalidValue(
        ProblemCode.CHOICE_INVALID,
        code,
        ProblemWord.VERIFIED_HOW,
        Arrays.stream(values()).map(VerifiedHow::code).collect(Collectors.joining(", ")));
  }
}
