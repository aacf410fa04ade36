package dev.directory.web.inquiry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** Real SMTP servers (GreenMail) on free ports, for the tests of the outbox's delivery. */
final class MailServers {

  private MailServers() {}

  static GreenMail start() {
    GreenMail server = create(freePort());
    server.start();
    return server;
  }

  /** A server not yet started: mail to it fails until it is. */
  static GreenMail create(int port) {
    return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message with this subject, once the server has it (at most ten seconds from now). */
  static MimeMessage await(GreenMail server, String subject) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (MimeMessage message : server.getReceivedMessages()) {
        if (subject.equals(message.getSubject())) {
          return message;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no e-mail with the subject \"" + subject + "\" arrived");
  }

  static Map<String, String> settings(GreenMail server) {
    return settings(server.getSmtp().getPort());
  }

  static Map<String, String> settings(int port) {
    return Map.of(
        "directory.mail.host", "127.0.0.1",
        "directory.mail.port", String.valueOf(port),
        "directory.mail.from", "directory@example.org");
  }
}
