package dev.directory.web.startup;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.directory.core.account.Accounts;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The first start without DIRECTORY_ADMIN_PASSWORD: a random password, printed once. */
class FirstAdminTest {

  @Test
  void printsARandomPasswordThatSignsTheAdminIn() throws Exception {
    Logger log = (Logger) LoggerFactory.getLogger(FirstAdmin.class);
    ListAppender<ILoggingEvent> printed = new ListAppender<>();
    printed.start();
    log.addAppender(printed);
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "directory.home",
                Files.createTempDirectory("directory-home").toString(),
                "directory.seed",
                "../data"))) {
      String message =
          printed.list.stream().map(ILoggingEvent::getFormattedMessage).findFirst().orElseThrow();
      Matcher password = Pattern.compile("with the password (\\S+) ").matcher(message);
      assertTrue(password.find(), message);

      assertInstanceOf(
          Accounts.SignIn.Success.class,
          context.getBean(Accounts.class).signIn("admin", password.group(1)));
    } finally {
      log.detachAppender(printed);
    }
  }
}
