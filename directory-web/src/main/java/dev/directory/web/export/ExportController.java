package dev.directory.web.export;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.search.query.Matches;
import dev.directory.search.query.SearchRequest;
import dev.directory.web.error.ErrorResponses.NoSuchPerson;
import dev.directory.web.error.ErrorResponses.NoSuchPosition;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.search.SearchParameters;
import ezvcard.VCardVersion;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

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

  static final String VCARD = "text/vcard";

  private final Matches matches;
  private final Cards cards;
  private final ChangeLog changes;
  private final Streaming streaming;

  ExportController(Matches matches, Cards cards, ChangeLog changes, Streaming streaming) {
    this.matches = matches;
    this.cards = cards;
    this.changes = changes;
    this.streaming = streaming;
  }

  /** The vCard (version 4.0) of a person: every e-mail and phone, title, organisation, place. */
  @NoSuchPerson
  @Get("/people/{id}/vcard")
  @Produces(VCARD)
  HttpResponse<String> getPersonVCard(String id) {
    return download(RecordKind.PERSON, id);
  }

  /** The vCard (version 4.0) of a position: its mailbox and phones, and who holds it now. */
  @NoSuchPosition
  @Get("/positions/{id}/vcard")
  @Produces(VCARD)
  HttpResponse<String> getPositionVCard(String id) {
    return download(RecordKind.POSITION, id);
  }

  private HttpResponse<String> download(RecordKind kind, String id) {
    Cards.Card card =
        cards.of(List.of(new Cards.Wanted(kind, id)), VCardVersion.V4_0).stream()
            .findFirst()
            .orElseThrow(() -> kind.notFound(id));
    return HttpResponse.ok(card.text())
        .contentType(VCARD + ";charset=utf-8")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + VCards.fileName(id) + "\"");
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
    InputStream body = streaming.of("Export of " + request, sink -> write(chosen, request, sink));
    return HttpResponse.ok(
        new StreamedFile(body, MediaType.of(chosen.mediaType)).attach(chosen.fileName));
  }

  private void write(Format format, SearchRequest request, OutputStream sink) throws IOException {
    switch (format) {
      case CSV -> {
        Writer out = new OutputStreamWriter(sink, StandardCharsets.UTF_8);
        try (CsvRows rows = new CsvRows(out)) {
          matches.forEach(request, rows::add);
        }
      }
      case VCARD -> {
        Writer out = new OutputStreamWriter(sink, StandardCharsets.UTF_8);
        VCardExport export = new VCardExport(cards, out);
        matches.forEach(request, export::add);
        export.flush();
        out.flush();
      }
      case XLSX -> new XlsxExport(matches, changes).write(request, sink);
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
