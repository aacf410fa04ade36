package dev.directory.web.upload;

import dev.directory.core.importing.Upload;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.web.error.ApiError;
import dev.directory.web.error.ErrorResponses.NotForYourRole;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bringing records in (editors and admins): an upload is previewed first, writing nothing, and
 * imported all or nothing when confirmed.
 */
@Controller("/api/imports")
@Tag(name = "Uploads")
@NotSignedIn
@NotForYourRole
@ExecuteOn(TaskExecutors.BLOCKING)
record UploadController(Uploads uploads, JsonMapper json) {

  /** How the organisations the cards name map to the directory's ({@code {"name": "id"}}). */
  @Serdeable
  record Mapping(@Nullable Map<String, String> organizations) {}

  /**
   * Previews a file: a vCard file ({@code .vcf}, versions 2.1, 3.0 and 4.0), a workbook ({@code
   * .xlsx}, a sheet per kind of record with the CSV columns), a CSV file ({@code .csv}) or a {@code
   * .zip} of CSV files. Nothing is written until it is confirmed.
   *
   * @param file the file
   * @param organizations optional: a JSON object mapping the organisations the cards name to the
   *     directory's ids, {@code {"Ministerio de Salud": "minsal"}}
   */
  @ApiResponse(
      responseCode = "200",
      description = "What the upload would create and change, its possible duplicates and problems",
      content = @Content(schema = @Schema(implementation = UploadViews.Preview.class)))
  @WrongValues
  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  UploadViews.Preview upload(
      @Nullable CompletedFileUpload file,
      @Nullable @Part("organizations") String organizations,
      Principal editor)
      throws IOException {
    if (file == null) {
      throw Refused.of("file", ProblemCode.REQUIRED);
    }
    return uploads.keep(
        new Upload(file.getFilename(), file.getBytes(), mapping(organizations)), editor.getName());
  }

  /** The preview of an upload waiting to be confirmed. */
  @ApiResponse(
      responseCode = "404",
      description = "No upload waits under that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Get("/{id}")
  UploadViews.Preview preview(String id) throws IOException {
    return uploads.preview(id);
  }

  /**
   * Imports an upload all or nothing, with the organisations its cards name mapped as given (added
   * to those given with the upload). 400 names every problem, placed in the file: nothing was
   * written.
   */
  @ApiResponse(
      responseCode = "200",
      description = "What the import created, changed and left as it was, by file",
      content = @Content(schema = @Schema(implementation = UploadViews.Applied.class)))
  @ApiResponse(
      responseCode = "400",
      description = "Refused: every problem of the upload, each placed as file:line:column",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(
      responseCode = "404",
      description = "No upload waits under that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Post("/{id}/confirm")
  HttpResponse<?> confirm(String id, @Nullable @Body Mapping body) throws IOException {
    Map<String, String> mapping =
        body == null || body.organizations() == null ? Map.of() : body.organizations();
    try {
      return HttpResponse.ok(uploads.confirm(id, mapping));
    } catch (Uploads.Failed failed) {
      List<Problem> problems =
          failed.problems().stream()
              .map(p -> new Problem(p.where(), p.code(), p.args(), p.message()))
              .toList();
      return HttpResponse.badRequest(ApiError.refused(problems, null));
    }
  }

  /** The part {@code organizations}: a JSON object of names and ids, each id text. */
  private Map<String, String> mapping(@Nullable String organizations) {
    if (organizations == null || organizations.isBlank()) {
      return Map.of();
    }
    Map<String, Object> read;
    try {
      read = json.readValue(organizations, Argument.mapOf(String.class, Object.class));
    } catch (IOException | RuntimeException e) {
      read = null;
    }
    if (read == null) {
      throw Refused.of(
          "organizations",
          ProblemCode.FIELD_SHAPE,
          "a JSON object of names and ids, {\"Ministerio de Salud\": \"minsal\"}");
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    read.forEach(
        (name, id) -> {
          if (id != null && !(id instanceof String)) {
            throw Refused.of("organizations." + name, ProblemCode.FIELD_SHAPE, ProblemWord.TEXT);
          }
          mapping.put(name, (String) id);
        });
    return mapping;
  }
}
