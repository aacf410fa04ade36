package dev.directory.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A value of a body that is not of the type the API documents is refused with 400 naming it by its
 * path, in every body the API takes; nothing is coerced (a number was read as text, a boolean made
 * a token named "false").
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypedInputTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void aNumberAListOrAnObjectForTextIsRefusedNamingTheField() {
    assertShape(inquiry(Map.of("name", 5)), "name", "text");
    assertShape(inquiry(Map.of("email", List.of("a@example.org"))), "email", "text");
    assertShape(inquiry(Map.of("name", Map.of("a", 1))), "name", "text");
  }

  @Test
  void textForAWholeNumberIsRefused() {
    HttpResponse<String> merged =
        send(
            HttpRequest.POST(
                "/api/people/norberto-giron/merge",
                Map.of("other", "sebastian-mathews", "version", "1", "otherVersion", 1)));

    assertShape(merged, "version", "a whole number");
  }

  @Test
  void aBooleanIsNotANameOfAToken() {
    assertShape(
        send(HttpRequest.POST("/api/accounts/admin/tokens", Map.of("name", false))),
        "name",
        "text");
  }

  @Test
  void aValueDeepInABodyIsNamedByItsPath() {
    HttpResponse<String> made =
        send(
            HttpRequest.POST(
                "/api/people",
                Map.of(
                    "id", "test-typed",
                    "givenName", "Test",
                    "familyName", "Typed",
                    "organization", Map.of("id", "iom-chile"),
                    "emails", List.of(Map.of("type", "work", "address", 5)))));

    assertShape(made, "emails[0].address", "text");
    assertEquals(404, send(HttpRequest.GET("/api/people/test-typed")).getStatus().getCode());
  }

  @Test
  void aLinkToARecordIsAnObjectNotItsId() {
    HttpResponse<String> made =
        send(
            HttpRequest.POST(
                "/api/people",
                Map.of(
                    "id", "test-typed-ref",
                    "givenName", "Test",
                    "familyName", "Typed",
                    "organization", "iom-chile")));

    assertShape(made, "organization", "an object");
  }

  @Test
  void anUploadWithoutItsFileOrWithAMappingThatIsNotAnObjectNamesThePart() {
    HttpResponse<String> noFile =
        send(
            HttpRequest.POST(
                    "/api/imports", MultipartBody.builder().addPart("organizations", "{}").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    HttpResponse<String> nullMapping =
        send(
            HttpRequest.POST(
                    "/api/imports",
                    MultipartBody.builder()
                        .addPart(
                            "file",
                            "people.csv",
                            MediaType.TEXT_PLAIN_TYPE,
                            "id,given_name,family_name,organization_id\n".getBytes())
                        .addPart("organizations", "null")
                        .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));

    assertEquals(400, noFile.getStatus().getCode(), noFile.body());
    assertTrue(noFile.body().contains("\"field\":\"file\""), noFile.body());
    assertEquals(400, nullMapping.getStatus().getCode(), nullMapping.body());
    assertTrue(nullMapping.body().contains("\"field\":\"organizations\""), nullMapping.body());
  }

  @Test
  void theReportsOfARecordThatDoesNotExistAreNotFound() {
    for (String kind : List.of("people", "organizations", "positions")) {
      assertEquals(
          404,
          send(HttpRequest.GET("/api/" + kind + "/test-no-such-record/reports"))
              .getStatus()
              .getCode(),
          kind);
    }
    assertEquals(
        200, send(HttpRequest.GET("/api/people/norberto-giron/reports")).getStatus().getCode());
  }

  @Test
  void aParameterLeftOutIsNamedWithItsChoices() {
    HttpResponse<String> export = send(HttpRequest.GET("/api/search/export?q=santos"));
    HttpResponse<String> delete = send(HttpRequest.DELETE("/api/people/norberto-giron"));

    assertEquals(400, export.getStatus().getCode(), export.body());
    assertTrue(export.body().contains("\"field\":\"format\""), export.body());
    assertTrue(export.body().contains("csv, vcard"), export.body());
    assertEquals(400, delete.getStatus().getCode(), delete.body());
    assertTrue(delete.body().contains("\"field\":\"version\""), delete.body());
    assertEquals(200, send(HttpRequest.GET("/api/people/norberto-giron")).getStatus().getCode());
  }

  private HttpResponse<String> inquiry(Map<String, Object> wrong) {
    Map<String, Object> body =
        new HashMap<>(
            Map.of(
                "name", "Test Journalist",
                "email", "journalist@example.org",
                "subject", "Arica",
                "message", "A question about Arica."));
    body.putAll(wrong);
    return send(HttpRequest.POST("/api/inquiries", body));
  }

  private static void assertShape(HttpResponse<String> answer, String field, String give) {
    assertEquals(400, answer.getStatus().getCode(), answer.body());
    assertTrue(answer.body().contains("\"field\":\"" + field + "\""), answer.body());
    assertTrue(answer.body().contains("\"code\":\"field.shape\""), answer.body());
    assertTrue(answer.body().contains("give " + give), answer.body());
  }

  private HttpResponse<String> send(HttpRequest<?> request) {
    try {
      return client.toBlocking().exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      return HttpResponse.status(e.getStatus())
          .body(e.getResponse().getBody(String.class).orElse(""));
    }
  }
}
