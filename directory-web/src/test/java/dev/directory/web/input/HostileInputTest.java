package dev.directory.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.RawHttp;
import dev.directory.web.TemporaryHome;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.yaml.snakeyaml.Yaml;

/**
 * Hostile text — control characters, halves of surrogate pairs, 100 KB, Lucene's query syntax, any
 * character at all — at every parameter of every operation of the served OpenAPI document: path,
 * query and each top-level field of the body, the others as a real client would send them. Whatever
 * comes, no answer is a 5xx. The operations are read from {@code /openapi.yml}, so a new one is
 * covered as soon as it is documented.
 */
class HostileInputTest {

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final String SEED_PERSON = "sebastian-mathews";
  private static final String SEED_ORGANIZATION = "iom-chile";
  private static final String SEED_POSITION = "iom-chile-press-contact";
  private static final String FUZZ_ACCOUNT = "fuzzed-viewer";

  private static ApplicationContext context;
  private static EmbeddedServer server;
  private static List<Target> targets;
  private static Map<String, String> baselines;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** An operation of the document, and one of its parameters: where the text goes. */
  record Target(String method, String path, String in, String name, String bodyType) {
    @Override
    public String toString() {
      return method + " " + path + " " + in + " " + name;
    }
  }

  @BeforeContainer
  static void startTheServer() throws Exception {
    Map<String, Object> properties = new HashMap<>(new TemporaryHome() {}.homeAnd(Map.of()));
    properties.put("directory.inquiries.rate-limit-per-minute", "100000");
    context = ApplicationContext.run(properties);
    server = context.getBean(EmbeddedServer.class).start();
    baselines = baselines();
    HttpResponse<String> document = send("GET", "/openapi.yml", null, null);
    assertEquals(200, document.statusCode(), document.body());
    targets = targets(document.body());
  }

  @AfterContainer
  static void stopTheServer() {
    if (context != null) {
      context.close();
    }
  }

  @Example
  void theDocumentListsTheOperationsTheTestsReach() {
    assertTrue(targets.size() > 100, "parameters found: " + targets.size());
    assertTrue(
        targets.stream().anyMatch(t -> t.path().equals("/api/imports") && t.in().equals("body")),
        "the upload's parts too");
  }

  @Example
  void everyParameterOfEveryOperationTakesEveryKindOfHostileTextWithoutA5xx() {
    List<String> failures = new ArrayList<>();
    for (Target target : targets) {
      for (String text :
          List.of(
              "\u0000",
              "a\u0000b",
              "\u001b[31m",
              "tab\there",
              "line\nbreak",
              "\ud800",
              "\udc00tail",
              "x".repeat(100_000),
              "*:* OR name:/.*/ AND \"",
              "1e999",
              "-1",
              "")) {
        check(target, text).ifPresent(failures::add);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Property(tries = 600)
  void noGeneratedTextAtAnyParameterIsAnsweredWithA5xx(
      @ForAll("targets") Target target, @ForAll("hostile") String text) {
    check(target, text).ifPresent(failure -> assertEquals("no 5xx", failure));
  }

  @Provide
  Arbitrary<Target> targets() {
    return Arbitraries.of(targets);
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(4),
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMinLength(1).ofMaxLength(3),
        Arbitraries.strings().ascii().ofMinLength(100_000).ofMaxLength(100_000),
        Arbitraries.of(
            "*",
            "?",
            "name:x",
            "a~2",
            "\"unbalanced",
            "(",
            "[a TO z]",
            "/.*/",
            "\\",
            "a AND",
            "NOT",
            "+-&&||!(){}[]^\"~*?:\\/"),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(30));
  }

  /** The failure, if the text at the target is answered with a 5xx. */
  private static java.util.Optional<String> check(Target target, String text) {
    try {
      HttpResponse<String> answer = request(target, text);
      if (answer.statusCode() >= 500) {
        return java.util.Optional.of(
            target + " with " + printable(text) + ": " + answer.statusCode() + " " + answer.body());
      }
      return java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.of(target + " with " + printable(text) + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> request(Target target, String text)
      throws IOException, InterruptedException {
    Matcher variables = PATH_VARIABLE.matcher(target.path());
    StringBuilder path = new StringBuilder();
    while (variables.find()) {
      String name = variables.group(1);
      String value =
          target.in().equals("path") && target.name().equals(name)
              ? text
              : baseline(target.path(), name);
      variables.appendReplacement(path, Matcher.quoteReplacement(percentEncoded(value)));
    }
    variables.appendTail(path);
    if (target.in().equals("query")) {
      path.append('?').append(target.name()).append('=').append(percentEncoded(text));
    } else if (target.method().equals("DELETE")) {
      path.append("?version=1");
    }
    if (target.bodyType() == null) {
      return send(target.method(), path.toString(), null, null);
    }
    if (target.bodyType().startsWith("multipart/")) {
      return upload(path.toString(), target.in().equals("body") ? target.name() : "", text);
    }
    Map<String, Object> body = new LinkedHashMap<>(baselineBody(target.path()));
    if (target.in().equals("body")) {
      body.put(target.name(), text);
    }
    return send(target.method(), path.toString(), "application/json", json(body));
  }

  /** A real value for a path variable: a seed record of the path's kind, or one made at start. */
  private static String baseline(String path, String variable) {
    if (path.startsWith("/api/accounts")) {
      return variable.equals("username") ? FUZZ_ACCOUNT : "no-such-token";
    }
    if (path.startsWith("/api/people")) {
      return SEED_PERSON;
    }
    if (path.startsWith("/api/organizations")) {
      return SEED_ORGANIZATION;
    }
    if (path.startsWith("/api/positions")) {
      return SEED_POSITION;
    }
    return baselines.getOrDefault(path.split("/")[2], "none");
  }

  /** The body a real client sends to the operation, before one of its fields is replaced. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> baselineBody(String path) {
    String record = baselines.get("body " + path);
    if (record == null) {
      return Map.of();
    }
    return (Map<String, Object>) new Yaml().load(record);
  }

  /** Ids of an inquiry and an upload made at start, and the records' own JSON as bodies. */
  private static Map<String, String> baselines() throws IOException, InterruptedException {
    Map<String, String> found = new HashMap<>();
    String inquiry =
        send(
                "POST",
                "/api/inquiries",
                "application/json",
                "{\"name\":\"Test Journalist\",\"email\":\"journalist@example.org\","
                    + "\"subject\":\"Arica\",\"message\":\"A question about Arica.\"}")
            .body();
    found.put("inquiries", field(inquiry, "id"));
    found.put("imports", field(upload("/api/imports", "", "").body(), "id"));
    send(
        "POST",
        "/api/accounts",
        "application/json",
        "{\"username\":\""
            + FUZZ_ACCOUNT
            + "\",\"displayName\":\"Fuzzed Viewer\",\"role\":\"viewer\","
            + "\"password\":\"a long enough password\"}");
    String person = send("GET", "/api/people/" + SEED_PERSON, null, null).body();
    String organization = send("GET", "/api/organizations/" + SEED_ORGANIZATION, null, null).body();
    String position = send("GET", "/api/positions/" + SEED_POSITION, null, null).body();
    found.put("body /api/people", person.replace(SEED_PERSON, "test-fuzzed-person"));
    found.put("body /api/people/{id}", person);
    found.put("body /api/organizations", organization.replace("\"iom-chile\"", "\"test-fuzz\""));
    found.put("body /api/organizations/{id}", organization);
    found.put("body /api/positions", position.replace(SEED_POSITION, "test-fuzzed-position"));
    found.put("body /api/positions/{id}", position);
    found.put(
        "body /api/inquiries",
        "{name: Test Journalist, email: j@example.org, subject: Arica," + " message: A question}");
    found.put(
        "body /api/accounts",
        "{username: test-fuzz-account, displayName: Test, role: viewer,"
            + " password: a long enough password}");
    return found;
  }

  private static String field(String json, String name) {
    Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    assertTrue(value.find(), json);
    return value.group(1);
  }

  /** Every (operation, parameter) of the document, the top-level fields of bodies included. */
  @SuppressWarnings("unchecked")
  static List<Target> targets(String document) {
    Map<String, Object> openApi = new Yaml().load(document);
    Map<String, Object> schemas =
        (Map<String, Object>)
            ((Map<String, Object>) openApi.get("components")).getOrDefault("schemas", Map.of());
    List<Target> found = new ArrayList<>();
    ((Map<String, Map<String, Object>>) openApi.get("paths"))
        .forEach(
            (path, operations) ->
                operations.forEach(
                    (method, described) -> {
                      if (!(described instanceof Map<?, ?>)) {
                        return;
                      }
                      Map<String, Object> operation = (Map<String, Object>) described;
                      String verb = method.toUpperCase(Locale.ROOT);
                      Map<String, Object> content =
                          (Map<String, Object>)
                              ((Map<String, Object>)
                                      operation.getOrDefault("requestBody", Map.of()))
                                  .getOrDefault("content", Map.of());
                      String bodyType =
                          content.isEmpty() ? null : content.keySet().iterator().next();
                      for (Object parameter :
                          (List<Object>) operation.getOrDefault("parameters", List.of())) {
                        Map<String, Object> p = (Map<String, Object>) parameter;
                        found.add(
                            new Target(
                                verb,
                                path,
                                (String) p.get("in"),
                                (String) p.get("name"),
                                bodyType));
                      }
                      if (bodyType != null) {
                        Map<String, Object> schema =
                            (Map<String, Object>)
                                ((Map<String, Object>) content.get(bodyType)).get("schema");
                        for (String property : properties(schema, schemas)) {
                          found.add(new Target(verb, path, "body", property, bodyType));
                        }
                      }
                    }));
    return found;
  }

  @SuppressWarnings("unchecked")
  private static List<String> properties(Map<String, Object> schema, Map<String, Object> schemas) {
    Object ref = schema.get("$ref");
    if (ref != null) {
      String name = ((String) ref).substring(((String) ref).lastIndexOf('/') + 1);
      return properties((Map<String, Object>) schemas.get(name), schemas);
    }
    List<String> names = new ArrayList<>();
    for (Object part : (List<Object>) schema.getOrDefault("allOf", List.of())) {
      names.addAll(properties((Map<String, Object>) part, schemas));
    }
    names.addAll(((Map<String, Object>) schema.getOrDefault("properties", Map.of())).keySet());
    return names;
  }

  private static HttpResponse<String> send(
      String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", RawHttp.basic("admin", TemporaryHome.ADMIN_PASSWORD))
            .header("Accept", "application/json, */*;q=0.5");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * An upload as a browser sends it: a CSV file of people, with {@code text} as the part named
   * ({@code file}: as its name and in a cell; {@code organizations}: as the mapping).
   */
  private static HttpResponse<String> upload(String path, String part, String text)
      throws IOException, InterruptedException {
    String boundary = "hostile-input-boundary";
    String filename = part.equals("file") ? text.replace("\"", "%22") : "people.csv";
    String cell = part.equals("file") ? text : "Test";
    String csv =
        "id,given_name,family_name,organization_id\r\ntest-upload,"
            + quoted(cell)
            + ",Person,iom-chile\r\n";
    StringBuilder body = new StringBuilder();
    body.append("--").append(boundary).append("\r\n");
    body.append("Content-Disposition: form-data; name=\"file\"; filename=\"")
        .append(filename)
        .append("\"\r\nContent-Type: text/csv\r\n\r\n")
        .append(csv)
        .append("\r\n");
    if (part.equals("organizations")) {
      body.append("--").append(boundary).append("\r\n");
      body.append("Content-Disposition: form-data; name=\"organizations\"\r\n\r\n")
          .append(text)
          .append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toString());
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  /** JSON with every character outside printable ASCII escaped, lone surrogates as they are. */
  private static String json(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      map.forEach(
          (k, v) -> {
            if (out.length() > 1) {
              out.append(',');
            }
            out.append(json(String.valueOf(k))).append(':').append(json(v));
          });
      return out.append('}').toString();
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add(json(item)));
      return "[" + String.join(",", items) + "]";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toString().toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Percent-encoded UTF-8; a lone surrogate as the three bytes it would take (not valid UTF-8). */
  private static String percentEncoded(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
        out.append(c);
        continue;
      }
      byte[] bytes;
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
        i++;
      } else if (Character.isSurrogate(c)) {
        bytes =
            new byte[] {
              (byte) (0xe0 | (c >> 12)),
              (byte) (0x80 | ((c >> 6) & 0x3f)),
              (byte) (0x80 | (c & 0x3f))
            };
      } else {
        bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
      }
      for (byte b : bytes) {
        out.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  private static String printable(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + ")" : text;
    StringBuilder out = new StringBuilder("\"");
    shown
        .chars()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || (c >= 0xd800 && c <= 0xdfff)
                        ? String.format(Locale.ROOT, "\\u%04x", c)
                        : String.valueOf((char) c)));
    return out.append('"').toString();
  }
}
