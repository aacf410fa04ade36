package dev.directory.web.apidocs;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The API's documentation: the OpenAPI 3 document generated from the controllers when the module is
 * compiled, and a page to browse it, served with its script from the application itself.
 */
@Hidden
@Controller
final class ApiDocs {

  private static final String PAGE = "classpath:static/api-docs.html";

  private final ResourceResolver resources;
  private final ApiDocument document;

  ApiDocs(ResourceResolver resources, ApiDocument document) {
    this.resources = resources;
    this.document = document;
  }

  /** The document as {@link OpenApiDocument} corrects the generated one. */
  @Get("/openapi.yml")
  @Produces("application/yaml")
  HttpResponse<String> document() {
    return document
        .text()
        .map(text -> HttpResponse.ok(text).contentType(MediaType.of("application/yaml")))
        .orElseGet(HttpResponse::notFound);
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
