package dev.directory.core.outbox;

import java.util.Locale;

/** Where an outgoing e-mail stands. */
public enum OutboxStatus {
  /** Waiting for a mail server: not yet tried, or due to be tried again. */
  PENDING,
  SENT,
  /** Given up after the last retry; the message stays for staff to see. */
  FAILED,
  /** Nobody to send it to: kept for staff to see. */
  UNADDRESSED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
