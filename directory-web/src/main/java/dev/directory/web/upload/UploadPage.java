package dev.directory.web.upload;

import dev.directory.core.importing.Upload;
import dev.directory.web.page.Pages;
import dev.directory.web.security.Csrf;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The upload pages (editors and admins): choose a file, see what it would do, map the organisations
 * its cards name, and confirm; works without JavaScript.
 */
@Hidden
@Controller("/imports")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record UploadPage(Uploads uploads, Pages pages, Csrf csrf) {

  @Get
  HttpResponse<String> form() {
    return pages.ok("upload", new UploadView(null, null, null));
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  HttpResponse<String> upload(
      @Nullable CompletedFileUpload file,
      @Nullable @Part("csrf") String token,
      HttpRequest<?> request,
      Principal editor)
      throws IOException {
    csrf.check(request, token);
    if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
      return pages.render(
          HttpStatus.BAD_REQUEST, "upload", new UploadView(null, null, "upload.choose"));
    }
    UploadViews.Preview preview =
        uploads.keep(new Upload(file.getFilename(), file.getBytes(), Map.of()), editor.getName());
    return HttpResponse.seeOther(URI.create("/imports/" + preview.id()));
  }

  @Get("/{id}")
  HttpResponse<String> preview(String id) throws IOException {
    return pages.ok("upload", new UploadView(uploads.preview(id), null, null));
  }

  /** The organisations the editor mapped: fields {@code name.N} and {@code id.N}. */
  @Post("/{id}/map")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> map(String id, @Body Map<String, String> form, HttpRequest<?> request)
      throws IOException {
    csrf.check(request, form.get(Csrf.FIELD));
    Map<String, String> mapping = new LinkedHashMap<>();
    for (int n = 0; form.containsKey("name." + n); n++) {
      String organization = form.getOrDefault("id." + n, "").strip();
      if (!organization.isEmpty()) {
        mapping.put(form.get("name." + n), organization);
      }
    }
    uploads.remap(id, mapping);
    return HttpResponse.seeOther(URI.create("/imports/" + id));
  }

  @Post("/{id}/confirm")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> confirm(String id, @Body Map<String, String> form, HttpRequest<?> request)
      throws IOException {
    csrf.check(request, form.get(Csrf.FIELD));
    UploadViews.Preview preview = uploads.preview(id);
    try {
      return pages.ok("upload", new UploadView(null, uploads.confirm(id, Map.of()), null));
    } catch (Uploads.Failed failed) {
      UploadViews.Preview refused =
          new UploadViews.Preview(
              preview.id(),
              preview.name(),
              preview.creates(),
              preview.updates(),
              preview.possibleDuplicates(),
              preview.unknownOrganizations(),
              preview.organizations(),
              failed.problems());
      return pages.render(HttpStatus.BAD_REQUEST, "upload", new UploadView(refused, null, null));
    }
  }
}
