package dev.directory.search.bench;

import dev.directory.core.person.Person;
import dev.directory.search.index.Facet;
import dev.directory.search.query.SearchRequest;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One kind of query the benchmarks measure; {@code request(i)} varies it from run to run. Browsing
 * shapes (no text) run with the facet-count cache, as in production.
 */
public record Shape(String name, IntFunction<SearchRequest> request) {

  public boolean browsing() {
    return request.apply(0).query().isEmpty();
  }

  /**
   * The query shapes the benchmarks measure on a synthetic directory: one word, two words with a
   * typo, phone digits, a browse with three facet values, and browsing everything.
   */
  public static List<Shape> mixed(SyntheticDirectory directory) {
    // Each word is in one job title of fifteen, and nowhere else: it matches about 6 % of the
    // directory.
    List<String> titleWords =
        List.of("coordinator", "analyst", "secretary", "liaison", "programme");
    List<String> languages = List.of("en", "es", "fr");
    return List.of(
        new Shape(
            "one word (`analyst`: ~6 % of records)",
            i -> SearchRequest.of(titleWords.get(i % titleWords.size()))),
        new Shape(
            "two words, one with a typo (`Zálumé Anlayst`: a person's family name and title)",
            i -> {
              Person person = directory.person(i * 7919 % directory.peopleCount());
              return SearchRequest.of(person.familyName() + " " + typo(person.jobTitle()));
            }),
        new Shape(
            "phone digits (7 of them)",
            i -> {
              String e164 =
                  directory
                      .person(i * 104_729 % directory.peopleCount())
                      .phones()
                      .get(0)
                      .dialable();
              return SearchRequest.of(e164.substring(e164.length() - 7));
            }),
        new Shape(
            "browse, three facet values selected",
            i ->
                SearchRequest.of("")
                    .withFilter(Facet.TYPE, "person")
                    .withFilter(
                        Facet.COUNTRY, directory.countries().get(i % directory.countries().size()))
                    .withFilter(Facet.LANGUAGE, languages.get(i % languages.size()))),
        new Shape(
            "browse stale records, with a type and a country selected",
            i ->
                SearchRequest.of("")
                    .withFilter(Facet.STALE, "true")
                    .withFilter(Facet.TYPE, "person")
                    .withFilter(
                        Facet.COUNTRY,
                        directory.countries().get(i % directory.countries().size()))),
        new Shape("browse everything", i -> SearchRequest.of("")));
  }

  /** The longest word of a title with two of its middle letters swapped: one typo. */
  private static String typo(String title) {
    String word = "";
    for (String candidate : title.split(" ")) {
      if (candidate.length() > word.length()) {
        word = candidate;
      }
    }
    int middle = word.length() / 2;
    return word.substring(0, middle - 1)
        + word.charAt(middle)
        + word.charAt(middle - 1)
        + word.substring(middle + 1);
  }
}
