package dev.directory.web.edit;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.EditConflict;
import dev.directory.core.editing.EditRefused;
import dev.directory.core.editing.Edits;
import dev.directory.web.error.ApiError;
import dev.directory.web.record.Records;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.TransactionOperations;
import java.security.Principal;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Creating, changing and deleting organisations and people (editors and admins), and their history
 * (all staff). A body names fields as the columns of the CSV files (data/README.md): a list is an
 * array or a {@code ;}-separated string. A change gives the {@code version} it was made on; if the
 * record has changed since, it is refused with 409 and what changed.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
final class EditController {

  private final Edits edits;
  private final Records records;
  private final AuditLog audit;
  private final TransactionOperations<Connection> transactions;

  EditController(
      Edits edits,
      Records records,
      AuditLog audit,
      TransactionOperations<Connection> transactions) {
    this.edits = edits;
    this.records = records;
    this.audit = audit;
    this.transactions = transactions;
  }

  /** Creates an organisation; 400 names each wrong field. */
  @Post("/organizations")
  HttpResponse<?> createOrganization(@Body Map<String, Object> body, Principal editor) {
    return answer(
        () ->
            HttpResponse.created(
                inOneTransaction(
                    () -> {
                      String id = edits.createOrganization(fields(body), editor.getName()).id();
                      return records.organization(id).orElseThrow();
                    })));
  }

  /** Changes an organisation: every field, and the {@code version} the change was made on. */
  @Put("/organizations/{id}")
  HttpResponse<?> updateOrganization(String id, @Body Map<String, Object> body, Principal editor) {
    return answer(
        () ->
            HttpResponse.ok(
                inOneTransaction(
                    () -> {
                      edits.updateOrganization(
                          id, version(body.get("version")), fields(body), editor.getName());
                      return records.organization(id).orElseThrow();
                    })));
  }

  /** Deletes an organisation without departments, people or anything else referring to it. */
  @Delete("/organizations/{id}")
  HttpResponse<?> deleteOrganization(String id, @QueryValue String version, Principal editor) {
    return answer(
        () -> {
          edits.deleteOrganization(id, version(version), editor.getName());
          return HttpResponse.noContent();
        });
  }

  /** Creates a person; 400 names each wrong field. */
  @Post("/people")
  HttpResponse<?> createPerson(@Body Map<String, Object> body, Principal editor) {
    return answer(
        () ->
            HttpResponse.created(
                inOneTransaction(
                    () -> {
                      String id = edits.createPerson(fields(body), editor.getName()).id();
                      return records.person(id).orElseThrow();
                    })));
  }

  /** Changes a person: every field, and the {@code version} the change was made on. */
  @Put("/people/{id}")
  HttpResponse<?> updatePerson(String id, @Body Map<String, Object> body, Principal editor) {
    return answer(
        () ->
            HttpResponse.ok(
                inOneTransaction(
                    () -> {
                      edits.updatePerson(
                          id, version(body.get("version")), fields(body), editor.getName());
                      return records.person(id).orElseThrow();
                    })));
  }

  /** Deletes a person whom no engagement or inquiry names. */
  @Delete("/people/{id}")
  HttpResponse<?> deletePerson(String id, @QueryValue String version, Principal editor) {
    return answer(
        () -> {
          edits.deletePerson(id, version(version), editor.getName());
          return HttpResponse.noContent();
        });
  }

  /** Every change to a person: who, when, each field before and after. */
  @Get("/people/{id}/history")
  List<EditViews.Change> personHistory(String id) {
    return history(RecordKind.PERSON, id);
  }

  /** Every change to an organisation: who, when, each field before and after. */
  @Get("/organizations/{id}/history")
  List<EditViews.Change> organizationHistory(String id) {
    return history(RecordKind.ORGANIZATION, id);
  }

  private List<EditViews.Change> history(RecordKind kind, String id) {
    List<EditViews.Change> changes = EditViews.changes(audit.history(kind, id));
    if (changes.isEmpty()) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "Nothing has the id “" + id + "”.");
    }
    return changes;
  }

  /**
   * Makes an edit and reads the record it made before its transaction ends (the edit keeps the row
   * locked), so the answer is that edit's version, never another editor's made just after.
   */
  private <T> T inOneTransaction(Supplier<T> editAndRead) {
    return transactions.executeWrite(status -> editAndRead.get());
  }

  private static HttpResponse<?> answer(Supplier<HttpResponse<?>> edit) {
    try {
      return edit.get();
    } catch (EditRefused | IllegalArgumentException e) {
      return HttpResponse.badRequest(new ApiError(e.getMessage()));
    } catch (EditConflict e) {
      return HttpResponse.status(HttpStatus.CONFLICT)
          .body(new EditViews.Conflict(e.getMessage(), e.current(), EditViews.changes(e.since())));
    } catch (NoSuchElementException e) {
      return HttpResponse.notFound(new ApiError(e.getMessage()));
    }
  }

  /** The body's fields as the cells of a CSV row: lists joined with "; ", the version left out. */
  static Map<String, String> fields(Map<String, Object> body) {
    Map<String, String> fields = new LinkedHashMap<>();
    body.forEach(
        (name, value) -> {
          if (name.equals("version") || value == null) {
            return;
          }
          if (value instanceof Map<?, ?>
              || value instanceof List<?> list && list.stream().anyMatch(Map.class::isInstance)) {
            throw new IllegalArgumentException(
                name + ": give text, a number, true or false, or a list of them; not an object");
          }
          if (value instanceof List<?> list) {
            fields.put(name, String.join("; ", list.stream().map(String::valueOf).toList()));
          } else if (value instanceof Boolean yes) {
            fields.put(name, yes ? "yes" : "no");
          } else {
            fields.put(name, String.valueOf(value));
          }
        });
    return fields;
  }

  static long version(Object value) {
    try {
      return Long.parseLong(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "version: give the version the change was made on (the record's \"version\"), not \""
              + value
              + "\"");
    }
  }
}
