package dev.directory.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** data/README.md documents the columns the import reads, no more and no fewer. */
class DataReadmeTest {

  private static final Pattern HEADING = Pattern.compile("^### (\\S+\\.csv)\\b.*");
  private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\| (yes|no) \\|.*");
  private static final Pattern COLUMN = Pattern.compile("`([a-z_]+)`");

  @Test
  void documentsEveryColumnOfEveryFileAndWhetherItIsRequired() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("..", "data", "README.md"));
    for (String file : FolderReader.FILES) {
      List<String> required = new ArrayList<>();
      List<String> optional = new ArrayList<>();
      boolean inSection = false;
      for (String line : lines) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches() || line.startsWith("## ")) {
          inSection = heading.matches() && heading.group(1).equals(file);
          continue;
        }
        Matcher row = ROW.matcher(line);
        if (inSection && row.matches()) {
          Matcher column = COLUMN.matcher(row.group(1));
          while (column.find()) {
            (row.group(2).equals("yes") ? required : optional).add(column.group(1));
          }
        }
      }
      FolderReader.Columns columns = FolderReader.COLUMNS.get(file);
      assertEquals(sorted(columns.required()), sorted(required), file + ": required columns");
      assertEquals(sorted(columns.optional()), sorted(optional), file + ": optional columns");
    }
  }

  private static List<String> sorted(List<String> columns) {
    return columns.stream().sorted().toList();
  }
}
