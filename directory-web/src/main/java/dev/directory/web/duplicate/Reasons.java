package dev.directory.web.duplicate;

import dev.directory.search.duplicates.Agreement;
import dev.directory.search.duplicates.Likeness;
import dev.directory.web.language.Labels;
import dev.directory.web.language.Texts;
import java.util.List;
import java.util.Locale;

/**
 * Each field's agreement told in the reader's language: "Family name: the same, santos (+11.1)".
 */
final class Reasons {

  private Reasons() {}

  static List<String> of(Likeness likeness) {
    return likeness.agreements().stream().map(Reasons::of).toList();
  }

  static String of(Agreement agreement) {
    String field = Texts.t("duplicate.field." + agreement.field());
    String level = agreement.level().name().toLowerCase(Locale.ROOT);
    String weight = String.format(Locale.ROOT, "%+.1f", agreement.weight());
    return Texts.t(
        "duplicate.level." + level,
        field,
        value(agreement.field(), agreement.left()),
        value(agreement.field(), agreement.right()),
        weight);
  }

  private static String value(String field, String value) {
    return field.equals("country") ? Labels.country(value) : value;
  }
}
