package dev.directory.core.importing;

import dev.directory.core.change.Writes;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Uploads an editor has previewed and not yet confirmed: kept in the database (any node may be
 * asked to apply one) until applied, and for a day at most.
 */
@Singleton
public class PendingUploads {

  private static final Duration KEPT = Duration.ofDays(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  @MappedEntity("pending_upload")
  record Row(
      @Id String id,
      String name,
      byte[] content,
      String organizations,
      String createdBy,
      Instant createdAt) {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<Row, String> {
    void deleteByCreatedAtLessThan(Instant before);
  }

  private final Rows rows;
  private final Writes writes;

  PendingUploads(Rows rows, Writes writes) {
    this.rows = rows;
    this.writes = writes;
  }

  /** Keeps the upload and answers the id to confirm it by. */
  public String keep(Upload upload, String by) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    writes.run(
        () -> {
          rows.deleteByCreatedAtLessThan(now.minus(KEPT));
          rows.save(
              new Row(id, upload.name(), upload.content(), lines(upload.organizations()), by, now));
        });
    return id;
  }

  public Optional<Upload> find(String id) {
    return rows.findById(id)
        .filter(row -> row.createdAt().isAfter(Instant.now().minus(KEPT)))
        .map(row -> new Upload(row.name(), row.content(), organizations(row.organizations())));
  }

  /** The same upload with the organisations mapped anew. */
  public void remap(String id, Map<String, String> organizations) {
    writes.run(
        () ->
            rows.findById(id)
                .ifPresent(
                    row ->
                        rows.update(
                            new Row(
                                row.id(),
                                row.name(),
                                row.content(),
                                lines(organizations),
                                row.createdBy(),
                                row.createdAt()))));
  }

  public void remove(String id) {
    writes.run(() -> rows.deleteById(id));
  }

  /** One line per mapped name: the name, a tab, the organisation's id. */
  private static String lines(Map<String, String> organizations) {
    StringBuilder text = new StringBuilder();
    organizations.forEach(
        (name, id) -> {
          if (id != null && !id.isBlank()) {
            text.append(name.replaceAll("[\\t\\n]", " ")).append('\t').append(id.strip());
            text.append('\n');
          }
        });
    return text.toString();
  }

  private static Map<String, String> organizations(String text) {
    Map<String, String> organizations = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        organizations.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return organizations;
  }
}
