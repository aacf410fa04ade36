package dev.directory.core.person;

import dev.directory.core.storage.Versioned;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The JDBC repositories behind {@link People}. */
final class PersonRepositories {

  private PersonRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<PersonRows.PersonRow, String> {

    List<PersonRows.PersonRow> findByIdIn(Collection<String> ids);

    List<PersonRows.PersonRow> findByIdGreaterThan(String id, Pageable pageable);

    List<String> findIdByOrganizationIdIn(Collection<String> organizationIds);

    List<PersonRows.PersonRow> findByOrganizationId(String organizationId, Sort sort);

    /** The version, the row locked until the transaction ends. */
    @Query("SELECT version FROM person WHERE id = :id FOR UPDATE")
    Optional<Long> lockVersion(String id);

    long countByOrganizationId(String organizationId);

    @Query("SELECT version FROM person WHERE id = :id")
    Optional<Long> findVersion(String id);

    @Query("SELECT id, version FROM person WHERE id IN (:ids)")
    List<Versioned> findVersions(Collection<String> ids);

    @Query("UPDATE person SET version = version + 1 WHERE id IN (:ids)")
    void bumpVersions(Collection<String> ids);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Emails extends CrudRepository<PersonRows.EmailRow, Long> {

    List<PersonRows.EmailRow> findByPersonIdInOrderByPosition(Collection<String> personIds);

    void deleteByPersonIdIn(Collection<String> personIds);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Phones extends CrudRepository<PersonRows.PhoneRow, Long> {

    List<PersonRows.PhoneRow> findByPersonIdInOrderByPosition(Collection<String> personIds);

    void deleteByPersonIdIn(Collection<String> personIds);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Topics extends CrudRepository<PersonRows.TopicRow, Long> {

    List<PersonRows.TopicRow> findByPersonIdInOrderById(Collection<String> personIds);

    void deleteByPersonIdIn(Collection<String> personIds);
  }
}
