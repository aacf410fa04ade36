package dev.directory.web.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  @SuppressWarnings("unchecked")
  void documentsEveryApiRouteInOpenApi3() {
    String yaml = client.toBlocking().retrieve("/openapi.yml");

    Map<String, Object> document = new Yaml().load(yaml);
    assertTrue(document.get("openapi").toString().startsWith("3."), yaml);
    Map<String, Object> paths = (Map<String, Object>) document.get("paths");
    for (String path :
        List.of(
            "/api/search",
            "/api/search/export",
            "/api/suggest",
            "/api/people/{id}",
            "/api/people/{id}/vcard",
            "/api/organizations/{id}")) {
      assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
    }
    assertTrue(
        paths.keySet().stream().allMatch(p -> p.startsWith("/api/")),
        "no pages: " + paths.keySet());
  }

  @Test
  @SuppressWarnings("unchecked")
  void saysHowToSignInThatSendingAnInquiryNeedsNoneAndWhatItAnswers() {
    Map<String, Object> document = new Yaml().load(client.toBlocking().retrieve("/openapi.yml"));

    assertEquals(
        List.of(
            Map.of("basic", List.of()), Map.of("token", List.of()), Map.of("cookie", List.of())),
        document.get("security"));
    Map<String, Object> schemes =
        (Map<String, Object>)
            ((Map<String, Object>) document.get("components")).get("securitySchemes");
    assertEquals(Set.of("basic", "token", "cookie"), schemes.keySet());
    Map<String, Object> send =
        (Map<String, Object>)
            ((Map<String, Object>)
                    ((Map<String, Object>) document.get("paths")).get("/api/inquiries"))
                .get("post");
    assertEquals(List.of(Map.of()), send.get("security"), "anyone may send an inquiry");
    assertEquals(
        Set.of("201", "400", "406", "409", "413", "429", "503"),
        ((Map<String, Object>) send.get("responses")).keySet());
  }

  @Test
  @SuppressWarnings("unchecked")
  void givesEveryOperationATagAnIdAndItsErrorsWithTheErrorSchema() {
    Map<String, Object> document = new Yaml().load(client.toBlocking().retrieve("/openapi.yml"));
    Map<String, Map<String, Object>> paths =
        (Map<String, Map<String, Object>>) document.get("paths");
    Set<String> ids = new HashSet<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, value) -> {
                  Map<String, Object> operation = (Map<String, Object>) value;
                  String where = method + " " + path;
                  assertFalse(((List<?>) operation.get("tags")).isEmpty(), where);
                  String id = (String) operation.get("operationId");
                  assertTrue(id.matches("[a-z][A-Za-z]+"), where + ": " + id);
                  assertTrue(ids.add(id), "one id per operation: " + id);
                  Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                  List<String> errors =
                      responses.keySet().stream().filter(code -> code.startsWith("4")).toList();
                  assertFalse(errors.isEmpty(), where + " documents its 4xx answers");
                  for (String code : errors) {
                    assertTrue(
                        responses.get(code).toString().contains("#/components/schemas/"),
                        where + " " + code + " has a body schema");
                  }
                }));
    Map<String, Object> put = (Map<String, Object>) paths.get("/api/people/{id}").get("put");
    assertEquals(
        Set.of("200", "400", "401", "403", "404", "406", "409", "413", "429", "503"),
        ((Map<String, Object>) put.get("responses")).keySet());
    assertTrue(
        put.get("requestBody").toString().contains("RecordViews.PersonView.Input"),
        "a person is put as it is got");
    Map<String, Object> history =
        (Map<String, Object>) paths.get("/api/people/{id}/history").get("get");
    assertEquals(
        Set.of("200", "308", "400", "401", "404", "406", "429", "503"),
        ((Map<String, Object>) history.get("responses")).keySet(),
        "every member of staff may read a history; a merged record's is the survivor's");
  }

  /**
   * Redocly's linter, a reader that is not ours, finds no error and no warning in the document. It
   * is the command that {@code DIRECTORY_REDOCLY} names ({@code .ci/run} installs it); without it
   * the test is skipped, unless {@code DIRECTORY_REDOCLY_TESTS=required}.
   */
  @Test
  void redoclysLinterFindsNoErrorAndNoWarningInTheDocument() throws Exception {
    String redocly = System.getenv("DIRECTORY_REDOCLY");
    boolean installed = redocly != null && Files.isExecutable(Path.of(redocly));
    if (!installed && "required".equals(System.getenv("DIRECTORY_REDOCLY_TESTS"))) {
      throw new IllegalStateException(
          "the OpenAPI lint is required but DIRECTORY_REDOCLY names no redocly command");
    }
    Assumptions.assumeTrue(
        installed, "Skipping the OpenAPI lint: set DIRECTORY_REDOCLY to @redocly/cli's redocly");
    Path document = Files.createTempFile("openapi", ".yml");
    Files.writeString(document, client.toBlocking().retrieve("/openapi.yml"));

    Path config = Path.of("src/test/resources/redocly.yaml").toAbsolutePath();
    ProcessBuilder builder =
        new ProcessBuilder(
                redocly, "lint", document.toString(), "--config=" + config, "--format=summary")
            .redirectErrorStream(true);
    builder.environment().put("REDOCLY_TELEMETRY", "off");
    builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    Process lint = builder.start();
    String report = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(lint.waitFor(2, TimeUnit.MINUTES), "the linter finishes");

    assertEquals(0, lint.exitValue(), report);
    assertFalse(report.contains("error "), report);
    assertFalse(report.matches("(?s).*You have \\d+ warnings?.*"), report);
  }

  @Test
  void servesABrowsableViewOfTheDocumentFromTheApplicationItself() {
    HttpResponse<String> page =
        client.toBlocking().exchange(HttpRequest.GET("/api-docs"), String.class);
    String script = client.toBlocking().retrieve("/api-docs/ui/swagger-ui-bundle.js");

    assertTrue(page.body().contains("src=\"/api-docs/ui/swagger-ui-bundle.js\""), page.body());
    assertTrue(script.contains("SwaggerUIBundle"));
  }
}
