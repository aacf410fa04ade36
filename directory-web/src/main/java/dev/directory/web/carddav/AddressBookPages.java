package dev.directory.web.carddav;

import dev.directory.core.problem.Refused;
import dev.directory.core.saved.SavedSearches;
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
 * "Save as address book" on the search page, and "Remove" on the account page's list of books:
 * forms that work without JavaScript.
 */
@Hidden
@Controller("/address-books")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@ExecuteOn(TaskExecutors.BLOCKING)
record AddressBookPages(SavedSearches saved, Pages pages, Csrf csrf) {

  static final URI LISTED = URI.create("/account#address-books");

  @Post
  HttpResponse<String> save(
      @Body Map<String, String> form, HttpRequest<?> request, Principal member) {
    csrf.check(request, form.get(Csrf.FIELD));
    try {
      AddressBookController.keep(saved, member.getName(), form.get("name"), form.get("search"));
    } catch (Refused e) {
      return pages.error(HttpStatus.BAD_REQUEST, ProblemTexts.describe(e.problems()));
    }
    return HttpResponse.seeOther(LISTED);
  }

  @Post("/{id}/delete")
  HttpResponse<String> remove(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal member) {
    csrf.check(request, form.get(Csrf.FIELD));
    saved.remove(member.getName(), id);
    return HttpResponse.seeOther(LISTED);
  }
}
