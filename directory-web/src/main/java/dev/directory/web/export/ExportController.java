package dev.directory.web.export;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.SearchRequest;
import dev.directory.web.error.ErrorResponses.NoSuchPerson;
import dev.directory.web.error.ErrorResponses.NoSuchPosition;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.position.PositionRecords;
import dev.directory.web.position.PositionView;
import dev.directory.web.record.RecordViews.PersonView;
import dev.directory.web.record.Records;
import dev.directory.web.search.SearchParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports in the formats other tools read: a person's vCard, and a whole search as CSV, vCards or a
 * workbook. A search export is written while it is sent, through a small buffer, so that a million
 * rows never sit in memory.
 */
@Controller("/api")
@Tag(name = "Exports")
@NotSignedIn
@ExecuteOn(TaskExecutors.BLOCKING)
final class ExportController {

  private static final Logger LOG = LoggerFactory.getLogger(ExportController.class);
  static final String VCARD = "text/vcard";
  private static final int BUFFER = 64 * 1024;

  private final Records records;
  private final DirectorySearch search;

  /**
   * Threads of their own: a writer waits while its client reads slowly, and must not hold a thread
   * of the request pool, which has a fixed size.
   */
  private final ExecutorService writers =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "export-writer");
            thread.setDaemon(true);
            return thread;
          });

  private final PositionRecords positions;

  private final ChangeLog changes;

  ExportController(
      Records records, DirectorySearch search, PositionRecords positions, ChangeLog changes) {
    this.changes = changes;
    this.positions = positions;
    this.records = records;
    this.search = search;
  }

  /** The vCard (version 4.0) of a person: every e-mail and phone, title, organisation, place. */
  @NoSuchPerson
  @Get("/people/{id}/vcard")
  @Produces(VCARD)
  HttpResponse<String> getPersonVCard(String id) {
    PersonView person = records.person(id).orElseThrow(() -> new NotFound(ProblemWord.PERSON, id));
    return HttpResponse.ok(VCards.person(person, lastChanged(RecordKind.PERSON, id)))
        .contentType(VCARD + ";charset=utf-8")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + VCards.fileName(person.id()) + "\"");
  }

  /** The vCard (version 4.0) of a position: its mailbox and phones, and who holds it now. */
  @NoSuchPosition
  @Get("/positions/{id}/vcard")
  @Produces(VCARD)
  HttpResponse<String> getPositionVCard(String id) {
    PositionView position =
        positions
            .view(id, LocalDate.now(ZoneOffset.UTC))
            .orElseThrow(() -> new NotFound(ProblemWord.POSITION, id));
    return HttpResponse.ok(VCards.position(position, lastChanged(RecordKind.POSITION, id)))
        .contentType(VCARD + ";charset=utf-8")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + VCards.fileName(position.id()) + "\"");
  }

  /**
   * Every result of a search — the parameters of {@code /api/search}, without paging — as CSV
   * ({@code format=csv}), as vCards ({@code format=vcard}) or as a workbook with a sheet per kind
   * of record ({@code format=xlsx}), in the search's order.
   */
  @WrongValues
  @Get("/search/export")
  @Produces({"text/csv", VCARD, XlsxExport.MEDIA_TYPE})
  HttpResponse<StreamedFile> exportSearch(
      @QueryValue @Parameter(schema = @Schema(allowableValues = {"csv", "vcard", "xlsx"}))
          String format,
      @RequestBean SearchParameters parameters)
      throws IOException {
    Format chosen = Format.parse(format);
    SearchRequest request = parameters.toRequest();
    PipedInputStream body = new PipedInputStream(BUFFER);
    PipedOutputStream sink = new PipedOutputStream(body);
    writers.execute(() -> write(chosen, request, sink));
    return HttpResponse.ok(
        new StreamedFile(body, MediaType.of(chosen.mediaType)).attach(chosen.fileName));
  }

  private @Nullable Instant lastChanged(RecordKind kind, String id) {
    return changes.lastChanged(kind, List.of(id)).get(id);
  }

  private void write(Format format, SearchRequest request, PipedOutputStream sink) {
    try (sink) {
      switch (format) {
        case CSV -> {
          Writer out = new OutputStreamWriter(sink, StandardCharsets.UTF_8);
          try (CsvRows rows = new CsvRows(out)) {
            search.forEachMatch(request, rows::add);
          }
        }
        case VCARD -> {
          Writer out = new OutputStreamWriter(sink, StandardCharsets.UTF_8);
          VCardExport cards = new VCardExport(records, positions, changes, out);
          search.forEachMatch(request, cards::add);
          cards.flush();
          out.flush();
        }
        case XLSX -> new XlsxExport(search, changes).write(request, sink);
      }
    } catch (IOException | UncheckedIOException e) {
      // Most often the reader went away before the end; nothing is left to answer.
      LOG.debug("Export of {} ended early: {}", request, e.getMessage());
    } catch (RuntimeException e) {
      // The answer has begun: all that can be done is end it short, and say why here.
      LOG.error("Export of {} failed; the download ends short", request, e);
    }
  }

  private enum Format {
    CSV("text/csv;charset=utf-8", "directory.csv"),
    VCARD("text/vcard;charset=utf-8", "directory.vcf"),
    XLSX(XlsxExport.MEDIA_TYPE, "directory.xlsx");

    static final String CHOICES = "csv, vcard, xlsx";

    private final String mediaType;
    private final String fileName;

    Format(String mediaType, String fileName) {
      this.mediaType = mediaType;
      this.fileName = fileName;
    }

    static Format parse(String format) {
      for (Format known : values()) {
        if (known.name().toLowerCase(Locale.ROOT).equals(format)) {
          return known;
        }
      }
      throw Refused.of("format", ProblemCode.CHOICE_INVALID, format, ProblemWord.FORMAT, CHOICES);
    }
  }
}
