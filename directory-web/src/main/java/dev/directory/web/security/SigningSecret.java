package dev.directory.web.security;

import dev.directory.core.storage.DatabaseKind;
import dev.directory.web.settings.ChosenDatabase;
import dev.directory.web.settings.DirectorySettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The key that signs the sign-in cookie and its form tokens: made at random on the first start and
 * kept in the home folder ({@code secret}, readable by its owner only), so sign-ins outlive a
 * restart. A key in the configuration ({@value #PROPERTY}) takes its place: several web nodes need
 * the same one, so on PostgreSQL a node without it does not start.
 */
@Factory
final class SigningSecret {

  static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";

  /** The key's text. */
  record Key(String value) {}

  @Singleton
  Key key(
      DirectorySettings settings,
      ChosenDatabase database,
      @Value("${" + PROPERTY + ":}") String configured) {
    if (!configured.isEmpty()) {
      return new Key(configured);
    }
    if (database.kind() == DatabaseKind.POSTGRESQL) {
      // Nodes sharing a database must sign alike, or a sign-in on one is refused by the next.
      throw new ConfigurationException(
          "On PostgreSQL every node needs the same signing key: set "
              + PROPERTY
              + " (MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_SECRET_GENERATOR_SECRET), at least 32"
              + " characters, to the same value on each node.");
    }
    return new Key(read(settings.home().toAbsolutePath().normalize().resolve("secret")));
  }

  @Singleton
  @Named("generator")
  @Requires(missingProperty = PROPERTY)
  SignatureGeneratorConfiguration generator(Key key) {
    SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
    configuration.setSecret(key.value());
    return new SecretSignature(configuration);
  }

  private static String read(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, HexFormat.of().formatHex(key));
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // the home folder's own permissions protect it
        }
      }
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or make the signing key " + file, e);
    }
  }
}
