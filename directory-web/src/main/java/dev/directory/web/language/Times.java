package dev.directory.web.language;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Moments as staff read them: in e-mails "2026-11-29 22:58 UTC", which reads the same in every
 * language; on pages as the reader's language writes dates ("29 nov 2026, 22:58 UTC").
 */
public final class Times {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Times() {}

  public static String utc(Instant at) {
    return UTC.format(at);
  }

  /** The moment in the page's language, in UTC. */
  public static String local(Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Texts.locale())
            .withZone(ZoneOffset.UTC)
            .format(at)
        + " UTC";
  }
}
