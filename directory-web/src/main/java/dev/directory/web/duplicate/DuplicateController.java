package dev.directory.web.duplicate;

import dev.directory.core.change.RecordKind;
import dev.directory.core.duplicate.NotTheSame;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.web.error.ErrorResponses.NotForYourRole;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.sql.Connection;
import java.util.List;

/**
 * Possible duplicates (editors and admins): every pair of people or organisations that look like
 * one record entered twice, best first, and marking a pair as two different records so that it is
 * never proposed again.
 */
@Controller("/api/duplicates")
@Tag(name = "Duplicates")
@NotSignedIn
@NotForYourRole
@ExecuteOn(TaskExecutors.BLOCKING)
final class DuplicateController {

  /** Two records said to be different: their ids, both people or both organisations. */
  @Serdeable
  record Pair(@Nullable String a, @Nullable String b) {}

  private final DuplicateList list;
  private final NotTheSame notTheSame;
  private final People people;
  private final Organizations organizations;
  private final TransactionOperations<Connection> transactions;

  DuplicateController(
      DuplicateList list,
      NotTheSame notTheSame,
      People people,
      Organizations organizations,
      TransactionOperations<Connection> transactions) {
    this.list = list;
    this.notTheSame = notTheSame;
    this.people = people;
    this.organizations = organizations;
    this.transactions = transactions;
  }

  /**
   * Pairs of likely duplicates, best first, from the last scan of the directory (made again in the
   * background after changes), but those marked "not the same".
   *
   * @param type {@code person} (the default) or {@code organization}
   * @param office only pairs with a record in a country this mission office covers
   * @param country only pairs with a record in this country (ISO 3166-1 alpha-2)
   * @param limit at most this many pairs (1 to 1,000; 100 when not given)
   */
  @ApiResponse(
      responseCode = "200",
      description = "The pairs, best first",
      headers =
          @Header(
              name = "X-Total-Count",
              description = "How many pairs match, listed or not",
              schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer")))
  @WrongValues
  @Get
  HttpResponse<List<DuplicatePair>> list(
      @Nullable @QueryValue String type,
      @Nullable @QueryValue String office,
      @Nullable @QueryValue String country,
      @Nullable @QueryValue Integer limit) {
    DuplicateList.Listing listing = list.list(type, office, country, limit == null ? 100 : limit);
    return HttpResponse.ok(listing.pairs())
        .header("X-Total-Count", String.valueOf(listing.total()));
  }

  /** Marks two records as different: the pair is never proposed again. */
  @ApiResponse(responseCode = "204", description = "Marked (marking a pair again changes nothing)")
  @WrongValues
  @Post("/not-the-same")
  HttpResponse<Void> notTheSame(@Body Pair pair, Principal editor) {
    RecordKind kind = kindOf(pair);
    transactions.executeWrite(
        status -> {
          notTheSame.mark(kind, pair.a().strip(), pair.b().strip(), editor.getName());
          return null;
        });
    return HttpResponse.noContent();
  }

  /**
   * @throws Refused when an id is missing or unknown, both are one, or they are of two kinds
   */
  RecordKind kindOf(Pair pair) {
    for (String field : List.of("a", "b")) {
      String id = field.equals("a") ? pair.a() : pair.b();
      if (id == null || id.isBlank()) {
        throw Refused.of(field, ProblemCode.REQUIRED);
      }
    }
    String a = pair.a().strip();
    String b = pair.b().strip();
    if (a.equals(b)) {
      throw Refused.of("b", ProblemCode.PAIR_SELF, a);
    }
    RecordKind kindOfA = kind("a", a);
    RecordKind kindOfB = kind("b", b);
    if (kindOfA != kindOfB) {
      throw Refused.of("b", ProblemCode.PAIR_KINDS, a, b);
    }
    return kindOfA;
  }

  private RecordKind kind(String field, String id) {
    if (people.exists(id)) {
      return RecordKind.PERSON;
    }
    if (organizations.exists(id)) {
      return RecordKind.ORGANIZATION;
    }
    throw Refused.of(field, ProblemCode.RECORD_MISSING, id);
  }
}
