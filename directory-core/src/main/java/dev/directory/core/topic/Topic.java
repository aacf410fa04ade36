package dev.directory.core.topic;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/** An entry of the controlled vocabulary of topics, labelled in English, Spanish and French. */
public record Topic(
    String id,
    String labelEn,
    String labelEs,
    String labelFr,
    List<String> keywordsEn,
    List<String> keywordsEs,
    List<String> keywordsFr) {

  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(labelEn, "labelEn");
    Objects.requireNonNull(labelEs, "labelEs");
    Objects.requireNonNull(labelFr, "labelFr");
    keywordsEn = List.copyOf(keywordsEn);
    keywordsEs = List.copyOf(keywordsEs);
    keywordsFr = List.copyOf(keywordsFr);
  }

  /** The label in the given language, English when the directory does not speak it. */
  public String label(Locale language) {
    return switch (language.getLanguage()) {
      case "es" -> labelEs;
      case "fr" -> labelFr;
      default -> labelEn;
    };
  }

  /** Every label and keyword, in all three languages: what a search for the topic may type. */
  public List<String> allTerms() {
    return Stream.of(List.of(labelEn, labelEs, labelFr), keywordsEn, keywordsEs, keywordsFr)
        .flatMap(List::stream)
        .toList();
  }
}
