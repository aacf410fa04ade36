package dev.directory.web.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.zaxxer.hikari.HikariDataSource;
import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.core.testing.TestDatabase;
import dev.directory.web.RawHttp;
import dev.directory.web.TemporaryHome;
import io.micronaut.core.type.Argument;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * Every operation of the served OpenAPI document exercised with its success answer and with each
 * error it documents, every exchange checked by {@link OpenApiContract}: a status the document
 * lists that no request here brings about, or an answer the document does not describe, fails the
 * test. The errors any request may meet are brought about alike for every operation: a control
 * character in the query (400), no sign-in (401), a viewer (403), an id that is no record's (404),
 * an Accept the operation cannot answer (406), the change log's lock held by another writer past
 * the lock timeout (409), a body over the limit (413), an address the sign-in throttle slows (429),
 * the database's connections suspended (503), the id of a record merged away (308).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTest implements TemporaryHome {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final String VIEWER = "test-contract-viewer";
  private static final String NO_SUCH = "test-no-such-thing";
  private static final int POOL_SIZE = 6;

  @Inject EmbeddedServer server;
  @Inject DataSource contextual;
  @Inject DataSourceResolver resolver;
  @Inject Accounts accounts;
  @Inject JsonMapper json;

  private final Set<String> exercised = new TreeSet<>();
  private final List<String> mismatches = new ArrayList<>();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> settings = new HashMap<>(homeAnd(Map.of()));
    settings.put("directory.uploads.max-file-bytes", "20000");
    settings.put("directory.inquiries.rate-limit-per-minute", "3");
    settings.put("datasources.default.maximum-pool-size", String.valueOf(POOL_SIZE));
    settings.put("datasources.default.connection-timeout", "250");
    // a writer waits a tenth of a second for another's lock, then is told to try again
    if (TestDatabase.postgres()) {
      settings.put(
          "directory.database.url",
          settings.get("directory.database.url") + "&options=-c%20lock_timeout%3D100");
    } else {
      settings.put(
          "directory.database.url",
          "jdbc:h2:file:"
              + settings.get("directory.home")
              + "/db/directory;WRITE_DELAY=0;LOCK_TIMEOUT=100;DATABASE_TO_LOWER=TRUE");
    }
    return settings;
  }

  /** One request of an operation: its template, the values of its variables, its body. */
  private record Call(
      String method,
      String template,
      Map<String, String> variables,
      String query,
      String contentType,
      String body) {

    String path(Map<String, String> values) {
      Matcher variable = VARIABLE.matcher(template);
      StringBuilder path = new StringBuilder();
      while (variable.find()) {
        variable.appendReplacement(path, Matcher.quoteReplacement(values.get(variable.group(1))));
      }
      variable.appendTail(path);
      return path.toString();
    }
  }

  @Test
  void everyOperationAnswersItsSuccessAndEachErrorItDocumentsAsTheDocumentSays() throws Exception {
    accounts.create(VIEWER, "Test Viewer", null, Role.VIEWER, ADMIN_PASSWORD, Instant.now());
    Map<String, Set<String>> documented = documented();
    String token = token();
    List<Call> calls = calls();
    assertEquals(
        documented.keySet(),
        new TreeSet<>(calls.stream().map(c -> c.method() + " " + c.template()).toList()),
        "one call for every operation the document lists");

    for (Call call : calls) {
      Set<String> statuses = documented.get(call.method() + " " + call.template());
      exchange(call, call.variables(), call.query() + "&_=%01", Map.of(), admin(), "127.0.0.1");
      exchange(
          call,
          call.variables(),
          call.query(),
          Map.of("Accept", "image/png"),
          admin(),
          "127.0.0.1");
      if (statuses.contains("401")) {
        exchange(call, call.variables(), call.query(), Map.of(), Map.of(), "127.0.0.1");
      }
      if (statuses.contains("403")) {
        exchange(call, call.variables(), call.query(), Map.of(), as(VIEWER), "127.0.0.1");
      }
      if (statuses.contains("404")) {
        Map<String, String> unknown = new HashMap<>();
        call.variables().keySet().forEach(name -> unknown.put(name, NO_SUCH));
        exchange(call, unknown, call.query(), Map.of(), admin(), "127.0.0.1");
      }
      if (statuses.contains("413")) {
        Call big = tooLarge(call);
        exchange(big, call.variables(), call.query(), Map.of(), admin(), "127.0.0.1");
      }
    }
    throttled(calls, documented);
    whileAnotherWriterHoldsTheLock(calls, documented);
    whileTheDatabaseIsAway(calls, token);
    for (Call call : calls) {
      exchange(call, call.variables(), call.query(), Map.of(), admin(), "127.0.0.1");
    }
    for (Call call : redirected()) {
      exchange(call, call.variables(), call.query(), Map.of(), admin(), "127.0.0.1");
    }

    assertEquals(List.of(), mismatches);
    Set<String> missing = new TreeSet<>();
    documented.forEach(
        (operation, statuses) ->
            statuses.forEach(
                status -> {
                  if (!exercised.contains(operation + " " + status)) {
                    missing.add(operation + " " + status);
                  }
                }));
    assertEquals(Set.of(), missing, "documented statuses no request brought about");
  }

  /** Sends the call and checks the exchange; notes the status it brought about. */
  private RawHttp.Answer exchange(
      Call call,
      Map<String, String> variables,
      String query,
      Map<String, String> extraHeaders,
      Map<String, String> signIn,
      String from) {
    String path = call.path(variables);
    String target = path + (query.isEmpty() ? "" : "?" + query.replaceFirst("^&", ""));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json, */*;q=0.5");
    headers.putAll(signIn);
    if (call.contentType() != null) {
      headers.put("Content-Type", call.contentType());
    }
    headers.putAll(extraHeaders);
    RawHttp.Answer answer =
        RawHttp.from(from, server.getPort())
            .send(
                call.method() + " " + target + " HTTP/1.1",
                headers,
                call.body() == null ? "" : call.body());
    exercised.add(call.method() + " " + call.template() + " " + answer.status());
    SimpleRequest.Builder request = new SimpleRequest.Builder(call.method(), path);
    for (String pair : query.replaceFirst("^&", "").split("&")) {
      if (!pair.isEmpty()) {
        String[] parts = pair.split("=", 2);
        request.withQueryParam(parts[0], parts.length > 1 ? decoded(parts[1]) : "");
      }
    }
    headers.forEach(request::withHeader);
    if (call.body() != null && "application/json".equals(call.contentType())) {
      request.withBody(call.body());
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
    answer.headers().forEach(response::withHeader);
    if (answer.headers().containsKey("content-type")) {
      response.withBody(answer.body());
    }
    mismatches.addAll(
        OpenApiContract.mismatches(
            URI.create("http://127.0.0.1:" + server.getPort()), request.build(), response.build()));
    return answer;
  }

  /** From an address whose sign-ins the throttle slows, every call that needs one is 429. */
  private void throttled(List<Call> calls, Map<String, Set<String>> documented) {
    String guesser = "127.0.0.72";
    for (int i = 0; i < 6; i++) {
      RawHttp.from(guesser, server.getPort())
          .get("/api/search", Map.of("Authorization", RawHttp.basic("admin", "guess " + i)));
    }
    for (Call call : calls) {
      if (!documented.get(call.method() + " " + call.template()).contains("429")) {
        continue;
      }
      if (call.template().equals("/api/inquiries") && call.method().equals("POST")) {
        for (int i = 0; i < 4; i++) { // the inquiries' own limit, three a minute here
          exchange(call, call.variables(), "", Map.of(), Map.of(), "127.0.0.71");
        }
      } else {
        exchange(call, call.variables(), call.query(), Map.of(), admin(), guesser);
      }
    }
  }

  /** While another transaction holds the change log's lock, every write is refused busy (409). */
  private void whileAnotherWriterHoldsTheLock(List<Call> calls, Map<String, Set<String>> documented)
      throws Exception {
    try (Connection other = pool().getConnection()) {
      other.setAutoCommit(false);
      try (Statement lock = other.createStatement()) {
        lock.executeQuery("SELECT singleton FROM change_log_writer FOR UPDATE").close();
        for (Call call : calls) {
          if (documented.get(call.method() + " " + call.template()).contains("409")) {
            exchange(call, call.variables(), call.query(), Map.of(), admin(), "127.0.0.1");
          }
        }
      } finally {
        other.rollback();
      }
    }
  }

  /**
   * While no connection to the database can be had (every one of the pool's held here), every call
   * is 503: signed in with a token, which is looked up in the database, so that even a search that
   * reads only the index meets it.
   */
  private void whileTheDatabaseIsAway(List<Call> calls, String token) throws Exception {
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < POOL_SIZE; i++) {
        held.add(pool().getConnection());
      }
      for (Call call : calls) {
        exchange(
            call,
            call.variables(),
            call.query(),
            Map.of(),
            Map.of("Authorization", "Bearer " + token),
            "127.0.0.1");
      }
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }

  /** The pool of connections itself, beneath Micronaut's contextual connection. */
  private HikariDataSource pool() throws Exception {
    return resolver.resolve(contextual).unwrap(HikariDataSource.class);
  }

  /** The call with a body over the limit: 25 KB of a JSON text, or of a file. */
  private static Call tooLarge(Call call) {
    String padding = "x".repeat(25_000);
    String body =
        call.contentType().startsWith("multipart/")
            ? multipart("people.csv", padding)
            : "{\"padding\":\"" + padding + "\"}";
    return new Call(
        call.method(), call.template(), call.variables(), call.query(), call.contentType(), body);
  }

  private static final String BOUNDARY = "contract-boundary";
  private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

  private static String multipart(String name, String content) {
    return "--"
        + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + name
        + "\"\r\nContent-Type: text/csv\r\n\r\n"
        + content
        + "\r\n--"
        + BOUNDARY
        + "--\r\n";
  }

  /** Every operation's successful call, with the records each one needs made first. */
  private List<Call> calls() throws IOException {
    Map<String, Object> made = new HashMap<>();
    List<Call> calls = new ArrayList<>();
    // accounts
    post("/api/accounts", account("test-contract-doomed"));
    post("/api/accounts", account("test-contract-password"));
    String tokenId =
        (String) body(post("/api/accounts/admin/tokens", "{\"name\":\"to revoke\"}")).get("id");
    calls.add(get("/api/accounts"));
    calls.add(json("POST", "/api/accounts", Map.of(), account("test-contract-new")));
    calls.add(get("/api/accounts/{username}", "username", VIEWER));
    calls.add(
        json(
            "PUT",
            "/api/accounts/{username}",
            Map.of("username", VIEWER),
            "{\"displayName\":\"Test Viewer Renamed\",\"role\":\"viewer\"}"));
    calls.add(
        call("DELETE", "/api/accounts/{username}", Map.of("username", "test-contract-doomed")));
    calls.add(
        json(
            "PUT",
            "/api/accounts/{username}/password",
            Map.of("username", "test-contract-password"),
            "{\"password\":\"another long password\"}"));
    calls.add(
        json(
            "POST",
            "/api/accounts/{username}/tokens",
            Map.of("username", "admin"),
            "{\"name\":\"contract\"}"));
    calls.add(
        call(
            "DELETE",
            "/api/accounts/{username}/tokens/{id}",
            Map.of("username", "admin", "id", tokenId)));
    // address books
    String bookToRemove =
        (String)
            body(post("/api/address-books", "{\"name\":\"to remove\",\"search\":\"q=health\"}"))
                .get("id");
    calls.add(get("/api/address-books"));
    calls.add(
        json(
            "POST",
            "/api/address-books",
            Map.of(),
            "{\"name\":\"Contract\",\"search\":\"type=ministry\"}"));
    calls.add(call("DELETE", "/api/address-books/{id}", Map.of("id", bookToRemove)));
    // watches
    String watchToRemove = (String) body(post("/api/watches", "{\"record\":\"lshtm\"}")).get("id");
    String watchToRenew = (String) body(post("/api/watches", "{\"record\":\"minsal\"}")).get("id");
    calls.add(get("/api/watches"));
    calls.add(json("POST", "/api/watches", Map.of(), "{\"organization\":\"minsal\"}"));
    calls.add(json("POST", "/api/watches", Map.of(), "{\"record\":\"" + NO_SUCH + "\"}"));
    calls.add(call("DELETE", "/api/watches/{id}", Map.of("id", watchToRemove)));
    calls.add(call("POST", "/api/watches/{id}/feed", Map.of("id", watchToRenew)));
    calls.add(get("/api/watches/digest"));
    calls.add(get("/api/quality"));
    // webhooks
    String hookToRemove =
        (String)
            body(post("/api/webhooks", "{\"url\":\"http://127.0.0.1:9/to-remove\"}")).get("id");
    String hookListed =
        (String) body(post("/api/webhooks", "{\"url\":\"http://127.0.0.1:9/listed\"}")).get("id");
    calls.add(get("/api/webhooks"));
    calls.add(
        json(
            "POST",
            "/api/webhooks",
            Map.of(),
            "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"person.*\"]}"));
    calls.add(call("DELETE", "/api/webhooks/{id}", Map.of("id", hookToRemove)));
    calls.add(get("/api/webhooks/{id}/deliveries", "id", hookListed));
    calls.add(json("PUT", "/api/watches/digest", Map.of(), "{\"frequency\":\"daily\"}"));
    // duplicates, uploads, inquiries
    calls.add(get("/api/duplicates"));
    calls.add(
        json(
            "POST",
            "/api/duplicates/not-the-same",
            Map.of(),
            "{\"a\":\"norberto-giron\",\"b\":\"sebastian-mathews\"}"));
    String preview = (String) body(upload()).get("id");
    String confirmable = (String) body(upload()).get("id");
    calls.add(
        new Call(
            "POST",
            "/api/imports",
            Map.of(),
            "",
            MULTIPART,
            multipart("people.csv", "id,given_name,family_name,organization_id\r\n")));
    calls.add(get("/api/imports/{id}", "id", preview));
    calls.add(json("POST", "/api/imports/{id}/confirm", Map.of("id", confirmable), "{}"));
    String inquiry = (String) body(inquiry()).get("id");
    calls.add(get("/api/inquiries"));
    calls.add(
        json(
            "POST",
            "/api/inquiries",
            Map.of(),
            "{\"name\":\"Test Journalist\",\"email\":\"journalist@example.org\","
                + "\"subject\":\"Arica\",\"message\":\"A question about Arica.\"}"));
    calls.add(get("/api/inquiries/{id}", "id", inquiry));
    calls.add(json("PATCH", "/api/inquiries/{id}", Map.of("id", inquiry), "{\"note\":\"Seen\"}"));
    // people, organisations and positions alike
    for (String kind : List.of("people", "organizations", "positions")) {
      String one = kind.substring(0, 3);
      String kept = "test-contract-" + one + "-kept";
      String doomed = "test-contract-" + one + "-doomed";
      String created = "test-contract-" + one + "-new";
      post("/api/" + kind, record(kind, kept));
      post("/api/" + kind, record(kind, doomed));
      Map<String, Object> keptRecord = body(request("GET", "/api/" + kind + "/" + kept, null));
      long keptVersion = ((Number) keptRecord.get("version")).longValue();
      long doomedVersion =
          ((Number) body(request("GET", "/api/" + kind + "/" + doomed, null)).get("version"))
              .longValue();
      calls.add(json("POST", "/api/" + kind, Map.of(), record(kind, created)));
      calls.add(get("/api/" + kind + "/{id}", "id", kept));
      Map<String, Object> changed = new HashMap<>(keptRecord);
      changed.put("notes", "Changed by the contract test");
      calls.add(
          json(
              "PUT",
              "/api/" + kind + "/{id}",
              Map.of("id", kept),
              json.writeValueAsString(changed)));
      calls.add(
          new Call(
              "DELETE",
              "/api/" + kind + "/{id}",
              Map.of("id", doomed),
              "version=" + doomedVersion,
              null,
              null));
      calls.add(get("/api/" + kind + "/{id}/reports", "id", kept));
      calls.add(
          json(
              "POST",
              "/api/" + kind + "/{id}/reports",
              Map.of("id", kept),
              "{\"what\":\"The phone number changed\"}"));
      calls.add(
          json(
              "PUT",
              "/api/" + kind + "/{id}/steward",
              Map.of("id", kept),
              "{\"steward\":\"admin\"}"));
      calls.add(
          json(
              "POST",
              "/api/" + kind + "/{id}/verify",
              Map.of("id", kept),
              "{\"how\":\"phone\",\"version\":" + (keptVersion + 1) + "}"));
      if (!kind.equals("organizations")) {
        calls.add(get("/api/" + kind + "/{id}/vcard", "id", kept));
      }
      if (kind.equals("organizations")) {
        calls.addAll(organisationChanges());
      }
      if (!kind.equals("positions")) {
        calls.add(get("/api/" + kind + "/{id}/history", "id", kept));
        String staying = "test-contract-" + one + "-staying";
        String going = "test-contract-" + one + "-going";
        String undoStaying = "test-contract-" + one + "-undo-staying";
        String undone = "test-contract-" + one + "-undone";
        for (String id : List.of(staying, going, undoStaying, undone)) {
          post("/api/" + kind, record(kind, id));
        }
        post(
            "/api/" + kind + "/" + undoStaying + "/merge",
            "{\"other\":\"" + undone + "\",\"version\":1,\"otherVersion\":1}");
        calls.add(
            json(
                "POST",
                "/api/" + kind + "/{id}/merge",
                Map.of("id", staying),
                "{\"other\":\"" + going + "\",\"version\":1,\"otherVersion\":1}"));
        calls.add(call("POST", "/api/" + kind + "/{from}/merge/undo", Map.of("from", undone)));
        made.put(kind, going);
      } else {
        calls.add(
            json(
                "POST",
                "/api/positions/{id}/end-holding",
                Map.of("id", kept),
                "{\"person\":\"norberto-giron\",\"date\":\"2026-01-31\",\"version\":"
                    + (keptVersion + 1)
                    + "}"));
      }
    }
    calls.add(get("/api/queue"));
    calls.add(new Call("GET", "/api/search", Map.of(), "q=santos", null, null));
    for (String format : List.of("csv", "vcard", "xlsx")) {
      calls.add(
          new Call(
              "GET", "/api/search/export", Map.of(), "format=" + format + "&q=santos", null, null));
    }
    calls.add(new Call("GET", "/api/suggest", Map.of(), "q=min", null, null));
    mergedAway.putAll(made);
    return calls;
  }

  /**
   * An organisation's dated changes: one recorded by the call (a conflict when repeated on the same
   * version), one undone by it, the list and the chart.
   */
  private List<Call> organisationChanges() throws IOException {
    String renamed = "test-contract-org-renamed";
    String undone = "test-contract-org-change-undone";
    post("/api/organizations", record("organizations", renamed));
    post("/api/organizations", record("organizations", undone));
    Map<String, Object> change =
        body(
            post(
                "/api/organizations/" + undone + "/changes",
                "{\"kind\":\"renamed\",\"date\":\"2025-01-01\",\"version\":1,"
                    + "\"name\":\"Test Contract Renamed Before\"}"));
    return List.of(
        get("/api/organizations/{id}/changes", "id", renamed),
        new Call(
            "GET",
            "/api/organizations/{id}/chart",
            Map.of("id", renamed),
            "at=2025-01-01",
            null,
            null),
        json(
            "POST",
            "/api/organizations/{id}/changes",
            Map.of("id", renamed),
            "{\"kind\":\"renamed\",\"date\":\"2025-02-01\",\"version\":1,"
                + "\"name\":\"Test Contract Renamed\"}"),
        new Call(
            "DELETE",
            "/api/organizations/{id}/changes/{changeId}",
            Map.of("id", undone, "changeId", String.valueOf(change.get("id"))),
            "",
            null,
            null));
  }

  private final Map<String, Object> mergedAway = new HashMap<>();

  /** A record merged away answers 308 to the one that stayed, its history too. */
  private List<Call> redirected() {
    List<Call> calls = new ArrayList<>();
    for (String kind : List.of("people", "organizations")) {
      String going = (String) mergedAway.get(kind);
      calls.add(get("/api/" + kind + "/{id}", "id", going));
      calls.add(get("/api/" + kind + "/{id}/history", "id", going));
    }
    return calls;
  }

  private String record(String kind, String id) {
    return switch (kind) {
      case "people" ->
          "{\"id\":\""
              + id
              + "\",\"givenName\":\"Test\",\"familyName\":\"Contract\","
              + "\"organization\":{\"id\":\"iom-chile\"}}";
      case "organizations" ->
          "{\"id\":\"" + id + "\",\"type\":\"partner\",\"name\":\"Test Contract " + id + "\"}";
      default ->
          "{\"id\":\""
              + id
              + "\",\"title\":\"Test Contract Post\",\"organization\":{\"id\":\"iom-chile\"},"
              + "\"holders\":[{\"person\":{\"id\":\"norberto-giron\"},\"from\":\"2025-01-01\"}]}";
    };
  }

  private static String account(String username) {
    return "{\"username\":\""
        + username
        + "\",\"displayName\":\"Test Account\",\"role\":\"viewer\","
        + "\"password\":\"a long enough password\"}";
  }

  private static Call get(String template) {
    return new Call("GET", template, Map.of(), "", null, null);
  }

  private static Call get(String template, String variable, String value) {
    return new Call("GET", template, Map.of(variable, value), "", null, null);
  }

  private static Call call(String method, String template, Map<String, String> variables) {
    return new Call(method, template, variables, "", null, null);
  }

  private static Call json(
      String method, String template, Map<String, String> variables, String body) {
    return new Call(method, template, variables, "", "application/json", body);
  }

  private RawHttp.Answer post(String path, String body) {
    return request("POST", path, body);
  }

  private RawHttp.Answer request(String method, String path, String body) {
    Map<String, String> headers = new LinkedHashMap<>(admin());
    headers.put("Accept", "application/json");
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    RawHttp.Answer answer =
        RawHttp.from("127.0.0.1", server.getPort())
            .send(method + " " + path + " HTTP/1.1", headers, body == null ? "" : body);
    assertTrue(
        answer.status() < 300, method + " " + path + ": " + answer.status() + " " + answer.body());
    return answer;
  }

  private RawHttp.Answer upload() {
    Map<String, String> headers = new LinkedHashMap<>(admin());
    headers.put("Accept", "application/json");
    headers.put("Content-Type", MULTIPART);
    return RawHttp.from("127.0.0.1", server.getPort())
        .send(
            "POST /api/imports HTTP/1.1",
            headers,
            multipart(
                "people.csv",
                "id,given_name,family_name,organization_id\r\n"
                    + "test-contract-uploaded,Test,Uploaded,iom-chile\r\n"));
  }

  private RawHttp.Answer inquiry() {
    return RawHttp.from("127.0.0.1", server.getPort())
        .send(
            "POST /api/inquiries HTTP/1.1",
            Map.of("Accept", "application/json", "Content-Type", "application/json"),
            "{\"name\":\"Test Journalist\",\"email\":\"journalist@example.org\","
                + "\"subject\":\"Arica\",\"message\":\"A question about Arica.\"}");
  }

  private String token() throws IOException {
    return (String)
        body(post("/api/accounts/admin/tokens", "{\"name\":\"contract\"}")).get("secret");
  }

  private Map<String, Object> body(RawHttp.Answer answer) throws IOException {
    return json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
  }

  /** Every operation the document lists, and the statuses it documents for each. */
  @SuppressWarnings("unchecked")
  private Map<String, Set<String>> documented() {
    RawHttp.Answer document =
        RawHttp.from("127.0.0.1", server.getPort())
            .get("/openapi.yml", Map.of("Authorization", admin().get("Authorization")));
    Map<String, Object> tree = new Yaml().load(document.body());
    Map<String, Set<String>> statuses = new java.util.TreeMap<>();
    ((Map<String, Map<String, Object>>) tree.get("paths"))
        .forEach(
            (path, operations) ->
                operations.forEach(
                    (method, operation) ->
                        statuses.put(
                            method.toUpperCase(java.util.Locale.ROOT) + " " + path,
                            new TreeSet<>(
                                ((Map<String, Object>)
                                        ((Map<String, Object>) operation).get("responses"))
                                    .keySet()))));
    return statuses;
  }

  private static Map<String, String> admin() {
    return as("admin");
  }

  private static Map<String, String> as(String username) {
    return Map.of("Authorization", RawHttp.basic(username, ADMIN_PASSWORD));
  }

  private static String decoded(String value) {
    return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
