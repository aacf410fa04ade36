package dev.directory.core.inquiry;

import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import java.util.Locale;

/** Where a press inquiry stands. */
public enum InquiryStatus {
  NEW,
  ASSIGNED,
  ANSWERED,
  CLOSED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the value and the statuses there are
   */
  public static InquiryStatus parse(String code) {
    for (InquiryStatus status : values()) {
      if (status.code().equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))) {
        return status;
      }
    }
    throw new InvalidValue(
        ProblemCode.CHOICE_INVALID, code, ProblemWord.STATUS, "new, assigned, answered, closed");
  }
}
