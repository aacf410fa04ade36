package dev.directory.web.apidocs;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The API's documentation: the OpenAPI 3 document generated from the controllers when the module is
 * compiled, and a page to browse it, served with its script from the application itself.
 */
@Hidden
@Controller
final class ApiDocs {

  static final String DOCUMENT = "classpath:META-INF/swagger/directory.yml";
  private static final String PAGE = "classpath:static/api-docs.html";

  private final ResourceResolver resources;
  private volatile String document;

  ApiDocs(ResourceResolver resources) {
    this.resources = resources;
  }

  /** The generated document as {@link OpenApiDocument} corrects it, made once. */
  @Get("/openapi.yml")
  @Produces("application/yaml")
  HttpResponse<String> document() throws IOException {
    String served = document;
    if (served == null) {
      URL generated = resources.getResource(DOCUMENT).orElse(null);
      if (generated == null) {
        return HttpResponse.notFound();
      }
      try (InputStream in = generated.openStream()) {
        served = OpenApiDocument.corrected(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      document = served;
    }
    return HttpResponse.ok(served).contentType(MediaType.of("application/yaml"));
  }

  @Get("/api-docs")
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<StreamedFile> browser() {
    return file(PAGE, MediaType.TEXT_HTML_TYPE);
  }

  private HttpResponse<StreamedFile> file(String path, MediaType type) {
    return resources
        .getResource(path)
        .map(url -> HttpResponse.ok(new StreamedFile(url)).contentType(type))
        .orElseGet(HttpResponse::notFound);
  }
}
