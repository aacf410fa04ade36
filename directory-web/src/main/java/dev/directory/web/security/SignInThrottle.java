package dev.directory.web.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down password guessing without letting a stranger lock anyone out. Failed sign-ins are
 * counted per client address and per account name from that address: past a few free failures, each
 * further try from there must wait twice as long as the one before (one second, two, four … up to
 * fifteen minutes). The real user, signing in from another address, is not slowed at all. Counts
 * are forgotten after an hour without failures. Kept in memory: each node counts its own clients.
 */
@Singleton
public final class SignInThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

  /** Failures of one name from one address before tries are spaced out. */
  public static final int FREE_FAILURES_PER_NAME = 5;

  /** Failures from one address, whatever the names, before tries are spaced out. */
  static final int FREE_FAILURES_PER_ADDRESS = 20;

  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MAX_KEPT = 10_000;

  /**
   * Past this many counts (some megabytes), even after forgetting the old ones, a map is emptied
   * rather than let grow: guesses from that many addresses within an hour are not slowed one by one
   * anyway.
   */
  private static final int MOST_KEPT = 200_000;

  private record Failures(int count, Instant last) {

    Failures plusOne(Instant now) {
      return new Failures(count + 1, now);
    }

    Instant nextTry(int free) {
      if (count < free) {
        return Instant.MIN;
      }
      long seconds = Math.min(LONGEST_WAIT.toSeconds(), 1L << Math.min(30, count - free));
      return last.plusSeconds(seconds);
    }
  }

  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
  private final Map<String, Failures> byNameAndAddress = new ConcurrentHashMap<>();
  private final Clock clock;

  @Inject
  SignInThrottle() {
    this(Clock.systemUTC());
  }

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * @return how long {@code address} must wait before trying {@code username} again; empty when it
   *     may try now
   */
  public Optional<Duration> waitBefore(String address, String username) {
    Instant now = clock.instant();
    Instant next = nextTry(byAddress.get(address), FREE_FAILURES_PER_ADDRESS, now);
    Instant forName =
        nextTry(byNameAndAddress.get(key(address, username)), FREE_FAILURES_PER_NAME, now);
    if (forName.isAfter(next)) {
      next = forName;
    }
    return next.isAfter(now) ? Optional.of(Duration.between(now, next)) : Optional.empty();
  }

  /**
   * Counts a failed sign-in of the client's address ({@code ClientAddresses}: behind a trusted
   * proxy, the address it names). The log says when an address starts being slowed, with the
   * address and the name tried, for whoever looks into an attack.
   */
  public void failed(String address, String username) {
    Instant now = clock.instant();
    forgetOld(now);
    Failures fromAddress =
        byAddress.compute(address, (key, failures) -> current(failures, now).plusOne(now));
    Failures forName =
        byNameAndAddress.compute(
            key(address, username), (key, failures) -> current(failures, now).plusOne(now));
    if (fromAddress.count() == FREE_FAILURES_PER_ADDRESS
        || forName.count() == FREE_FAILURES_PER_NAME) {
      LOG.warn(
          "Sign-ins from {} are slowed: {} failed in the last hour, {} of them for “{}”",
          address,
          fromAddress.count(),
          forName.count(),
          shown(username));
    }
  }

  /** A name as the log may show it: one line, not too long. */
  private static String shown(String username) {
    String name = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
    return name.length() > 100 ? name.substring(0, 100) + "…" : name;
  }

  /**
   * The name is right from this address again. The address's own count stays: one account known to
   * an attacker must not clear the way to guessing at others.
   */
  public void succeeded(String address, String username) {
    byNameAndAddress.remove(key(address, username));
  }

  /** What a throttled sign-in is told. */
  static String tooMany(long seconds) {
    return "Too many failed sign-ins from your address; try again in " + seconds + " seconds.";
  }

  /** Seconds to wait, as Retry-After says them: rounded up, at least one. */
  public static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static Instant nextTry(Failures failures, int free, Instant now) {
    return failures == null || isForgotten(failures, now) ? Instant.MIN : failures.nextTry(free);
  }

  private static Failures current(Failures failures, Instant now) {
    return failures == null || isForgotten(failures, now) ? new Failures(0, now) : failures;
  }

  private static boolean isForgotten(Failures failures, Instant now) {
    return failures.last().plus(FORGET_AFTER).isBefore(now);
  }

  private void forgetOld(Instant now) {
    for (Map<String, Failures> counts : List.of(byAddress, byNameAndAddress)) {
      if (counts.size() > MAX_KEPT) {
        counts.values().removeIf(failures -> isForgotten(failures, now));
        if (counts.size() > MOST_KEPT) {
          counts.clear();
        }
      }
    }
  }

  /** Names as accounts are named (case and surrounding space do not count), kept short. */
  private static String key(String address, String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return address + " " + (name.length() > 100 ? name.substring(0, 100) : name);
  }
}
