package dev.directory.web.ldap;

import com.unboundid.ldap.listener.LDAPListener;
import com.unboundid.ldap.listener.LDAPListenerConfig;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import dev.directory.core.account.Accounts;
import dev.directory.core.account.ApiTokens;
import dev.directory.web.security.SignInThrottle;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.security.GeneralSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the LDAP listener with the server when {@code directory.ldap.port} is set, with TLS from
 * the first byte when a key store is configured with {@code tls: ldaps}; stops it with the server.
 */
@Singleton
final class LdapServer implements ApplicationEventListener<ServerStartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(LdapServer.class);

  private final LdapSettings settings;
  private final LdapDirectory directory;
  private final Accounts accounts;
  private final ApiTokens tokens;
  private final SignInThrottle throttle;
  private LDAPListener listener;

  LdapServer(
      LdapSettings settings,
      LdapDirectory directory,
      Accounts accounts,
      ApiTokens tokens,
      SignInThrottle throttle) {
    this.settings = settings;
    this.directory = directory;
    this.accounts = accounts;
    this.tokens = tokens;
    this.throttle = throttle;
  }

  @Override
  public synchronized void onApplicationEvent(ServerStartupEvent event) {
    if (settings.port() == null) {
      return;
    }
    LDAPListenerConfig config =
        new LDAPListenerConfig(
            settings.port(), new LdapSessions(directory, accounts, tokens, throttle));
    try {
      if (settings.ldaps()) {
        SSLUtil tls =
            new SSLUtil(
                new KeyStoreKeyManager(
                    settings.keyStore(),
                    settings.keyStorePassword() == null
                        ? null
                        : settings.keyStorePassword().toCharArray()),
                new TrustAllTrustManager());
        config.setServerSocketFactory(tls.createSSLServerSocketFactory());
      }
      listener = new LDAPListener(config);
      listener.startListening();
      LOG.info(
          "LDAP{} listening on port {} under {}",
          settings.ldaps() ? "S" : "",
          listener.getListenPort(),
          directory.base());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "The LDAP listener could not start on port " + settings.port() + ": " + e.getMessage(),
          e);
    }
  }

  /** The port it listens on, 0 when it does not. */
  synchronized int port() {
    return listener == null ? 0 : listener.getListenPort();
  }

  @PreDestroy
  synchronized void stop() {
    if (listener != null) {
      listener.shutDown(true);
      listener = null;
    }
  }
}
