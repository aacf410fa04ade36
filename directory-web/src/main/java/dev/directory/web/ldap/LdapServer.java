package dev.directory.web.ldap;

import com.unboundid.ldap.listener.LDAPListener;
import com.unboundid.ldap.listener.LDAPListenerConfig;
import com.unboundid.ldap.listener.StartTLSRequestHandler;
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
 * Starts the LDAP listener with the server when {@code directory.ldap.port} is set — with a key
 * store, offering StartTLS (and taking binds only once it is on), or TLS from the first byte with
 * {@code tls: ldaps} — and stops it with the server.
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
    settings.checkTls();
    boolean secured = settings.keyStore() != null;
    LdapSessions sessions = new LdapSessions(directory, accounts, tokens, throttle, secured);
    try {
      LDAPListenerConfig config;
      if (!secured) {
        config = new LDAPListenerConfig(settings.port(), sessions);
      } else if (settings.ldaps()) {
        config = new LDAPListenerConfig(settings.port(), sessions);
        config.setServerSocketFactory(tls().createSSLServerSocketFactory());
      } else {
        config =
            new LDAPListenerConfig(
                settings.port(),
                new StartTLSRequestHandler(tls().createSSLSocketFactory(), sessions));
      }
      listener = new LDAPListener(config);
      listener.startListening();
      LOG.info(
          "LDAP listening on port {} under {}, {}",
          listener.getListenPort(),
          directory.base(),
          !secured
              ? "without TLS"
              : settings.ldaps() ? "TLS from the first byte" : "with StartTLS");
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "The LDAP listener could not start on port " + settings.port() + ": " + e.getMessage(),
          e);
    }
  }

  private SSLUtil tls() throws GeneralSecurityException {
    return new SSLUtil(
        new KeyStoreKeyManager(
            settings.keyStore(),
            settings.keyStorePassword() == null ? null : settings.keyStorePassword().toCharArray()),
        new TrustAllTrustManager());
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
