package dev.directory.web.freshness;

import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.Stewarding;
import dev.directory.web.input.Versions;
import dev.directory.web.page.Addresses;
import dev.directory.web.security.Csrf;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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

/** The "Verify" form of record pages: {@code how} and the {@code version} shown. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record VerifyPages(Stewarding stewarding, Csrf csrf) {

  /** Verifies the person, organisation or position: {@code kinds} is where its pages are. */
  @Post("/{kinds}/{id}/verify")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> verify(
      String kinds,
      String id,
      @Body Map<String, String> form,
      HttpRequest<?> request,
      Principal editor) {
    RecordKind kind = Addresses.kind(kinds);
    csrf.check(request, form.get(Csrf.FIELD));
    stewarding.verify(
        kind,
        id,
        Versions.of(form.get("version")),
        VerifyController.how(form.get("how")),
        editor.getName());
    return HttpResponse.seeOther(URI.create(Addresses.page(kind, id)));
  }
}
