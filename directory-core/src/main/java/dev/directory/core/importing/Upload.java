package dev.directory.core.importing;

import dev.directory.core.problem.Problem;
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

  /**
   * @throws Refused when the file's name or a name or id of the mapping holds a character no stored
   *     text may hold
   */
  public Upload {
    refuseUnreadable("file", name);
    for (Map.Entry<String, String> mapped : organizations.entrySet()) {
      refuseUnreadable("organizations", mapped.getKey());
      refuseUnreadable("organizations", mapped.getValue());
    }
    // a name mapped to nothing is not mapped
    organizations =
        organizations.entrySet().stream()
            .filter(mapped -> mapped.getKey() != null && mapped.getValue() != null)
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
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
