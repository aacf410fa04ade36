package dev.directory.web.steward;

import dev.directory.core.change.RecordKind;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.core.steward.OutdatedReports;
import dev.directory.core.steward.StewardQueue;
import dev.directory.web.freshness.Freshness;
import dev.directory.web.inquiry.InquirySettings;
import dev.directory.web.language.Texts;
import dev.directory.web.limit.ClientAddresses;
import dev.directory.web.limit.RateLimiter;
import dev.directory.web.page.Addresses;
import dev.directory.web.page.Pages;
import dev.directory.web.record.Records;
import dev.directory.web.security.Csrf;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * "Report outdated" on record pages (staff) and on the press page (for press contacts, anyone), and
 * the steward's queue page.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class StewardPages {

  private final OutdatedReports reports;
  private final StewardQueue queue;
  private final Freshness freshness;
  private final Records records;
  private final Pages pages;
  private final Csrf csrf;
  private final RateLimiter limiter;
  private final Clock clock = Clock.systemUTC();

  private final ClientAddresses addresses;

  StewardPages(
      OutdatedReports reports,
      StewardQueue queue,
      Freshness freshness,
      Records records,
      Pages pages,
      Csrf csrf,
      InquirySettings settings,
      ClientAddresses addresses) {
    this.addresses = addresses;
    this.reports = reports;
    this.queue = queue;
    this.freshness = freshness;
    this.records = records;
    this.pages = pages;
    this.csrf = csrf;
    this.limiter = new RateLimiter(settings.rateLimitPerMinute());
  }

  @Get("/queue")
  HttpResponse<String> queue(Principal steward) {
    return pages.ok(
        "queue",
        QueueView.of(
            steward.getName(),
            queue.of(steward.getName(), freshness.cutoff()),
            freshness.staleAfterMonths()));
  }

  /**
   * A reader of the press page reports a press contact outdated: {@code contact} (their id), {@code
   * what}, and the robots' trap {@code website}, which a person leaves empty. Only the press
   * contacts the page shows can be reported, as often as inquiries can be sent.
   */
  @Post("/press/report")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> press(@Body Map<String, String> form, HttpRequest<?> request) {
    Optional<Duration> wait = limiter.attempt(addresses.of(request), clock.instant());
    if (wait.isPresent()) {
      return pages
          .error(HttpStatus.TOO_MANY_REQUESTS, Texts.t("report.too_many"))
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds() + 1));
    }
    String contact = form.getOrDefault("contact", "").strip();
    if (!records.onThePressPage(contact)) {
      throw new NotFound(ProblemWord.PERSON, contact);
    }
    if (!form.getOrDefault("website", "").isBlank()) {
      return pages.error(HttpStatus.BAD_REQUEST, Texts.t("report.trap"));
    }
    try {
      reports.file(RecordKind.PERSON, contact, form.get("what"), OutdatedReports.PUBLIC);
    } catch (Refused e) {
      return pages.error(HttpStatus.BAD_REQUEST, Texts.t("report.refused"));
    }
    return pages.ok("report-received", Map.of());
  }

  /**
   * Reports the person, organisation or position outdated: {@code kinds} is where its pages are.
   */
  @Post("/{kinds}/{id}/report")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> report(
      String kinds,
      String id,
      @Body Map<String, String> form,
      HttpRequest<?> request,
      Principal staff) {
    RecordKind kind = Addresses.kind(kinds);
    csrf.check(request, form.get(Csrf.FIELD));
    try {
      reports.file(kind, id, form.get("what"), staff.getName());
    } catch (Refused e) {
      return pages.error(HttpStatus.BAD_REQUEST, Texts.t("report.refused"));
    }
    return HttpResponse.seeOther(URI.create(Addresses.page(kind, id) + "#freshness"));
  }
}
