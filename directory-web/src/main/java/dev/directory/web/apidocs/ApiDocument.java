package dev.directory.web.apidocs;

import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The API's OpenAPI document as it is served ({@link OpenApiDocument} corrects the generated one),
 * made once: the text clients read, and the schemas the server itself holds request bodies to.
 */
@Singleton
public final class ApiDocument {

  static final String GENERATED = "classpath:META-INF/swagger/directory.yml";

  private final ResourceResolver resources;
  private volatile Made made;

  private record Made(String text, Map<String, Object> tree) {}

  ApiDocument(ResourceResolver resources) {
    this.resources = resources;
  }

  /** The document as YAML; empty when the module was built without it. */
  public Optional<String> text() {
    return made().map(Made::text);
  }

  /**
   * The schema of the JSON body that the operation at {@code template} ({@code
   * /api/people/{id}/merge}) takes, if it takes one.
   */
  @SuppressWarnings("unchecked")
  public Optional<Object> requestBody(String method, String template) {
    return operation(method, template)
        .map(operation -> (Map<String, Object>) operation.get("requestBody"))
        .map(body -> (Map<String, Object>) body.get("content"))
        .map(content -> (Map<String, Object>) content.get("application/json"))
        .map(json -> json.get("schema"));
  }

  /** The values the document allows for a parameter of the operation, if it lists them. */
  @SuppressWarnings("unchecked")
  public List<String> parameterChoices(String method, String template, String name) {
    return operation(method, template)
        .map(operation -> (List<Map<String, Object>>) operation.get("parameters"))
        .stream()
        .flatMap(List::stream)
        .filter(parameter -> name.equals(parameter.get("name")))
        .map(parameter -> (Map<String, Object>) parameter.get("schema"))
        .filter(schema -> schema != null && schema.get("enum") instanceof List<?>)
        .flatMap(schema -> ((List<Object>) schema.get("enum")).stream())
        .filter(choice -> choice != null)
        .map(String::valueOf)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private Optional<Map<String, Object>> operation(String method, String template) {
    return made()
        .map(Made::tree)
        .map(tree -> (Map<String, Object>) tree.get("paths"))
        .map(paths -> (Map<String, Object>) paths.get(template))
        .map(operations -> (Map<String, Object>) operations.get(method.toLowerCase(Locale.ROOT)));
  }

  /** The schema a {@code $ref} names ({@code #/components/schemas/…}). */
  @SuppressWarnings("unchecked")
  public Object schema(String ref) {
    Map<String, Object> tree = made().orElseThrow().tree();
    Object node = tree;
    for (String step : ref.substring(2).split("/")) {
      node = ((Map<String, Object>) node).get(step);
    }
    return node;
  }

  private Optional<Made> made() {
    Made known = made;
    if (known == null) {
      URL generated = resources.getResource(GENERATED).orElse(null);
      if (generated == null) {
        return Optional.empty();
      }
      try (InputStream in = generated.openStream()) {
        String text =
            OpenApiDocument.corrected(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        known = new Made(text, new Yaml().load(text));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      made = known;
    }
    return Optional.of(known);
  }
}
