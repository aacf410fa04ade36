package dev.directory.web.watch;

import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Refused;
import dev.directory.core.watch.DigestFrequency;
import dev.directory.core.watch.WatchDigests;
import dev.directory.core.watch.Watches;
import dev.directory.web.language.Language;
import dev.directory.web.language.ProblemTexts;
import dev.directory.web.page.Pages;
import dev.directory.web.security.Csrf;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.security.Principal;
import java.util.Map;

/**
 * "Watch" on record pages and the search page, and the account page's list of watches: forms that
 * work without JavaScript. A watch made, or given a new feed, shows its feed's address once.
 */
@Hidden
@Controller("/watches")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@ExecuteOn(TaskExecutors.BLOCKING)
public record WatchPages(
    Watches watches, WatchTargets targets, WatchDigests digests, Pages pages, Csrf csrf) {

  static final URI LISTED = URI.create("/account#watches");

  /**
   * A watch just made or given a new feed.
   *
   * @param feed the feed's address, relative to the site
   */
  public record Made(String label, String kind, String feed) {}

  @Post
  HttpResponse<String> watch(
      @Body Map<String, String> form, HttpRequest<?> request, Principal member) {
    csrf.check(request, form.get(Csrf.FIELD));
    WatchController.NewWatch body =
        new WatchController.NewWatch(
            form.get("record"),
            form.get("organization"),
            "true".equals(form.get("below")),
            form.get("search"));
    try {
      Watches.WithSecret made = targets.watch(body, member.getName(), Language.of(request).code());
      return shown(HttpStatus.CREATED, made);
    } catch (Refused e) {
      return pages.error(HttpStatus.BAD_REQUEST, ProblemTexts.describe(e.problems()));
    } catch (NotFound e) {
      return pages.error(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  @Post("/{id}/feed")
  HttpResponse<String> newFeed(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal member) {
    csrf.check(request, form.get(Csrf.FIELD));
    return shown(HttpStatus.OK, watches.newFeed(member.getName(), id));
  }

  @Post("/{id}/delete")
  HttpResponse<String> remove(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal member) {
    csrf.check(request, form.get(Csrf.FIELD));
    watches.remove(member.getName(), id);
    return HttpResponse.seeOther(LISTED);
  }

  @Post("/digest")
  HttpResponse<String> digest(
      @Body Map<String, String> form, HttpRequest<?> request, Principal member) {
    csrf.check(request, form.get(Csrf.FIELD));
    DigestFrequency.parse(form.get("frequency"))
        .ifPresent(frequency -> digests.choose(member.getName(), frequency));
    return HttpResponse.seeOther(LISTED);
  }

  private HttpResponse<String> shown(HttpStatus status, Watches.WithSecret made) {
    return pages.render(
        status,
        "watch-made",
        new Made(
            made.watch().label(), made.watch().kind(), FeedController.path(made.feedSecret())));
  }
}
