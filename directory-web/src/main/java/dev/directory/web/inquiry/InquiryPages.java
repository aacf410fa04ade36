package dev.directory.web.inquiry;

import dev.directory.core.country.Countries;
import dev.directory.core.inquiry.InquiryDesk;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.web.language.Language;
import dev.directory.web.language.ProblemTexts;
import dev.directory.web.language.Texts;
import dev.directory.web.limit.ClientAddresses;
import dev.directory.web.page.Pages;
import dev.directory.web.record.RecordViews.LabelView;
import dev.directory.web.record.RecordViews.OfficeListing;
import dev.directory.web.record.Records;
import dev.directory.web.security.Csrf;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.security.Principal;
import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The press page with its inquiry form (public), and the staff's inquiry queue and inquiry pages.
 * Every form works without JavaScript: a refused form comes back with its values and a message by
 * each wrong field; a change is answered with a redirect to the inquiry's page.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record InquiryPages(
    InquiryIntake intake,
    InquiryDesk desk,
    InquiryViews views,
    Records records,
    Pages pages,
    Csrf csrf,
    ClientAddresses addresses) {

  // the models of the templates are in InquiryPageViews, public for the generated template code

  private static final int PAGE_SIZE = 50;

  /** The fields of the staff's change form. */
  @Serdeable
  record ChangeForm(
      @Nullable String office,
      @Nullable String contact,
      @Nullable String status,
      @Nullable String note,
      @Nullable String csrf) {}

  @Get("/press")
  HttpResponse<String> press() {
    return pages.ok("press", press(InquiryForm.empty(), Map.of()));
  }

  @ExecuteOn(InquirySettings.RECEIVING)
  @Post("/press")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> send(@Body InquiryForm form, HttpRequest<?> request) {
    InquiryIntake.Outcome outcome = intake.submit(form, addresses.of(request));
    if (outcome instanceof InquiryIntake.Outcome.Received received) {
      return pages.ok("inquiry-received", InquiryViews.receipt(received.receipt()));
    }
    if (outcome instanceof InquiryIntake.Outcome.TooMany tooMany) {
      return pages
          .error(HttpStatus.TOO_MANY_REQUESTS, tooMany.message())
          .header(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds());
    }
    Map<String, String> problems =
        ((InquiryIntake.Outcome.Refused) outcome)
            .problems().stream()
                .collect(
                    Collectors.toMap(Problem::field, ProblemTexts::message, (a, b) -> a + " " + b));
    return pages.render(HttpStatus.BAD_REQUEST, "press", press(form, problems));
  }

  @Get("/inquiries")
  HttpResponse<String> queue(
      @Nullable @QueryValue String status,
      @Nullable @QueryValue String office,
      @QueryValue(defaultValue = "1") int page) {
    InquiryController.checkPaging(page, PAGE_SIZE);
    return pages.ok(
        "inquiries",
        new InquiryPageViews.QueueView(
            views.queue(status, office, page, PAGE_SIZE), records.officeRefs()));
  }

  @Get("/inquiries/{id}")
  HttpResponse<String> inquiry(String id) {
    return views
        .detail(id)
        .<HttpResponse<String>>map(detail -> pages.ok("inquiry", view(detail, null)))
        .orElseThrow(() -> NotFound.of(ProblemCode.INQUIRY_NOT_FOUND, id));
  }

  @Post("/inquiries/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> change(
      String id, @Body ChangeForm form, HttpRequest<?> request, Principal staff) {
    csrf.check(request, form.csrf());
    try {
      desk.change(
          id,
          new InquiryDesk.Change(form.office(), form.contact(), form.status(), form.note()),
          staff.getName());
      return HttpResponse.<String>seeOther(URI.create("/inquiries/" + id));
    } catch (Refused e) {
      // Not an error page: the inquiry again, saying what was wrong with the change.
      InquiryViews.Detail detail = views.detail(id).orElseThrow();
      return pages.render(HttpStatus.BAD_REQUEST, "inquiry", view(detail, e.getMessage()));
    }
  }

  private InquiryPageViews.PressView press(InquiryForm form, Map<String, String> problems) {
    return new InquiryPageViews.PressView(
        records.offices(true), form, problems, COUNTRIES.get(Texts.language()));
  }

  private InquiryPageViews.InquiryView view(InquiryViews.Detail detail, @Nullable String problem) {
    List<OfficeListing> listings = records.offices(false);
    List<InquiryPageViews.ContactOption> contacts =
        listings.stream()
            .flatMap(
                listing ->
                    listing.pressContacts().stream()
                        .map(
                            person ->
                                new InquiryPageViews.ContactOption(
                                    person.id(), person.name() + " — " + listing.office().name())))
            .toList();
    return new InquiryPageViews.InquiryView(
        detail, listings.stream().map(OfficeListing::office).toList(), contacts, problem);
  }

  /** Every country, named and sorted in each language of the pages, made once. */
  private static final Map<Language, List<LabelView>> COUNTRIES = countries();

  private static Map<Language, List<LabelView>> countries() {
    Map<Language, List<LabelView>> countries = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      countries.put(
          language,
          Countries.codes().stream()
              .map(code -> new LabelView(code, Countries.name(code, language.locale())))
              .sorted(
                  Comparator.comparing(LabelView::label, Collator.getInstance(language.locale())))
              .toList());
    }
    return countries;
  }
}
