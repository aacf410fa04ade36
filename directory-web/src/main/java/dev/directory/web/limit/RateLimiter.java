package dev.directory.web.limit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Allows each client at most a number of attempts in any minute (a sliding window). Clients that
 * have been quiet for a minute are forgotten, so memory follows the clients of the last minute.
 */
public final class RateLimiter {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int perMinute;
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  public RateLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  /**
   * Counts an attempt of the client.
   *
   * @return empty when it is allowed; else how long until the client may try again
   */
  public Optional<Duration> attempt(String client, Instant now) {
    Instant windowStart = now.minus(WINDOW);
    if (attempts.size() > 10_000) {
      attempts.values().removeIf(times -> isQuietSince(times, windowStart));
    }
    Deque<Instant> times = attempts.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
        times.pollFirst();
      }
      if (times.size() >= perMinute) {
        return Optional.of(Duration.between(windowStart, times.peekFirst()));
      }
      times.addLast(now);
      return Optional.empty();
    }
  }

  private static boolean isQuietSince(Deque<Instant> times, Instant windowStart) {
    synchronized (times) {
      return times.isEmpty() || !times.peekLast().isAfter(windowStart);
    }
  }
}
