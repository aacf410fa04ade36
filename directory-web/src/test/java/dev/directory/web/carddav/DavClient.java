package dev.directory.web.carddav;

import dev.directory.web.TemporaryHome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaks WebDAV to the test server as a CardDAV client does: any method, HTTP Basic, XML bodies.
 */
final class DavClient {

  /** An answer: its status, its ETag header (or null) and its body. */
  record Answer(int status, String etag, String body) {

    /** The text of every element {@code <d:name>} of the body, in order. */
    java.util.List<String> all(String element) {
      Matcher matcher =
          Pattern.compile("<d:" + element + ">([^<]*)</d:" + element + ">").matcher(body);
      java.util.List<String> found = new java.util.ArrayList<>();
      while (matcher.find()) {
        found.add(matcher.group(1));
      }
      return found;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI server;
  private final String authorization;

  /**
   * @param username who signs in (with the tests' password), or null for nobody
   */
  DavClient(URI server, String username) {
    this(server, username, TemporaryHome.ADMIN_PASSWORD);
  }

  DavClient(URI server, String username, String password) {
    this.server = server;
    this.authorization =
        username == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param body the XML body, or null for none
   * @param headers names and values, in turn
   */
  Answer send(String method, String path, String body, String... headers) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/xml; charset=utf-8");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          answer.statusCode(), answer.headers().firstValue("ETag").orElse(null), answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** A PROPFIND of these properties ({@code d:} for DAV, {@code card:}, {@code cs:}). */
  Answer propfind(String path, String depth, String... properties) throws IOException {
    StringBuilder body =
        new StringBuilder(
            "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\""
                + " xmlns:card=\"urn:ietf:params:xml:ns:carddav\""
                + " xmlns:cs=\"http://calendarserver.org/ns/\"><d:prop>");
    for (String property : properties) {
      body.append('<').append(property).append("/>");
    }
    body.append("</d:prop></d:propfind>");
    return send("PROPFIND", path, body.toString(), "Depth", depth);
  }

  /** RFC 6578's sync-collection, from {@code token} (empty: the first sync). */
  Answer sync(String path, String token) throws IOException {
    return send(
        "REPORT",
        path,
        "<?xml version=\"1.0\"?><d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>"
            + token
            + "</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop>"
            + "</d:sync-collection>");
  }
}
