package dev.directory.core.importing;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.text.Controls;
import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A file an editor brings in: a vCard file, a workbook, a CSV file or a .zip of CSV files, with the
 * organisations its cards name mapped to the directory's own ({@code "Ministerio de Salud" →
 * "minsal"}), where the editor has mapped them.
 */
public record Upload(String name, byte[] content, Map<String, String> organizations) {

  /** The longest file name kept with an upload waiting to be confirmed. */
  static final int NAME = 300;

  /** The most characters of names and ids the mapping may hold, as it is kept. */
  static final int MAPPING = 20_000;

  /**
   * @throws Refused when the file's name or a name or id of the mapping holds a character no stored
   *     text may hold, or either is longer than it can be kept
   */
  public Upload {
    refuseUnreadable("file", name);
    refuseLonger("file", length(name), NAME);
    int mapping = 0;
    for (Map.Entry<String, String> mapped : organizations.entrySet()) {
      refuseUnreadable("organizations", mapped.getKey());
      refuseUnreadable("organizations", mapped.getValue());
      mapping += length(mapped.getKey()) + length(mapped.getValue()) + 2;
    }
    refuseLonger("organizations", mapping, MAPPING);
    // a name mapped to nothing is not mapped
    organizations =
        organizations.entrySet().stream()
            .filter(mapped -> mapped.getKey() != null && mapped.getValue() != null)
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static void refuseLonger(String field, int length, int most) {
    if (length > most) {
      throw Refused.of(field, ProblemCode.TEXT_TOO_LONG, length, most);
    }
  }

  private static int length(@Nullable String text) {
    return text == null ? 0 : text.length();
  }

  private static void refuseUnreadable(String field, @Nullable String text) {
    if (text != null) {
      Controls.find(text, false)
          .ifPresent(
              found -> {
                throw new Refused(Problem.ofCharacter(field, found));
              });
    }
  }

  /** What the file is, by its name's ending. */
  enum Kind {
    VCARD,
    WORKBOOK,
    CSV,
    ZIP,
    OTHER
  }

  Kind kind() {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".vcf") || lower.endsWith(".vcard")) {
      return Kind.VCARD;
    }
    if (lower.endsWith(".xlsx")) {
      return Kind.WORKBOOK;
    }
    if (lower.endsWith(".csv")) {
      return Kind.CSV;
    }
    return lower.endsWith(".zip") ? Kind.ZIP : Kind.OTHER;
  }
}
