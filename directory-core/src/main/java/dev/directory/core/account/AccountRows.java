package dev.directory.core.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The repositories of accounts and tokens. */
final class AccountRows {

  private AccountRows() {}

  @JdbcRepository(dialect = Dialect.H2)
  interface Accounts extends CrudRepository<Account, String> {
    List<Account> findAllOrderByUsername();

    Optional<Account> findByEmail(String email);
  }

  @JdbcRepository(dialect = Dialect.H2)
  interface Tokens extends CrudRepository<ApiToken, String> {
    Optional<ApiToken> findBySecretHash(String secretHash);

    List<ApiToken> findByUsernameOrderByCreatedAt(String username);
  }
}
