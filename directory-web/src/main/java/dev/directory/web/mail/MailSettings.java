package dev.directory.web.mail;

import dev.directory.core.contact.Email;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The mail server e-mails of the outbox are delivered through. Without a host nothing is sent:
 * messages wait in the outbox, visible on each inquiry's page, until one is configured.
 *
 * @param host the SMTP server ({@code DIRECTORY_MAIL_HOST}); unset, mail is kept, not sent
 * @param port its port ({@code DIRECTORY_MAIL_PORT})
 * @param username for servers that want a login; with {@code password}
 * @param starttls whether to require an encrypted connection (STARTTLS)
 * @param from the sender of the directory's e-mails
 * @param pollInterval how often the outbox is looked through for messages due
 */
@ConfigurationProperties("directory.mail")
public record MailSettings(
    @Nullable String host,
    @Bindable(defaultValue = "25") int port,
    @Nullable String username,
    @Nullable String password,
    @Bindable(defaultValue = "false") boolean starttls,
    @Bindable(defaultValue = "directory@localhost.localdomain") String from,
    @Bindable(defaultValue = "30s") Duration pollInterval) {

  public MailSettings {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("directory.mail.port must be 1 to 65535; it is " + port);
    }
    if (!Email.isValid(from)) {
      throw new IllegalArgumentException(
          "directory.mail.from must be an e-mail address; it is \"" + from + "\"");
    }
  }

  public boolean configured() {
    return host != null && !host.isBlank();
  }
}
