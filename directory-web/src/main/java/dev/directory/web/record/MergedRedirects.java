package dev.directory.web.record;

import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.MergedRecords;
import dev.directory.core.problem.NotFound;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A record merged into another answers with a permanent redirect to the one that stayed, whose page
 * offers to undo the merges into it.
 */
@Singleton
record MergedRedirects(MergedRecords merged) {

  /**
   * A 308 to {@code address} of the record {@code id} was merged into.
   *
   * @param address where a record is, by its id: its page, or where it is in the API
   * @throws NotFound when {@code id} was never merged: there is no such record
   */
  <T> HttpResponse<T> to(
      RecordKind kind, String id, BiFunction<RecordKind, String, String> address) {
    String into = merged.into(kind, id).orElseThrow(() -> kind.notFound(id));
    return HttpResponse.<T>status(HttpStatus.PERMANENT_REDIRECT)
        .header(HttpHeaders.LOCATION, address.apply(kind, into));
  }

  /** The ids merged into {@code into}, at its {@code version}, whose merge can still be undone. */
  List<String> undoable(RecordKind kind, String into, long version) {
    return merged.undoable(kind, into, version);
  }
}
