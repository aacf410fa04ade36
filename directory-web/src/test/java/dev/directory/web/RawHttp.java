package dev.directory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a socket: from a chosen loopback source address (127.0.0.2 and
 * 127.0.0.3 are two clients to the server), and with request lines no HTTP client library would
 * send (a raw space, a lone "%", an address of 5,000 characters).
 */
public final class RawHttp {

  /** An answer: its status, its headers (names in small letters) and its body. */
  public record Answer(int status, Map<String, String> headers, String body) {}

  private final String from;
  private final int port;

  private RawHttp(String from, int port) {
    this.from = from;
    this.port = port;
  }

  /** A client whose connections come from {@code sourceAddress}, to the server on {@code port}. */
  public static RawHttp from(String sourceAddress, int port) {
    return new RawHttp(sourceAddress, port);
  }

  public Answer get(String target, Map<String, String> headers) {
    return send("GET " + target + " HTTP/1.1", headers, "");
  }

  public Answer postForm(String target, Map<String, String> headers, String body) {
    Map<String, String> withType = new LinkedHashMap<>(headers);
    withType.put("Content-Type", "application/x-www-form-urlencoded");
    return send("POST " + target + " HTTP/1.1", withType, body);
  }

  /** The value of an Authorization header for HTTP Basic. */
  public static String basic(String username, String password) {
    String credentials = username + ":" + password;
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code requestLine} exactly as given, with the headers and body, on a new connection. */
  public Answer send(String requestLine, Map<String, String> headers, String body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder(requestLine).append("\r\n");
      request.append("Host: localhost:").append(port).append("\r\n");
      headers.forEach(
          (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      if (content.length > 0) {
        request.append("Content-Length: ").append(content.length).append("\r\n");
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    return all.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    int end = indexOf(raw, CRLF_CRLF, 0);
    String head = new String(raw, 0, end < 0 ? raw.length : end, StandardCharsets.ISO_8859_1);
    byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).strip();
      headers.merge(name, value, (first, more) -> first + "\n" + more);
    }
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunked(body);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};
  private static final byte[] CRLF = {'\r', '\n'};

  /** The bytes of a chunked body, joined: sizes count bytes, so a binary body is read whole. */
  private static byte[] unchunked(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, CRLF, at);
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      body.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return body.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte[] sought, int from) {
    for (int i = from; i <= bytes.length - sought.length; i++) {
      if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
        return i;
      }
    }
    return -1;
  }
}
