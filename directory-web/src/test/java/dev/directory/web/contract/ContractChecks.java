package dev.directory.web.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every request a test sends to the API through Micronaut's client, and the answer, checked against
 * the served OpenAPI document by {@link OpenApiContract}: a mismatch fails the test that made the
 * request ({@link ContractCheck}).
 */
@ClientFilter("/api/**")
public final class ContractChecks {

  private final Provider<EmbeddedServer> server;
  private final JsonMapper json;

  ContractChecks(Provider<EmbeddedServer> server, JsonMapper json) {
    this.server = server;
    this.json = json;
  }

  /** One request to the server at {@code base}, and its answer. */
  record Exchange(URI base, Request request, Response response) {}

  /**
   * The exchanges of the test running now, which {@link ContractCheck} judges when it ends: a
   * filter runs on the client's event loop, which must not wait for the document.
   */
  static final List<Exchange> EXCHANGES = new CopyOnWriteArrayList<>();

  @ResponseFilter
  void note(HttpRequest<?> request, HttpResponse<?> response) {
    EXCHANGES.add(new Exchange(server.get().getURI(), request(request), response(response)));
  }

  private Request request(HttpRequest<?> request) {
    SimpleRequest.Builder built =
        new SimpleRequest.Builder(request.getMethodName(), request.getPath());
    request.getParameters().forEach((name, values) -> built.withQueryParam(name, values));
    request.getHeaders().forEach((name, values) -> built.withHeader(name, values));
    MediaType type = request.getContentType().orElse(null);
    if (type != null && type.matches(MediaType.APPLICATION_JSON_TYPE)) {
      request.getBody().ifPresent(body -> built.withBody(text(body)));
    }
    return built.build();
  }

  private static Response response(HttpResponse<?> response) {
    SimpleResponse.Builder built = SimpleResponse.Builder.status(response.getStatus().getCode());
    response.getHeaders().forEach((name, values) -> built.withHeader(name, values));
    response.getBody(String.class).ifPresent(built::withBody);
    return built.build();
  }

  private String text(Object body) {
    if (body instanceof CharSequence text) {
      return text.toString();
    }
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
