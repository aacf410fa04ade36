package dev.directory.web.ldap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A PKCS#12 key store with a self-signed certificate for localhost, made by the JDK's keytool. */
final class SelfSignedKeyStore {

  static final String PASSWORD = "test key store password";

  private SelfSignedKeyStore() {}

  static Path create() {
    try {
      Path store = Files.createTempDirectory("directory-ldap-tls").resolve("ldap.p12");
      Process keytool =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                  "-genkeypair",
                  "-alias",
                  "ldap",
                  "-keyalg",
                  "RSA",
                  "-keysize",
                  "2048",
                  "-dname",
                  "CN=localhost",
                  "-ext",
                  "SAN=dns:localhost,ip:127.0.0.1",
                  "-validity",
                  "2",
                  "-storetype",
                  "PKCS12",
                  "-keystore",
                  store.toString(),
                  "-storepass",
                  PASSWORD)
              .redirectErrorStream(true)
              .start();
      String output = new String(keytool.getInputStream().readAllBytes());
      if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
      return store;
    } catch (Exception e) {
      throw new IllegalStateException("A test key store could not be made", e);
    }
  }
}
