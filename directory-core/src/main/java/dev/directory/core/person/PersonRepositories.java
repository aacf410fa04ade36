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

    /**
     * The rows with these ids. The ids go as one array, not a parameter each: PostgreSQL then
     * reuses one plan that reads the primary key, where a list of a thousand parameters had it read
     * the whole table for each batch (460 ms a batch at 200,000 people).
     */
    @Query("SELECT * FROM person WHERE id = ANY(:ids)")
    List<PersonRows.PersonRow> findByIds(String[] ids);

    @Query("SELECT id FROM person")
    List<String> findAllIds();

    List<PersonRows.PersonRow> findByIdGreaterThan(String id, Pageable pageable);

    List<String> findIdByOrganizationIdIn(Collection<String> organizationIds);

    List<PersonRows.PersonRow> findByOrganizationId(String organizationId, Sort sort);

    /** The version, the row locked until the transaction ends. */
    @Query("SELECT version FROM person WHERE id = :id FOR UPDATE")
    Optional<Long> lockVersion(String id);

    long countByOrganizationId(String organizationId);

    @Query("SELECT version FROM person WHERE id = :id")
    Optional<Long> findVersion(String id);

    /** As {@link #findByIds} reads them. */
    @Query("SELECT id, version FROM person WHERE id = ANY(:ids)")
    List<Versioned> findVersions(String[] ids);

    @Query("UPDATE person SET version = version + 1 WHERE id = ANY(:ids)")
    void bumpVersions(String[] ids);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Emails extends CrudRepository<PersonRows.EmailRow, Long> {

    /** As {@link Rows#findByIds}: the ids as one array. */
    @Query("SELECT * FROM person_email WHERE person_id = ANY(:personIds) ORDER BY position")
    List<PersonRows.EmailRow> findByPersonIds(String[] personIds);

    @Query("DELETE FROM person_email WHERE person_id = ANY(:personIds)")
    void deleteByPersonIds(String[] personIds);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Phones extends CrudRepository<PersonRows.PhoneRow, Long> {

    /** As {@link Rows#findByIds}: the ids as one array. */
    @Query("SELECT * FROM person_phone WHERE person_id = ANY(:personIds) ORDER BY position")
    List<PersonRows.PhoneRow> findByPersonIds(String[] personIds);

    @Query("DELETE FROM person_phone WHERE person_id = ANY(:personIds)")
    void deleteByPersonIds(String[] personIds);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Topics extends CrudRepository<PersonRows.TopicRow, Long> {

    /** As {@link Rows#findByIds}: the ids as one array. */
    @Query("SELECT * FROM person_topic WHERE person_id = ANY(:personIds) ORDER BY id")
    List<PersonRows.TopicRow> findByPersonIds(String[] personIds);

    @Query("DELETE FROM person_topic WHERE person_id = ANY(:personIds)")
    void deleteByPersonIds(String[] personIds);
  }
}
