package dev.directory.web.page;

import dev.directory.web.language.Language;
import dev.directory.web.language.Texts;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders the jte templates of {@code src/main/jte}, compiled to Java with the module: a template
 * takes one typed model, and every value it prints is HTML-escaped unless the template says
 * otherwise.
 */
@Singleton
public final class Pages {

  private static final ThreadLocal<Viewer> VIEWER = ThreadLocal.withInitial(() -> Viewer.PUBLIC);

  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Viewers viewers;

  Pages(Viewers viewers) {
    this.viewers = viewers;
  }

  /**
   * Who the page being rendered is for: the layout shows their name and sign-out, forms carry their
   * token. Set from the request being answered, for the time of one rendering.
   */
  public static Viewer viewer() {
    return VIEWER.get();
  }

  /** A page answered with 200. */
  public MutableHttpResponse<String> ok(String template, Object model) {
    return render(HttpStatus.OK, template, model);
  }

  /** A page of a template with several parameters, answered with 200. */
  public MutableHttpResponse<String> ok(String template, Map<String, Object> parameters) {
    return HttpResponse.<String>status(HttpStatus.OK)
        .body(html(output -> templates.render(template + ".jte", parameters, output)))
        .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8");
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
    return html(output -> templates.render(template + ".jte", model, output));
  }

  private String html(Consumer<StringOutput> render) {
    StringOutput html = new StringOutput();
    Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
    VIEWER.set(request.map(viewers::of).orElse(Viewer.PUBLIC));
    try {
      Texts.rendering(
          request.map(Language::of).orElse(Language.EN),
          () -> {
            render.accept(html);
            return html;
          });
    } finally {
      VIEWER.remove();
    }
    return html.toString();
  }

  /**
   * @param code the HTTP status, shown to the reader
   */
  public record ErrorView(int code, String title, String message) {

    static ErrorView of(HttpStatus status, String message) {
      return new ErrorView(status.getCode(), status.getReason(), message);
    }

    /** The status's name in the page's language ("Not Found", "Página no encontrada"). */
    public String localTitle() {
      return Texts.find("error.status." + code).orElse(title);
    }
  }
}
