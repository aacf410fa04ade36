package dev.directory.web.search;

import dev.directory.web.record.Ref;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/search}, as DESIGN.md's API contract names it. When nothing
 * matched, {@code didYouMean} may hold a spelling that finds something, and {@code relaxations} say
 * what dropping each filter would give.
 */
@Serdeable
public record SearchResponse(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<Result> results,
    Map<String, List<FacetValue>> facets,
    @Nullable String didYouMean,
    List<Relaxation> relaxations) {

  /** One matching organisation or person. */
  @Serdeable
  public record Result(
      String id,
      String type,
      String name,
      @Nullable String title,
      @Nullable String aliases,
      @Nullable Ref organization,
      @Nullable String country,
      @Nullable String city,
      @Nullable String phone,
      @Nullable String email,
      @Schema(description = "For a position, who holds it now (empty when it is vacant)")
          List<String> heldBy,
      @Schema(description = "Last verified longer ago than the directory allows, or never")
          boolean stale,
      @Schema(
              description =
                  "The record's version the index holds: the node's search is current for it when"
                      + " it is the version GET answers")
          long version,
      String url,
      Map<String, String> highlights,
      @Schema(description = "An organisation's former names, the latest first") @Nullable
          String formerNames,
      @Schema(description = "A closed organisation: it ranks below active ones") boolean closed,
      @Schema(description = "The names of the organisations that replaced a closed one")
          List<String> successors) {}

  /** One value of a facet: what to send back as a filter, what to show, and how many. */
  @Serdeable
  public record FacetValue(String value, String label, long count) {}

  /** When nothing matched: how many results there would be without the filter on a facet. */
  @Serdeable
  public record Relaxation(String facet, List<String> values, long count) {}
}
