package dev.directory.web.apidocs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
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
  void servesABrowsableViewOfTheDocumentFromTheApplicationItself() {
    HttpResponse<String> page =
        client.toBlocking().exchange(HttpRequest.GET("/api-docs"), String.class);
    String script = client.toBlocking().retrieve("/api-docs/ui/swagger-ui-bundle.js");

    assertTrue(page.body().contains("src=\"/api-docs/ui/swagger-ui-bundle.js\""), page.body());
    assertTrue(script.contains("SwaggerUIBundle"));
  }
}
