package dev.directory.web.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.RawHttp;
import dev.directory.web.ServerProcess;
import dev.directory.web.TemporaryHome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two uploads that took a node out of the cluster — a 1.5 MB workbook whose one text unpacks to
 * 1.5 GB, and a .zip of a CSV file of a million rows — sent to a server process with a heap of 256
 * MB, while a client searches: each is refused with 413 saying which limit and what to do, the
 * searches go on answering, and the node stays UP.
 */
class HostileUploadsTest {

  @TempDir Path home;

  @Test
  void aWorkbookBombAndAMillionRowsAreRefusedWhileTheNodeGoesOnServing() throws Exception {
    byte[] bomb = workbookBomb();
    byte[] millionRows = millionRows();
    assertTrue(bomb.length < 2_000_000, "the workbook is " + bomb.length + " bytes");
    assertTrue(millionRows.length < 10_000_000, "the .zip is " + millionRows.length + " bytes");

    try (ServerProcess server = new ServerProcess(home, ServerProcess.databaseSettings(), "256m")) {
      server.start();
      List<Integer> searches = new CopyOnWriteArrayList<>();
      AtomicBoolean uploading = new AtomicBoolean(true);
      Thread searching =
          new Thread(
              () -> {
                while (uploading.get()) {
                  try {
                    searches.add(server.get("/api/search?q=santos").statusCode());
                    Thread.sleep(100);
                  } catch (IOException | InterruptedException e) {
                    searches.add(-1);
                  }
                }
              });
      searching.start();

      List<String> answers = new ArrayList<>();
      try {
        answers.add(answer(upload(server, "contacts.xlsx", bomb)));
        answers.add(answer(upload(server, "people.zip", millionRows)));
      } finally {
        uploading.set(false);
        searching.join();
      }

      assertTrue(answers.get(0).startsWith("413"), answers.get(0));
      assertTrue(answers.get(0).contains("\"code\":\"upload.shared_text\""), answers.get(0));
      assertTrue(answers.get(1).startsWith("413"), answers.get(1));
      assertTrue(answers.get(1).contains("\"code\":\"upload.too_many_rows\""), answers.get(1));
      assertTrue(answers.get(1).contains("command-line import"), answers.get(1));
      for (String answer : answers) {
        assertTrue(!answer.contains("Exception") && !answer.contains("java."), answer);
      }
      assertTrue(!searches.isEmpty(), "searched meanwhile");
      assertEquals(List.of(200), searches.stream().distinct().toList(), "every search answered");
      HttpResponse<String> health = server.get("/health");
      assertEquals(200, health.statusCode(), health.body());
      assertEquals(200, server.get("/api/search?q=santos").statusCode(), "and still does");
    }
  }

  private static String answer(HttpResponse<String> response) {
    return response.statusCode() + " " + response.body();
  }

  private static HttpResponse<String> upload(ServerProcess server, String name, byte[] content)
      throws IOException, InterruptedException {
    String boundary = "hostile-upload";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/imports"))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", RawHttp.basic("admin", TemporaryHome.ADMIN_PASSWORD))
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A workbook whose one shared string is 1.5 GB of one letter: 1.5 MB packed. */
  private static byte[] workbookBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "content-types\"/>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      zip.write("<?xml version=\"1.0\"?><sst><si><t>".getBytes(StandardCharsets.UTF_8));
      byte[] letters = new byte[1 << 20];
      Arrays.fill(letters, (byte) 'a');
      for (int i = 0; i < 1_500; i++) {
        zip.write(letters);
      }
      zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** A .zip of people.csv with a million clearly fake people. */
  private static byte[] millionRows() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("people.csv"));
      Writer csv = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      csv.write("id,given_name,family_name,organization_id,emails\r\n");
      for (int i = 0; i < 1_000_000; i++) {
        csv.write(
            "test-person-"
                + i
                + ",Test,Person "
                + i
                + ",iom-chile,work: p"
                + i
                + "@example.org\r\n");
      }
      csv.flush();
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
