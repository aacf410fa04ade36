package dev.directory.web.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Uploads through the API and the pages, as an admin, on the seed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadApiTest implements TemporaryHome {

  private static final Path UPLOADS = Path.of("../directory-core/src/test/resources/uploads");
  private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void previewsAnAddressBookWithoutWritingAndImportsItWhenConfirmed() throws Exception {
    Map<String, Object> preview =
        upload("address-book.vcf", Files.readAllBytes(UPLOADS.resolve("address-book.vcf")), null);

    assertEquals(List.of(), preview.get("problems"));
    List<Map<String, Object>> creates = list(preview.get("creates"));
    assertEquals(3, creates.size(), preview.toString());
    String ana = (String) creates.get(0).get("id");
    assertEquals(404, status(HttpRequest.GET("/api/people/" + ana)), "nothing written yet");

    Map<String, Object> applied =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST("/api/imports/" + preview.get("id") + "/confirm", Map.of()),
                Map.class);

    assertEquals(Map.of("people.csv", 3), applied.get("created"));
    assertEquals(200, status(HttpRequest.GET("/api/people/" + ana)));
    assertEquals(
        404,
        status(HttpRequest.POST("/api/imports/" + preview.get("id") + "/confirm", Map.of())),
        "an upload is applied once");
  }

  @Test
  void namesTheStoredPersonACardLooksLike() throws Exception {
    Map<String, Object> preview =
        upload(
            "phone.vcf",
            card("FN:Sebastian Mathews", "ORG:IOM Chile", "EMAIL:iomsantiagopress@iom.int"),
            null);

    List<Map<String, Object>> alike = list(preview.get("possibleDuplicates"));
    assertEquals(1, alike.size(), preview.toString());
    assertEquals(
        "sebastian-mathews", ((Map<?, ?>) list(alike.get(0).get("like")).get(0)).get("id"));
  }

  @Test
  void takesBackAnExportedCardAsTheStoredPersonNotAsANewOne() throws Exception {
    byte[] exported =
        client.toBlocking().retrieve("/api/people/sebastian-mathews/vcard", byte[].class);

    Map<String, Object> unchanged = upload("exported.vcf", exported, null);

    assertEquals(List.of(), unchanged.get("creates"), unchanged.toString());
    assertEquals(List.of(), unchanged.get("updates"), unchanged.toString());
    assertEquals(List.of(), unchanged.get("possibleDuplicates"), unchanged.toString());

    byte[] edited =
        new String(exported, StandardCharsets.UTF_8)
            .replace("END:VCARD", "TITLE:Test Press Officer\r\nEND:VCARD")
            .getBytes(StandardCharsets.UTF_8);
    Map<String, Object> changed = upload("edited.vcf", edited, null);

    assertEquals(List.of(), changed.get("creates"), changed.toString());
    List<Map<String, Object>> updates = list(changed.get("updates"));
    assertEquals(1, updates.size(), changed.toString());
    assertEquals("sebastian-mathews", updates.get(0).get("id"));
  }

  @Test
  void namesTwoCardsOfOneUploadThatLookAlike() throws Exception {
    byte[] cards =
        (new String(card("FN:Test Twice Entered", "ORG:IOM Chile", "EMAIL:twice@example.org"))
                + new String(
                    card("FN:Test Twice Entred", "ORG:IOM Chile", "EMAIL:twice@example.org")))
            .getBytes(StandardCharsets.UTF_8);

    Map<String, Object> preview = upload("twice.vcf", cards, null);

    List<Map<String, Object>> alike = list(preview.get("possibleDuplicates"));
    assertEquals(1, alike.size(), preview.toString());
    Map<?, ?> other = (Map<?, ?>) list(alike.get(0).get("like")).get(0);
    assertEquals("Test Twice Entred", other.get("name"));
    assertEquals(null, other.get("url"), "not stored yet");
  }

  @Test
  void listsAnOrganisationTheDirectoryLacksAndTakesItsMapping() throws Exception {
    byte[] vcf = card("FN:Test Mapped", "ORG:Ministerio de Pruebas");
    Map<String, Object> preview = upload("mapped.vcf", vcf, null);
    assertEquals(List.of("Ministerio de Pruebas"), preview.get("unknownOrganizations"));
    Map<String, Object> problem =
        UploadApiTest.<Map<String, Object>>list(preview.get("problems")).get(0);
    assertEquals("mapped.vcf", problem.get("file"));
    assertEquals(1, ((Number) problem.get("line")).intValue());

    assertEquals(
        400,
        status(HttpRequest.POST("/api/imports/" + preview.get("id") + "/confirm", Map.of())),
        "refused while an organisation is unknown");
    Map<String, Object> applied =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/imports/" + preview.get("id") + "/confirm",
                    Map.of("organizations", Map.of("Ministerio de Pruebas", "minsal"))),
                Map.class);
    assertEquals(Map.of("people.csv", 1), applied.get("created"));

    Map<String, Object> mappedAtOnce =
        upload("mapped.vcf", vcf, "{\"Ministerio de Pruebas\": \"minsal\"}");
    assertEquals(List.of(), mappedAtOnce.get("unknownOrganizations"));
  }

  @Test
  void refusesAFileThatIsNeitherAndConfirmsNothingOfIt() throws Exception {
    Map<String, Object> preview =
        upload("minutes.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), null);
    assertEquals(
        List.of("upload.kind"),
        UploadApiTest.<Map<String, Object>>list(preview.get("problems")).stream()
            .map(p -> p.get("code"))
            .toList());

    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .retrieve(
                        HttpRequest.POST(
                            "/api/imports/" + preview.get("id") + "/confirm", Map.of()),
                        Map.class));
    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    String body = refused.getResponse().getBody(String.class).orElseThrow();
    assertTrue(body.contains("\"field\":\"minutes.pdf\""), body);
    assertEquals(404, status(HttpRequest.POST("/api/imports/no-such-upload/confirm", Map.of())));
    HttpClientResponseException badMapping =
        assertThrows(
            HttpClientResponseException.class, () -> upload("x.vcf", card("FN:X"), "not json"));
    assertEquals(HttpStatus.BAD_REQUEST, badMapping.getStatus());
  }

  @Test
  void takesAFileOnThePageAndShowsWhatItWouldDo() throws Exception {
    String form = client.toBlocking().retrieve(HttpRequest.GET("/imports").accept(HTML));
    assertTrue(form.contains("enctype=\"multipart/form-data\""), form);

    HttpResponse<String> preview =
        client
            .toBlocking()
            .exchange(
                HttpRequest.POST(
                        "/imports",
                        MultipartBody.builder()
                            .addPart(
                                "file",
                                "page.vcf",
                                MediaType.of("text/vcard"),
                                card("FN:Test Page Card", "ORG:IOM Chile"))
                            .build())
                    .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                    .accept(HTML),
                String.class);
    assertEquals(HttpStatus.OK, preview.getStatus(), "the redirect leads to the preview");
    assertTrue(preview.body().contains("Test Page Card"), preview.body());
    assertTrue(preview.body().contains(">Import all of it</button>"), preview.body());
  }

  private Map<String, Object> upload(String name, byte[] content, String organizations) {
    MultipartBody.Builder body =
        MultipartBody.builder()
            .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content);
    if (organizations != null) {
      body.addPart("organizations", organizations);
    }
    return client
        .toBlocking()
        .retrieve(
            HttpRequest.POST("/api/imports", body.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
            Map.class);
  }

  private int status(HttpRequest<?> request) {
    try {
      return client.toBlocking().exchange(request).getStatus().getCode();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  private static byte[] card(String... lines) throws IOException {
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\n" + String.join("\r\n", lines) + "\r\nEND:VCARD\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    return (List<T>) value;
  }
}
