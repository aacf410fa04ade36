package dev.directory.core.importing;

import java.util.Locale;
import java.util.Map;

/**
 * A file an editor brings in: a vCard file, a workbook, a CSV file or a .zip of CSV files, with the
 * organisations its cards name mapped to the directory's own ({@code "Ministerio de Salud" →
 * "minsal"}), where the editor has mapped them.
 */
public record Upload(String name, byte[] content, Map<String, String> organizations) {

  public Upload {
    organizations = Map.copyOf(organizations);
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
