package dev.directory.web.mail;

import dev.directory.core.outbox.Outbox;
import dev.directory.core.outbox.OutboxMessage;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the outbox's due messages to the mail server: at once after something is added, and on a
 * timer for retries. One delivery runs at a time.
 */
@Singleton
public class MailDelivery implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
  private static final int BATCH = 50;
  private static final String TIMEOUT_MILLIS = "10000";

  private final Outbox outbox;
  private final MailSettings settings;
  private final Clock clock;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "mail-delivery");
            thread.setDaemon(true);
            return thread;
          });

  MailDelivery(Outbox outbox, MailSettings settings) {
    this.outbox = outbox;
    this.settings = settings;
    this.clock = Clock.systemUTC();
  }

  /** Delivers what is due soon, off the caller's thread: call after committing new messages. */
  public void deliverSoon() {
    if (settings.configured()) {
      worker.execute(this::deliverLogged);
    }
  }

  @Scheduled(fixedDelay = "${directory.mail.poll-interval:30s}", initialDelay = "5s")
  void deliverOnTimer() {
    if (settings.configured()) {
      deliverLogged();
    }
  }

  /** One round of delivery, which nothing it throws may end: what is due waits for the next. */
  private void deliverLogged() {
    try {
      deliverDue(clock.instant());
    } catch (Throwable e) {
      LOG.error("The outbox could not be delivered; it is tried again later", e);
    }
  }

  /**
   * Sends every message due by {@code now}; failures are recorded and retried later.
   *
   * @return how many were sent
   */
  public synchronized int deliverDue(Instant now) {
    int sent = 0;
    for (OutboxMessage message : outbox.claimDue(now, BATCH)) {
      try {
        send(message);
        outbox.markSent(message, clock.instant());
        sent++;
      } catch (MessagingException | RuntimeException e) {
        LOG.warn(
            "E-mail {} to {} not delivered: {}", message.id(), message.recipient(), e.toString());
        outbox.markFailed(message, e.toString(), clock.instant());
      }
    }
    return sent;
  }

  private void send(OutboxMessage message) throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", String.valueOf(settings.port()));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    if (settings.starttls()) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    boolean login = settings.username() != null && !settings.username().isBlank();
    properties.put("mail.smtp.auth", String.valueOf(login));
    Session session = Session.getInstance(properties);
    MimeMessage mime = new MimeMessage(session);
    mime.setFrom(new InternetAddress(settings.from()));
    // A press contact position's holder and its mailbox: "a@example.org, b@example.org".
    mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
    if (message.replyTo() != null) {
      mime.setReplyTo(new InternetAddress[] {new InternetAddress(message.replyTo(), true)});
    }
    mime.setSubject(message.subject(), "UTF-8");
    mime.setText(message.body(), "UTF-8");
    mime.setSentDate(Date.from(clock.instant()));
    if (login) {
      Transport.send(mime, settings.username(), settings.password());
    } else {
      Transport.send(mime);
    }
  }

  @PreDestroy
  @Override
  public void close() {
    worker.shutdownNow();
  }
}
