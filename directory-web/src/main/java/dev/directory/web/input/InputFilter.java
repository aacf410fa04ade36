package dev.directory.web.input;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.Refused;
import dev.directory.core.text.Controls;
import dev.directory.web.apidocs.ApiDocument;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses input the directory does not take, with 400 naming the field, before sign-in is checked
 * or anything is looked up:
 *
 * <ul>
 *   <li>a character no stored text may hold ({@link Controls}: a control character, half of a
 *       surrogate pair) in the path, the query or the body (JSON or a form), so that none reaches
 *       the database (PostgreSQL refuses a NUL with an error of its own). Uploads check their cells
 *       themselves, placing each problem in the file; Basic credentials are refused as a wrong
 *       password;
 *   <li>a value of a JSON body that is not of the type the API's document says ({@link JsonTypes}):
 *       nothing is coerced, a number is not taken for text.
 * </ul>
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class InputFilter implements Ordered {

  private final FilterBodyParser bodies;
  private final ApiDocument document;
  private final JsonTypes types;

  InputFilter(FilterBodyParser bodies, ApiDocument document) {
    this.bodies = bodies;
    this.document = document;
    this.types = new JsonTypes(document);
  }

  @Override
  public int getOrder() {
    // before the sign-in throttle and the security filter, which look accounts up
    return ServerFilterPhase.SESSION.after();
  }

  @RequestFilter
  CompletableFuture<HttpRequest<?>> check(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
    checkPath(request, route);
    request
        .getParameters()
        .forEach(
            (name, values) -> {
              for (String value : values) {
                refuseIfHeld(name, value);
              }
            });
    if (!hasTextBody(request)) {
      return CompletableFuture.completedFuture(request);
    }
    return bodies
        .parseBody(request)
        .handle(
            (body, unreadable) -> {
              // a body that does not parse is refused, saying why, where it is read
              if (unreadable == null) {
                checkTree("", body);
                checkTypes(request, route, body);
              }
              return request;
            });
  }

  /** The path's variables by their names where a route matched, else the path as a whole. */
  private static void checkPath(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
    if (route instanceof UriRouteMatch<?, ?> uri) {
      uri.getVariableValues().forEach((name, value) -> refuseIfHeld(name, String.valueOf(value)));
    }
    refuseIfHeld("path", request.getPath());
  }

  /** The JSON body's values against the types its operation documents. */
  private void checkTypes(HttpRequest<?> request, @Nullable RouteMatch<?> route, Object body) {
    if (!(route instanceof UriRouteMatch<?, ?> uri)
        || !request
            .getContentType()
            .map(t -> t.matches(MediaType.APPLICATION_JSON_TYPE))
            .orElse(false)) {
      return;
    }
    String template = uri.getRouteInfo().getUriMatchTemplate().toString();
    document
        .requestBody(request.getMethodName(), template)
        .map(schema -> types.problems(schema, body, ""))
        .filter(problems -> !problems.isEmpty())
        .ifPresent(
            problems -> {
              throw new Refused(problems);
            });
  }

  private static boolean hasTextBody(HttpRequest<?> request) {
    HttpMethod method = request.getMethod();
    if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
      return false;
    }
    Optional<MediaType> type = request.getContentType();
    return type.isPresent()
        && (type.get().matches(MediaType.APPLICATION_JSON_TYPE)
            || type.get().matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
  }

  /**
   * Every name and text of a parsed body; {@code at} is where the value is ("emails[0].address").
   */
  private static void checkTree(String at, @Nullable Object value) {
    if (value instanceof Map<?, ?> object) {
      for (Map.Entry<?, ?> entry : object.entrySet()) {
        String name = String.valueOf(entry.getKey());
        refuseIfHeld(at.isEmpty() ? "body" : at, name, false);
        checkTree(at.isEmpty() ? name : at + "." + name, entry.getValue());
      }
    } else if (value instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        checkTree(at + "[" + i + "]", items.get(i));
      }
    } else if (value instanceof CharSequence text) {
      refuseIfHeld(at, text, Controls.multiLine(lastName(at)));
    }
  }

  private static String lastName(String at) {
    String name = at.replaceAll("\\[\\d+]$", "");
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static void refuseIfHeld(String field, CharSequence text) {
    refuseIfHeld(field, text, false);
  }

  private static void refuseIfHeld(String field, CharSequence text, boolean multiLine) {
    Controls.find(text, multiLine)
        .ifPresent(
            found -> {
              throw new Refused(Problem.ofCharacter(field, found));
            });
  }
}
