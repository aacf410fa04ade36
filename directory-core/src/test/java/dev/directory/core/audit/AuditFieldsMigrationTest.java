package dev.directory.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.core.change.RecordKind;
import dev.directory.core.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A directory whose history was kept a row per field reads the same history after upgrading. */
class AuditFieldsMigrationTest {

  @Test
  void keepsTheHistoryWrittenBeforeTheUpgrade() throws Exception {
    TestDatabase.Fresh database = TestDatabase.fresh();
    boolean postgres = TestDatabase.postgres();
    // the last version before the change: H2 has one of its own (db/vendor/h2) that PostgreSQL
    // lacks
    Flyway.configure()
        .dataSource(database.url(), database.username(), database.password())
        .locations(
            postgres
                ? new String[] {"classpath:db/migration"}
                : new String[] {"classpath:db/migration", "classpath:db/vendor/h2"})
        .target(postgres ? "7" : "8")
        .load()
        .migrate();
    try (Connection connection =
            DriverManager.getConnection(database.url(), database.username(), database.password());
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO record_change (id, entity, entity_id, action, actor, changed_at, version)"
              + " VALUES (1, 'PERSON', 'p-fake', 'CREATE', 'import', TIMESTAMP WITH TIME ZONE"
              + " '2026-01-02 03:04:05+00', 1), (2, 'PERSON', 'p-fake', 'UPDATE', 'editor',"
              + " TIMESTAMP WITH TIME ZONE '2026-02-03 04:05:06+00', 2), (3, 'PERSON', 'p-fake',"
              + " 'UPDATE', 'editor', TIMESTAMP WITH TIME ZONE '2026-03-04 05:06:07+00', 3)");
      statement.execute(
          "INSERT INTO record_change_field (change_id, field, before_value, after_value) VALUES"
              + " (1, 'given_name', NULL, 'Fake'), (1, 'family_name', NULL, 'Person'),"
              + " (2, 'job_title', '', 'Officer, \"acting\"'), (2, 'notes', 'one\nline', NULL)");
    }

    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "directory.test.fresh-database", "false",
                "datasources.default.url", database.url(),
                "datasources.default.driver-class-name", database.driver(),
                "datasources.default.username", database.username(),
                "datasources.default.password", database.password()))) {
      List<RecordChange> history =
          context.getBean(AuditLog.class).history(RecordKind.PERSON, "p-fake");

      assertEquals(
          List.of(
              List.of(
                  new FieldChange("given_name", null, "Fake"),
                  new FieldChange("family_name", null, "Person")),
              List.of(
                  new FieldChange("job_title", "", "Officer, \"acting\""),
                  new FieldChange("notes", "one\nline", null)),
              List.of()),
          history.stream().map(RecordChange::fields).toList());
      assertEquals(
          List.of("import", "editor", "editor"),
          history.stream().map(RecordChange::actor).toList());
    }
  }
}
