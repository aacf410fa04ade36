package dev.directory.web.export;

import dev.directory.core.country.Countries;
import dev.directory.search.query.SearchResult.Hit;
import dev.directory.web.record.Ref;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of a search export that each result fills, in their order: CSV and workbook alike.
 */
enum HitColumn {
  ID("id", Hit::id),
  TYPE("type", hit -> hit.type().code()),
  NAME("name", Hit::name),
  TITLE("title", Hit::title),
  ORGANIZATION("organization", Hit::organizationName),
  HELD_BY("held_by", hit -> hit.heldBy().isEmpty() ? null : String.join("; ", hit.heldBy())),
  CITY("city", Hit::city),
  COUNTRY(
      "country",
      hit -> hit.country() == null ? null : Countries.name(hit.country(), Locale.ENGLISH)),
  COUNTRY_CODE("country_code", Hit::country),
  PHONE("phone", Hit::phone),
  EMAIL("email", Hit::email),
  PAGE("page", hit -> Ref.url(hit.type(), hit.id()));

  final String header;
  private final Function<Hit, String> value;

  HitColumn(String header, Function<Hit, String> value) {
    this.header = header;
    this.value = value;
  }

  @Nullable
  String of(Hit hit) {
    return value.apply(hit);
  }

  static String[] headers() {
    return Arrays.stream(values()).map(column -> column.header).toArray(String[]::new);
  }
}
