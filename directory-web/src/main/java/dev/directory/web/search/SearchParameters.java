package dev.directory.web.search;

import dev.directory.core.country.Countries;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.search.index.Facet;
import dev.directory.search.query.ResultType;
import dev.directory.search.query.SearchRequest;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query parameters of a search, as the API and (later) the search page take them; every facet
 * parameter may repeat. {@link #toRequest()} checks them and names what is wrong.
 */
@Introspected
public record SearchParameters(
    @Nullable @QueryValue @Parameter(schema = @Schema(maxLength = SearchRequest.MAX_QUERY_LENGTH))
        String q,
    @Nullable
        @QueryValue
        @Parameter(
            explode = Explode.TRUE,
            array =
                @ArraySchema(
                    schema =
                        @Schema(
                            allowableValues = {
                              "ministry",
                              "department",
                              "municipal_service",
                              "mission_office",
                              "partner",
                              "person",
                              "press_contact",
                              "position"
                            })))
        List<String> type,
    @Nullable @QueryValue @Parameter(explode = Explode.TRUE) List<String> country,
    @Nullable @QueryValue @Parameter(explode = Explode.TRUE) List<String> region,
    @Nullable @QueryValue @Parameter(explode = Explode.TRUE) List<String> city,
    @Nullable @QueryValue @Parameter(explode = Explode.TRUE) List<String> topic,
    @Nullable @QueryValue @Parameter(explode = Explode.TRUE) List<String> organization,
    @Nullable @QueryValue @Parameter(explode = Explode.TRUE) List<String> role,
    @Nullable @QueryValue @Parameter(explode = Explode.TRUE) List<String> language,
    @Nullable
        @QueryValue
        @Parameter(
            explode = Explode.TRUE,
            array = @ArraySchema(schema = @Schema(allowableValues = {"true", "false"})))
        List<String> stale,
    @Nullable @QueryValue @Parameter(schema = @Schema(allowableValues = {"relevance", "name"}))
        String sort,
    @Nullable
        @QueryValue
        @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "10000"))
        String page,
    @Nullable
        @QueryValue
        @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
        String size) {

  /** The parameters a search takes, as its query string names them. */
  static final List<String> NAMES =
      List.of(
          "q",
          "type",
          "country",
          "region",
          "city",
          "topic",
          "organization",
          "role",
          "language",
          "stale",
          "sort",
          "page",
          "size");

  /**
   * The parameters of a query string such as {@code q=health&country=CL}: a saved search's.
   *
   * @throws Refused naming a parameter that is not one of a search's, or a broken escape
   */
  public static SearchParameters parse(String queryString) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String pair : queryString.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (!NAMES.contains(name)) {
        throw Refused.of("search", ProblemCode.FIELD_UNKNOWN, name, String.join(", ", NAMES));
      }
      values
          .computeIfAbsent(name, key -> new ArrayList<>())
          .add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
    }
    return new SearchParameters(
        one(values, "q"),
        values.get("type"),
        values.get("country"),
        values.get("region"),
        values.get("city"),
        values.get("topic"),
        values.get("organization"),
        values.get("role"),
        values.get("language"),
        values.get("stale"),
        one(values, "sort"),
        one(values, "page"),
        one(values, "size"));
  }

  private static @Nullable String one(Map<String, List<String>> values, String name) {
    List<String> given = values.get(name);
    return given == null ? null : given.get(0);
  }

  private static String decode(String escaped) {
    try {
      return URLDecoder.decode(escaped, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw Refused.of(
          "search", ProblemCode.FIELD_SHAPE, "a query string such as q=health&country=CL");
    }
  }

  /**
   * @throws Refused naming each parameter and its bad value
   */
  public SearchRequest toRequest() {
    Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
    put(
        filters,
        Facet.TYPE,
        values(type).stream()
            .map(t -> Refused.reading("type", () -> ResultType.parse(t)).code())
            .toList());
    put(
        filters,
        Facet.COUNTRY,
        values(country).stream()
            .map(c -> Refused.reading("country", () -> Countries.parse(c)))
            .toList());
    put(filters, Facet.REGION, values(region));
    put(filters, Facet.CITY, values(city));
    put(filters, Facet.TOPIC, values(topic));
    put(filters, Facet.ORGANIZATION, values(organization));
    put(filters, Facet.ROLE, values(role));
    put(
        filters,
        Facet.LANGUAGE,
        values(language).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    put(filters, Facet.STALE, values(stale).stream().map(SearchParameters::flag).toList());
    return new SearchRequest(
        q,
        filters,
        order(sort),
        number("page", page, 1),
        number("size", size, SearchRequest.DEFAULT_SIZE));
  }

  private static void put(Map<Facet, List<String>> filters, Facet facet, List<String> values) {
    if (!values.isEmpty()) {
      filters.put(facet, values);
    }
  }

  /** "true" or "false", in any case. */
  private static String flag(String written) {
    String flag = written.toLowerCase(Locale.ROOT);
    if (!flag.equals("true") && !flag.equals("false")) {
      throw Refused.of(
          "stale", ProblemCode.CHOICE_INVALID, written, ProblemWord.TRUE_OR_FALSE, "true, false");
    }
    return flag;
  }

  private static List<String> values(@Nullable List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  private static SearchRequest.Order order(@Nullable String sort) {
    if (sort == null || sort.isBlank() || sort.equals("relevance")) {
      return SearchRequest.Order.RELEVANCE;
    }
    if (sort.equals("name")) {
      return SearchRequest.Order.NAME;
    }
    throw Refused.of(
        "sort", ProblemCode.CHOICE_INVALID, sort, ProblemWord.ORDER, "relevance, name");
  }

  private static int number(String name, @Nullable String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    if (!value.strip().matches("-?[0-9]{1,9}")) {
      throw Refused.of(name, ProblemCode.NUMBER_INVALID, value);
    }
    return Integer.parseInt(value.strip());
  }
}
