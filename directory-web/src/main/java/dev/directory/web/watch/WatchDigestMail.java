package dev.directory.web.watch;

import dev.directory.core.outbox.OutboxMessage;
import dev.directory.core.watch.Watch;
import dev.directory.core.watch.WatchDigests;
import dev.directory.core.watch.WatchEvent;
import dev.directory.web.language.Language;
import dev.directory.web.language.Texts;
import dev.directory.web.mail.MailDelivery;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest of each member's watches, daily or weekly as they chose: what happened in the last
 * whole period, watch by watch, in their language, through the outbox. Looking every hour means a
 * node that was down when the period turned still sends it; nothing is sent for a quiet period.
 */
@Singleton
record WatchDigestMail(WatchDigests digests, MailDelivery delivery) {

  private static final Logger LOG = LoggerFactory.getLogger(WatchDigestMail.class);

  /** The events an e-mail names for one watch at most; its feed lists the rest. */
  static final int NAMED = 30;

  @Scheduled(fixedDelay = "${directory.watches.digest-interval:1h}", initialDelay = "2m")
  void sendOnTimer() {
    try {
      send(LocalDate.now(ZoneOffset.UTC));
    } catch (Throwable e) {
      LOG.error("The digests of watches could not be sent; they are tried again later", e);
    }
  }

  /**
   * Puts the last whole period's digests in the outbox, for those not sent one yet.
   *
   * @return how many
   */
  int send(LocalDate today) {
    int sent = digests.send(today, this::compose);
    if (sent > 0) {
      delivery.deliverSoon();
    }
    return sent;
  }

  private OutboxMessage compose(WatchDigests.Digest digest) {
    return Texts.rendering(
        // the language of the member's newest watch: the page's they made it on
        Language.parse(digest.watches().get(digest.watches().size() - 1).language())
            .orElse(Language.EN),
        () -> {
          Map<String, List<WatchEvent>> byWatch =
              digest.events().stream().collect(Collectors.groupingBy(WatchEvent::watchId));
          StringBuilder body = new StringBuilder();
          body.append(Texts.t("mail.dear", digest.account().displayName())).append("\n\n");
          body.append(
                  Texts.t(
                      "watch.digest." + digest.frequency().code(),
                      digest.from().toString(),
                      digest.events().size()))
              .append('\n');
          Map<String, Watch> watches =
              digest.watches().stream().collect(Collectors.toMap(Watch::id, Function.identity()));
          byWatch.forEach(
              (watchId, events) -> {
                body.append('\n').append(watches.get(watchId).label()).append('\n');
                events.stream()
                    .limit(NAMED)
                    .forEach(
                        event -> {
                          body.append("- ")
                              .append(EventTexts.title(event))
                              .append(" (")
                              .append(EventTexts.page(event))
                              .append(")\n");
                          EventTexts.lines(event)
                              .forEach(line -> body.append("    ").append(line).append('\n'));
                        });
                if (events.size() > NAMED) {
                  body.append(Texts.t("watch.digest.more", events.size() - NAMED)).append('\n');
                }
              });
          body.append('\n').append(Texts.t("watch.digest.manage")).append('\n');
          return OutboxMessage.draft(
              null,
              Instant.now(),
              digest.account().email(),
              null,
              Texts.t("watch.digest.subject", digest.events().size()),
              body.toString());
        });
  }
}
