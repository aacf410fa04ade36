package dev.directory.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** How long an address waits, on a clock the test moves. */
class SignInThrottleCountsTest {

  private static final String STRANGER = "192.0.2.7";

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
  private final SignInThrottle throttle = new SignInThrottle(clock);

  @Test
  void waitsTwiceAsLongAfterEachFurtherFailureUpToFifteenMinutes() {
    fail("admin", SignInThrottle.FREE_FAILURES_PER_NAME);
    assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitBefore(STRANGER, "admin"));
    fail("admin", 1);
    assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitBefore(STRANGER, "admin"));

    fail("admin", 20);

    assertEquals(Optional.of(SignInThrottle.LONGEST_WAIT), throttle.waitBefore(STRANGER, "admin"));
  }

  @Test
  void theLogNamesTheAddressThatIsSlowedAndTheNameItTried() {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger logger = (Logger) LoggerFactory.getLogger(SignInThrottle.class);
    logger.addAppender(log);
    log.start();
    try {
      fail("ad\nmin", SignInThrottle.FREE_FAILURES_PER_NAME);
    } finally {
      logger.detachAppender(log);
    }

    assertEquals(
        List.of(
            "Sign-ins from 192.0.2.7 are slowed: 5 failed in the last hour, 5 of them for “ad?min”"),
        log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
  }

  @Test
  void countsNamesAsAccountsNameThem() {
    fail(" Admin ", SignInThrottle.FREE_FAILURES_PER_NAME);

    assertTrue(throttle.waitBefore(STRANGER, "admin").isPresent());
  }

  @Test
  void forgetsAnAddressAnHourAfterItsLastFailure() {
    fail("admin", 30);

    clock.move(Duration.ofMinutes(61));

    assertEquals(Optional.empty(), throttle.waitBefore(STRANGER, "admin"));
  }

  @Test
  void theRightPasswordClearsItsNameButNotTheAddress() {
    fail("admin", SignInThrottle.FREE_FAILURES_PER_NAME - 1);
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS - 5; i++) {
      throttle.failed(STRANGER, "guess-" + i);
    }
    throttle.succeeded(STRANGER, "admin");

    assertEquals(Optional.empty(), throttle.waitBefore(STRANGER, "admin"));
    throttle.failed(STRANGER, "one-more-guess");
    assertTrue(throttle.waitBefore(STRANGER, "anyone").isPresent(), "the address still counts");
  }

  private void fail(String username, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(STRANGER, username);
    }
  }

  /** A clock that stands still until the test moves it. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
