package dev.directory.web.steward;

import dev.directory.core.office.MissionOffices;
import dev.directory.core.outbox.OutboxMessage;
import dev.directory.core.steward.StewardDigests;
import dev.directory.core.steward.StewardQueue;
import dev.directory.core.steward.Stewards;
import dev.directory.web.freshness.Freshness;
import dev.directory.web.language.Language;
import dev.directory.web.language.Texts;
import dev.directory.web.mail.MailDelivery;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each week, an e-mail to every steward with something to do: the reports waiting on their records
 * and how many of them are stale, in the working language of their office. It goes through the
 * outbox; looking every hour means a node that was down on Monday still sends the week's digest.
 */
@Singleton
record StewardDigestMail(
    StewardDigests digests,
    Stewards stewards,
    MissionOffices offices,
    Freshness freshness,
    MailDelivery delivery) {

  private static final Logger LOG = LoggerFactory.getLogger(StewardDigestMail.class);

  /** The reports and stale records an e-mail names at most; the queue page lists the rest. */
  static final int NAMED = 20;

  @Scheduled(fixedDelay = "${directory.stewards.digest-interval:1h}", initialDelay = "1m")
  void sendOnTimer() {
    try {
      send(LocalDate.now(ZoneOffset.UTC));
    } catch (Throwable e) {
      LOG.error("The stewards' weekly digest could not be sent; it is tried again later", e);
    }
  }

  /**
   * Puts this week's digests in the outbox, for those not sent one yet.
   *
   * @return how many
   */
  public int send(LocalDate today) {
    int sent = digests.send(today, freshness.cutoff(), this::compose);
    if (sent > 0) {
      delivery.deliverSoon();
    }
    return sent;
  }

  private OutboxMessage compose(StewardDigests.Recipient recipient, StewardQueue.Work work) {
    Language language =
        stewards
            .officeOf(recipient.username())
            .flatMap(offices::find)
            .flatMap(office -> Language.parse(office.workingLanguage()))
            .orElse(Language.EN);
    StringBuilder body = new StringBuilder();
    body.append(Texts.in(language, "mail.dear", recipient.displayName())).append("\n\n");
    body.append(
            Texts.in(
                language,
                "digest.summary",
                work.reports().size(),
                work.staleCount(),
                freshness.staleAfterMonths()))
        .append("\n");
    if (!work.reports().isEmpty()) {
      body.append('\n').append(Texts.in(language, "digest.reports")).append('\n');
      work.reports().stream()
          .limit(NAMED)
          .forEach(
              r ->
                  body.append("- ")
                      .append(r.name())
                      .append(" (")
                      .append(r.report().kind().code())
                      .append(' ')
                      .append(r.report().recordId())
                      .append("): ")
                      .append(r.report().what())
                      .append('\n'));
    }
    if (!work.stale().isEmpty()) {
      body.append('\n').append(Texts.in(language, "digest.stale")).append('\n');
      work.stale().stream()
          .limit(NAMED)
          .forEach(
              s ->
                  body.append("- ")
                      .append(s.name())
                      .append(" (")
                      .append(s.kind().code())
                      .append(' ')
                      .append(s.id())
                      .append("), ")
                      .append(
                          s.verifiedOn() == null
                              ? Texts.in(language, "digest.never")
                              : Texts.in(language, "digest.verified_on", s.verifiedOn()))
                      .append('\n'));
    }
    body.append('\n').append(Texts.in(language, "digest.queue")).append('\n');
    return OutboxMessage.draft(
        null,
        Instant.now(),
        recipient.email(),
        null,
        Texts.in(language, "digest.subject", work.reports().size(), work.staleCount()),
        body.toString());
  }
}
