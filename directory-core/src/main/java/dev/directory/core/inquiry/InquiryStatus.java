package dev.directory.core.inquiry;

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

  static InquiryStatus fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
