package dev.directory.core.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/**
 * The JDBC repositories behind {@link Accounts}; {@link Account} and {@link ApiToken} are their own
 * rows.
 */
final class AccountRepositories {

  private AccountRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<Account, String> {
    List<Account> findAllOrderByUsername();

    Optional<Account> findByEmail(String email);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Tokens extends CrudRepository<ApiToken, String> {
    Optional<ApiToken> findBySecretHash(String secretHash);

    List<ApiToken> findByUsernameOrderByCreatedAt(String username);
  }
}
