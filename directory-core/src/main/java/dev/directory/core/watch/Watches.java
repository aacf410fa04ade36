package dev.directory.core.watch;

import dev.directory.core.account.Accounts;
import dev.directory.core.change.Writes;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each member's watches: made with the records they follow at that moment, listed, removed; the
 * secret of a watch's feed is shown once and kept only as a hash, and a new one revokes the old.
 * Another member's watches are not theirs to see.
 */
@Singleton
public class Watches {

  /** The most watches one member keeps. */
  public static final int MOST = 100;

  /** The most records one watch follows. */
  public static final int MOST_MEMBERS = 10_000;

  public static final int MAX_TARGET = 2000;

  private final WatchRows.Rows rows;
  private final WatchRows.Events events;
  private final WatchMembers members;
  private final Accounts accounts;
  private final Writes writes;
  private final SecureRandom random = new SecureRandom();

  Watches(
      WatchRows.Rows rows,
      WatchRows.Events events,
      WatchMembers members,
      Accounts accounts,
      Writes writes) {
    this.rows = rows;
    this.events = events;
    this.members = members;
    this.accounts = accounts;
    this.writes = writes;
  }

  /** A watch just made, or given a new feed: the secret of its feed's address, shown once. */
  public record WithSecret(Watch watch, String feedSecret) {}

  /**
   * Makes a watch of {@code username}'s.
   *
   * @param target what the caller has checked exists (a record) or reads as a search
   * @param followed the records it follows now
   * @param seq the change log's position {@code followed} was read at
   * @param language the code of the language its feed and digest are written in
   * @throws Refused for a long target, too many records followed, or a member with {@link #MOST}
   */
  public WithSecret watch(
      String username,
      WatchKind kind,
      String target,
      String label,
      Set<String> followed,
      long seq,
      String language,
      Instant now) {
    if (target.length() > MAX_TARGET) {
      throw Refused.of(kind.code(), ProblemCode.TEXT_TOO_LONG, target.length(), MAX_TARGET);
    }
    if (followed.size() > MOST_MEMBERS) {
      throw Refused.of(kind.code(), ProblemCode.WATCH_TOO_WIDE, followed.size(), MOST_MEMBERS);
    }
    String secret = secret();
    return writes.inTransaction(
        () -> {
          accounts.find(username).orElseThrow(() -> NotFound.named(username));
          if (rows.countByUsername(username) >= MOST) {
            throw Refused.of(null, ProblemCode.WATCHES_FULL, MOST);
          }
          Watch watch =
              rows.save(
                  new Watch(
                      id(),
                      username,
                      kind.code(),
                      target,
                      label.length() > 400 ? label.substring(0, 399) + "…" : label,
                      hash(secret),
                      now.truncatedTo(ChronoUnit.MILLIS),
                      seq,
                      language));
          members.add(watch.id(), followed);
          return new WithSecret(watch, secret);
        });
  }

  /** {@code username}'s watches, the oldest first. */
  public List<Watch> of(String username) {
    return rows.findByUsernameOrderByCreatedAt(username);
  }

  public Optional<Watch> find(String username, String id) {
    return rows.findById(id).filter(watch -> watch.username().equals(username));
  }

  /**
   * @throws NotFound when {@code username} has no watch {@code id}
   */
  public void remove(String username, String id) {
    writes.run(() -> rows.delete(mine(username, id)));
  }

  /**
   * Gives a watch's feed a new secret: the old address answers no more.
   *
   * @throws NotFound when {@code username} has no watch {@code id}
   */
  public WithSecret newFeed(String username, String id) {
    String secret = secret();
    return writes.inTransaction(
        () -> {
          Watch watch = mine(username, id);
          rows.updateFeedHash(watch.id(), hash(secret));
          return new WithSecret(rows.findById(watch.id()).orElseThrow(), secret);
        });
  }

  /** The watch whose feed has this secret, if its member's account is still enabled. */
  public Optional<Watch> byFeed(String secret) {
    return rows.findByFeedHash(hash(secret))
        .filter(watch -> accounts.find(watch.username()).filter(a -> a.enabled()).isPresent());
  }

  /** A watch's newest events, the newest first. */
  public List<WatchEvent> newest(Watch watch, int limit) {
    return events.findByWatchIdOrderByIdDesc(watch.id(), Pageable.from(0, limit));
  }

  /** The events of these watches from {@code from} (included) to {@code to}, oldest first. */
  public List<WatchEvent> between(List<Watch> watches, Instant from, Instant to) {
    if (watches.isEmpty()) {
      return List.of();
    }
    return events.findByWatchIdInAndAtGreaterThanEqualsAndAtLessThanOrderById(
        watches.stream().map(Watch::id).toList(), from, to);
  }

  private Watch mine(String username, String id) {
    return find(username, id)
        .orElseThrow(() -> NotFound.of(ProblemCode.WATCH_NOT_FOUND, username, id));
  }

  private String id() {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private String secret() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
