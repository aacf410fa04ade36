package dev.directory.web.duplicate;

import dev.directory.core.problem.Refused;
import dev.directory.web.language.ProblemTexts;
import dev.directory.web.language.Times;
import dev.directory.web.page.Pages;
import dev.directory.web.record.Records;
import dev.directory.web.record.Ref;
import dev.directory.web.security.Csrf;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The page of possible duplicates (editors and admins), and its "not the same" buttons. */
@Hidden
@Controller("/duplicates")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record DuplicatePage(DuplicateList list, Records records, Pages pages, Csrf csrf) {

  private static final int PAGE = 200;

  @Get
  HttpResponse<String> page(
      @Nullable @QueryValue String type,
      @Nullable @QueryValue String office,
      @Nullable @QueryValue String country) {
    String self =
        UriBuilder.of("/duplicates")
            .queryParam("type", blank(type))
            .queryParam("office", blank(office))
            .queryParam("country", blank(country))
            .build()
            .toString();
    List<Ref> offices =
        records.offices(false).stream()
            .map(listing -> listing.office())
            .sorted(Comparator.comparing(Ref::name))
            .toList();
    String shownType = "organization".equals(blank(type)) ? "organization" : "person";
    try {
      DuplicateList.Listing listing = list.list(type, office, country, PAGE);
      return pages.ok(
          "duplicates",
          new DuplicatesView(
              shownType,
              blank(office),
              blank(country),
              offices,
              listing.total(),
              Times.local(listing.scannedAt()),
              listing.pairs(),
              self,
              null));
    } catch (Refused e) {
      return pages.render(
          HttpStatus.BAD_REQUEST,
          "duplicates",
          new DuplicatesView(
              shownType,
              blank(office),
              blank(country),
              offices,
              0,
              "",
              List.of(),
              self,
              ProblemTexts.describe(e.problems())));
    }
  }

  @Post("/not-the-same")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> notTheSame(
      @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    list.markNotTheSame(form.get("a"), form.get("b"), editor.getName());
    String back = form.getOrDefault("back", "/duplicates");
    return HttpResponse.seeOther(URI.create(back.startsWith("/duplicates") ? back : "/duplicates"));
  }

  private static String blank(@Nullable String value) {
    return value == null || value.isBlank() ? "" : value.strip();
  }
}
