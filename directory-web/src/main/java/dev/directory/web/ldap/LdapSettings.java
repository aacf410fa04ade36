package dev.directory.web.ldap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code directory.ldap.*}: the LDAP listener, off unless a port is set ({@code
 * DIRECTORY_LDAP_PORT}).
 *
 * @param port where it listens; null for no listener
 * @param baseDn the suffix of every entry, {@code dc=directory} unless set
 * @param keyStore a PKCS#12 or JKS key store: with one, the listener speaks LDAPS (TLS from the
 *     first byte) when {@code tls} is {@code ldaps}, and offers StartTLS otherwise
 * @param keyStorePassword the key store's password
 * @param tls {@code ldaps} or {@code starttls} (the default, with a key store)
 */
@ConfigurationProperties("directory.ldap")
public record LdapSettings(
    @Nullable Integer port,
    @Nullable String baseDn,
    @Nullable String keyStore,
    @Nullable String keyStorePassword,
    @Nullable String tls) {

  String base() {
    return baseDn == null || baseDn.isBlank() ? "dc=directory" : baseDn.strip();
  }

  /** Refuses a {@code tls} setting that names neither way. */
  void checkTls() {
    if (tls != null
        && !tls.isBlank()
        && !"ldaps".equalsIgnoreCase(tls.strip())
        && !"starttls".equalsIgnoreCase(tls.strip())) {
      throw new IllegalStateException(
          "directory.ldap.tls is '"
              + tls
              + "': write ldaps (TLS from the first byte) or starttls.");
    }
  }

  boolean ldaps() {
    return keyStore != null && tls != null && "ldaps".equalsIgnoreCase(tls.strip());
  }
}
