package dev.directory.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/**
 * Renders the jte templates of {@code src/main/jte}, compiled to Java with the module: a template
 * takes one typed model, and every value it prints is HTML-escaped unless the template says
 * otherwise.
 */
@Singleton
public final class Pages {

  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  /** A page answered with 200. */
  public MutableHttpResponse<String> ok(String template, Object model) {
    return render(HttpStatus.OK, template, model);
  }

  public MutableHttpResponse<String> render(HttpStatus status, String template, Object model) {
    return HttpResponse.<String>status(status)
        .body(html(template, model))
        .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8");
  }

  /** The error page: what went wrong, in plain words, with a way back. */
  public MutableHttpResponse<String> error(HttpStatus status, String message) {
    return render(status, "error", ErrorView.of(status, message));
  }

  public String errorHtml(HttpStatus status, String message) {
    return html("error", ErrorView.of(status, message));
  }

  private String html(String template, Object model) {
    StringOutput html = new StringOutput();
    templates.render(template + ".jte", model, html);
    return html.toString();
  }

  /**
   * @param code the HTTP status, shown to the reader
   */
  public record ErrorView(int code, String title, String message) {

    static ErrorView of(HttpStatus status, String message) {
      return new ErrorView(status.getCode(), status.getReason(), message);
    }
  }
}
