package dev.directory.web.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A file larger than {@code directory.uploads.max-file-bytes} (here 100 KB) is refused before it is
 * read, with 413 saying its size, the limit and what to do.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadSizeTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    return homeAnd(Map.of("directory.uploads.max-file-bytes", "100000"));
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedSayingSplitItOrUseTheCommandLine() {
    byte[] content = new byte[200_000];
    Arrays.fill(content, (byte) 'a');
    MultipartBody body =
        MultipartBody.builder()
            .addPart("file", "people.csv", MediaType.TEXT_PLAIN_TYPE, content)
            .build();

    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.POST("/api/imports", body)
                            .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        String.class));

    assertEquals(413, refused.getStatus().getCode());
    String answer = refused.getResponse().getBody(String.class).orElse("");
    assertTrue(answer.contains("\"code\":\"upload.too_big\""), answer);
    assertTrue(answer.contains("command-line import"), answer);
  }
}
