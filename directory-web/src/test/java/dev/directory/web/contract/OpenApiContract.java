package dev.directory.web.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.directory.web.RawHttp;
import dev.directory.web.TemporaryHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.Yaml;

/**
 * The API's contract as the server serves it ({@code /openapi.yml}), judged by a validator we did
 * not write: Atlassian's swagger-request-validator. It reads OpenAPI 3.0 only, so the served 3.1
 * document is handed to it with 3.1's ways of saying null written as 3.0 says them ({@code type:
 * [string, "null"]} as {@code nullable}); nothing else is changed.
 */
public final class OpenApiContract {

  private static final Map<String, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  private OpenApiContract() {}

  /** The validator of the document the server at {@code base} serves, read once. */
  public static OpenApiInteractionValidator of(URI base) {
    return VALIDATORS.computeIfAbsent(base.toString(), key -> load(base));
  }

  /**
   * The mismatches of an exchange with the document: of the answer always; of the request when the
   * server accepted it (a refused request may break the contract on purpose).
   */
  public static List<String> mismatches(URI base, Request request, Response response) {
    OpenApiInteractionValidator validator = of(base);
    ValidationReport report =
        response.getStatus() < 400
            ? validator.validate(request, response)
            : validator.validateResponse(request.getPath(), request.getMethod(), response);
    List<String> found = new ArrayList<>();
    report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .forEach(
            message ->
                found.add(
                    request.getMethod()
                        + " "
                        + request.getPath()
                        + " → "
                        + response.getStatus()
                        + ": "
                        + message.getKey()
                        + " "
                        + message.getMessage()
                        + " "
                        + message.getAdditionalInfo()));
    return found;
  }

  private static OpenApiInteractionValidator load(URI base) {
    try {
      HttpResponse<String> document =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.resolve("/openapi.yml"))
                      .header("Authorization", RawHttp.basic("admin", TemporaryHome.ADMIN_PASSWORD))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (document.statusCode() != 200) {
        throw new IllegalStateException("no document: " + document.statusCode());
      }
      return OpenApiInteractionValidator.createForInlineApiSpecification(
              asOpenApi30(document.body()))
          // references are followed by the schema validator, which keeps a oneOf's alternatives
          .withResolveRefs(false)
          .withLevelResolver(
              LevelResolver.create()
                  // the tests sign in as they please: a missing sign-in is the server's to answer
                  .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                  // an upload's parts are not read here; a JSON body is
                  .withLevel("validation.request.body.missing", ValidationReport.Level.IGNORE)
                  .build())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The document with OpenAPI 3.1's nulls said as 3.0 says them. */
  static String asOpenApi30(String document) {
    Map<String, Object> parsed = new Yaml().load(document);
    parsed.put("openapi", "3.0.3");
    return new Yaml().dump(nullsAs30(parsed));
  }

  @SuppressWarnings("unchecked")
  private static Object nullsAs30(Object node) {
    if (node instanceof List<?> list) {
      List<Object> written = new ArrayList<>();
      list.forEach(item -> written.add(nullsAs30(item)));
      return written;
    }
    if (!(node instanceof Map<?, ?> raw)) {
      return node;
    }
    Map<String, Object> written = new LinkedHashMap<>();
    ((Map<String, Object>) raw).forEach((key, value) -> written.put(key, nullsAs30(value)));
    Object type = written.get("type");
    if (type instanceof List<?> types) {
      List<Object> others = new ArrayList<>(types);
      boolean nullable = others.remove("null");
      if (others.size() == 1) {
        written.put("type", others.get(0));
      } else {
        written.remove("type");
      }
      if (nullable) {
        written.put("nullable", true);
      }
    } else if ("null".equals(type)) {
      written.putAll(NULL_ONLY);
    }
    return written;
  }

  /**
   * Null alone, as 3.0 can say it to this validator: a nullable type whose only value is null (an
   * alternative of a {@code oneOf} that nothing but null matches).
   */
  private static final Map<String, Object> NULL_ONLY =
      Map.of("type", "string", "nullable", true, "enum", Arrays.asList((Object) null));
}
