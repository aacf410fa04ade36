package dev.directory.core.importing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How much one upload may bring in, so that what a node holds for it stays small whatever the file:
 * a workbook whose one text unpacks to gigabytes, or a .zip of a million rows, is refused in
 * seconds, saying which limit it passed and what to do, while the node goes on serving. The
 * command-line import, for very large loads, is bound by the cell length only. Settings {@code
 * directory.uploads.*} (README lists them).
 *
 * @param maxFileBytes the largest file taken (the HTTP request is bounded by Micronaut's {@code
 *     micronaut.server.max-request-size}, which the settings set to this)
 * @param maxRows rows (or cards) in one upload, all its files and sheets together
 * @param maxCellLength characters in one cell, also of a command-line import
 * @param maxZipEntries files in a .zip or a workbook (which is a .zip of parts)
 * @param maxUnpackedBytes bytes a .zip or a workbook unpacks to, all its files together
 * @param maxExpansionRatio how many times its own size a .zip or workbook may unpack to
 * @param maxSharedStrings different texts a workbook keeps (its shared strings)
 * @param maxSharedStringsLength characters of those texts together
 */
@ConfigurationProperties("directory.uploads")
public record UploadLimits(
    @Bindable(defaultValue = "20971520") long maxFileBytes,
    @Bindable(defaultValue = "50000") int maxRows,
    @Bindable(defaultValue = "32767") int maxCellLength,
    @Bindable(defaultValue = "200") int maxZipEntries,
    @Bindable(defaultValue = "104857600") long maxUnpackedBytes,
    @Bindable(defaultValue = "100") int maxExpansionRatio,
    @Bindable(defaultValue = "1000000") int maxSharedStrings,
    @Bindable(defaultValue = "20000000") long maxSharedStringsLength) {

  /** The defaults, for tests and tools made without settings. */
  public static final UploadLimits DEFAULTS =
      new UploadLimits(20_971_520, 50_000, 32_767, 200, 104_857_600, 100, 1_000_000, 20_000_000);

  /** What binds a command-line import: long cells only, rows and files as many as it brings. */
  UploadLimits forCommandLine() {
    return new UploadLimits(
        Long.MAX_VALUE,
        Integer.MAX_VALUE,
        maxCellLength,
        Integer.MAX_VALUE,
        Long.MAX_VALUE,
        Integer.MAX_VALUE,
        Integer.MAX_VALUE,
        Long.MAX_VALUE);
  }

  public UploadLimits {
    if (maxFileBytes < 1
        || maxRows < 1
        || maxCellLength < 1
        || maxZipEntries < 1
        || maxUnpackedBytes < 1
        || maxExpansionRatio < 1
        || maxSharedStrings < 1
        || maxSharedStringsLength < 1) {
      throw new IllegalArgumentException(
          "every directory.uploads.* setting must be a whole number, 1 or more");
    }
  }
}
