package dev.directory.web.carddav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.change.RecordKind;
import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The address books synced by clients we did not write, Debian's {@code vdirsyncer} into a folder
 * of cards and {@code khard} listing them: the first sync, an edit brought by the next one, and a
 * person who stops matching a book removed from it. Without them the test is skipped, unless {@code
 * DIRECTORY_CARDDAV_TESTS=required} (as in CI).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VdirsyncerTest implements TemporaryHome {

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @TempDir Path work;

  @Test
  @SuppressWarnings("unchecked")
  void keepsAFolderOfCardsInStepWithTheDirectoryAndASavedSearch() throws Exception {
    requireClients();
    String saved =
        (String)
            client
                .toBlocking()
                .retrieve(
                    HttpRequest.POST(
                        "/api/address-books",
                        Map.of("name", "Press, as saved", "search", "type=press_contact")),
                    Map.class)
                .get("id");
    Path config = work.resolve("config");
    Files.writeString(
        config,
        String.join(
            "\n",
            "[general]",
            "status_path = \"" + work.resolve("status") + "/\"",
            "[pair directory]",
            "a = \"local\"",
            "b = \"remote\"",
            "collections = [\"from b\"]",
            "[storage local]",
            "type = \"filesystem\"",
            "path = \"" + work.resolve("cards") + "/\"",
            "fileext = \".vcf\"",
            "[storage remote]",
            "type = \"carddav\"",
            "url = \"" + server.getURL() + "/\"",
            "username = \"admin\"",
            "password = \"" + ADMIN_PASSWORD + "\"",
            "read_only = true",
            ""));
    run("y\ny\ny\n", "vdirsyncer", "-c", config.toString(), "discover", "directory");
    run("", "vdirsyncer", "-c", config.toString(), "sync");
    assertEquals(17, cards("directory").size());
    assertEquals(1, cards(saved).size());

    String directory = khard("directory");
    assertTrue(directory.contains("Norberto Girón"), directory);
    assertTrue(directory.contains("Ministry of Health"), directory);
    String press = khard(saved);
    assertTrue(press.contains("Sebastián Mathews"), press);

    change("norberto-giron", "title", "Head of the office that syncs");
    setPressContact("maria-elena-santos", true);
    Thread.sleep(1500); // the index takes a change in within a second
    String second = run("", "vdirsyncer", "-c", config.toString(), "sync");
    assertEquals(
        List.of(
            "Copying (updating) item " + uid("norberto-giron") + " to local/directory",
            "Copying (uploading) item " + uid("maria-elena-santos") + " to local/press",
            "Copying (uploading) item " + uid("maria-elena-santos") + " to local/" + saved),
        copied(second),
        second);
    assertTrue(
        cards("directory").stream()
            .anyMatch(card -> card.contains("TITLE:Head of the office that syncs")));

    setPressContact("maria-elena-santos", false);
    Thread.sleep(1500);
    String third = run("", "vdirsyncer", "-c", config.toString(), "sync");
    assertTrue(third.contains("Deleting item"), third);
    assertEquals(1, cards("press").size(), third);
    assertEquals(1, cards(saved).size(), third);
  }

  /** What {@code khard list} shows of one book's folder of cards. */
  private String khard(String book) throws Exception {
    Path config = work.resolve("khard-" + book + ".conf");
    Files.writeString(
        config,
        String.join(
            "\n",
            "[addressbooks]",
            "[[" + book + "]]",
            "path = " + work.resolve("cards").resolve(book) + "/",
            "[general]",
            "default_action = list",
            "editor = /bin/true",
            "merge_editor = /bin/true",
            ""));
    return run("", "khard", "-c", config.toString(), "list");
  }

  private static String uid(String personId) {
    return RecordKind.PERSON.cardUid(personId);
  }

  /** The lines that say a card was copied, sorted. */
  private static List<String> copied(String output) {
    return output.lines().filter(line -> line.startsWith("Copying")).sorted().toList();
  }

  private List<String> cards(String book) throws IOException {
    try (Stream<Path> files = Files.list(work.resolve("cards").resolve(book))) {
      return files
          .filter(file -> file.toString().endsWith(".vcf"))
          .map(
              file -> {
                try {
                  return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  private String run(String input, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("HOME", work.toString());
    builder.environment().put("LC_ALL", "C.UTF-8");
    Process process = builder.start();
    process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
    assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
    return output;
  }

  @SuppressWarnings("unchecked")
  private void change(String id, String field, Object value) {
    Map<String, Object> person = client.toBlocking().retrieve("/api/people/" + id, Map.class);
    person.put(field, value);
    client.toBlocking().exchange(HttpRequest.PUT("/api/people/" + id, person));
  }

  private void setPressContact(String id, boolean press) {
    change(id, "pressContact", press);
  }

  private static void requireClients() {
    boolean installed =
        Files.isExecutable(Path.of("/usr/bin/vdirsyncer"))
            && Files.isExecutable(Path.of("/usr/bin/khard"));
    if (!installed && "required".equals(System.getenv("DIRECTORY_CARDDAV_TESTS"))) {
      throw new IllegalStateException(
          "vdirsyncer and khard are required but missing; install Debian's vdirsyncer and khard");
    }
    Assumptions.assumeTrue(installed, "Skipping: install vdirsyncer and khard to run it");
  }
}
