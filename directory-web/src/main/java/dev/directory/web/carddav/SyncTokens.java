package dev.directory.web.carddav;

import java.util.Optional;

/**
 * A sync token (RFC 6578) is a point of the change log, with the identity of the database whose log
 * it is: {@code urn:x-directory:sync:<origin>:<position>}. A token of another database, or one that
 * does not read, is no token the server gave.
 */
final class SyncTokens {

  private static final String PREFIX = "urn:x-directory:sync:";

  private SyncTokens() {}

  static String of(String origin, long seq) {
    return PREFIX + origin + ":" + seq;
  }

  /** The position of a token this database gave; empty for any other. */
  static Optional<Long> position(String token, String origin) {
    String mine = PREFIX + origin + ":";
    if (!token.startsWith(mine)) {
      return Optional.empty();
    }
    try {
      long seq = Long.parseLong(token.substring(mine.length()));
      return seq < 0 ? Optional.empty() : Optional.of(seq);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
