package dev.directory.web.startup;

import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.core.problem.Refused;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start, makes the account {@code admin}: with the password of {@code
 * DIRECTORY_ADMIN_PASSWORD} when it is set, else with a random one printed once to the log.
 */
@Singleton
@Requires(notEnv = ImportCommand.ENVIRONMENT)
final class FirstAdmin implements ApplicationEventListener<StartupEvent> {

  static final String USERNAME = "admin";

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

  private final Accounts accounts;
  private final Readiness readiness;
  private final @Nullable String password;

  FirstAdmin(
      Accounts accounts,
      Readiness readiness,
      @Nullable @Value("${directory.admin-password:}") String password) {
    this.accounts = accounts;
    this.readiness = readiness;
    this.password = password == null || password.isEmpty() ? null : password;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    if (accounts.any()) {
      readiness.adminReady();
      return;
    }
    String chosen = password != null ? password : accounts.randomPassword();
    try {
      accounts.create(USERNAME, "Administrator", null, Role.ADMIN, chosen, Instant.now());
    } catch (Refused | DataAccessException e) {
      // Another node on the same database made the first admin at the same moment (seen as the
      // name taken, or as the unique key refusing the row): it stands.
      if (accounts.find(USERNAME).isPresent()) {
        LOG.info("The first account, “admin”, was made by another node at the same moment.");
        readiness.adminReady();
        return;
      }
      if (e instanceof Refused refused) {
        throw new IllegalStateException(
            "DIRECTORY_ADMIN_PASSWORD was refused for the first admin: " + refused.getMessage(),
            refused);
      }
      throw e;
    }
    readiness.adminReady();
    if (password != null) {
      LOG.info("Made the first account, “admin”, with the password of DIRECTORY_ADMIN_PASSWORD.");
    } else {
      LOG.warn(
          "Made the first account, “admin”, with the password {} — it is shown this once; sign in"
              + " and change it under Accounts.",
          chosen);
    }
  }
}
