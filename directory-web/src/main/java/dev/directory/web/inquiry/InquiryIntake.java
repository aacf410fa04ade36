package dev.directory.web.inquiry;

import dev.directory.core.inquiry.InquiryDesk;
import dev.directory.core.problem.Problem;
import dev.directory.search.routing.LiveRouter;
import dev.directory.search.routing.Router;
import dev.directory.search.routing.Routing;
import dev.directory.web.limit.RateLimiter;
import io.micronaut.context.annotation.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The public way in, shared by the form and the API: a rate limit per client, the robot trap, the
 * checks of every field; only then is the inquiry routed and stored. A refused inquiry leaves
 * nothing behind.
 */
// Made at startup, so a wrong rate limit setting stops the server with its message.
@Context
final class InquiryIntake {

  /** What became of a submission. */
  sealed interface Outcome {
    record Received(InquiryDesk.Receipt<Routing> receipt) implements Outcome {}

    record Refused(List<Problem> problems) implements Outcome {
      String message() {
        return String.join(
            " ", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
      }
    }

    record TooMany(Duration retryAfter, int perMinute) implements Outcome {
      String retryAfterSeconds() {
        return String.valueOf(Math.max(1, retryAfter.toSeconds()));
      }

      String message() {
        return "Too many inquiries from your address: at most "
            + perMinute
            + " a minute. Try again in "
            + retryAfterSeconds()
            + " seconds.";
      }
    }
  }

  private final InquiryDesk desk;
  private final LiveRouter router;
  private final RateLimiter limiter;
  private final int perMinute;
  private final Clock clock = Clock.systemUTC();

  InquiryIntake(InquiryDesk desk, LiveRouter router, InquirySettings settings) {
    this.desk = desk;
    this.router = router;
    this.perMinute = settings.rateLimitPerMinute();
    this.limiter = new RateLimiter(perMinute);
  }

  Outcome submit(InquiryForm form, String client) {
    Optional<Duration> wait = limiter.attempt(client, clock.instant());
    if (wait.isPresent()) {
      return new Outcome.TooMany(wait.get(), perMinute);
    }
    if (form.filledByRobot()) {
      return new Outcome.Refused(
          List.of(
              InquiryForm.problem(
                  "website",
                  "robot_trap",
                  "Leave this field empty: it is there to catch programs that fill in forms.")));
    }
    List<Problem> problems = form.problems();
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    return new Outcome.Received(
        desk.receive(
            form.valid(),
            inquiry ->
                router.route(
                    new Router.Inquiry(inquiry.subject(), inquiry.message(), inquiry.country()))));
  }
}
