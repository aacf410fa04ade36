package dev.directory.core.importing;

import dev.directory.core.problem.ProblemCode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * Imports the directory's CSV files (see data/README.md) all or nothing: every file is read ({@link
 * FolderReader}) and every value and reference checked ({@link BatchChecks}) first; only when
 * nothing is wrong is everything written ({@link ImportWriter}), in one transaction. Records are
 * matched by id, so importing the same files again changes nothing.
 */
@Singleton
public class CsvImporter {

  private final BatchChecks checks;
  private final ImportWriter writer;
  private final TransactionOperations<Connection> transactions;

  CsvImporter(
      BatchChecks checks, ImportWriter writer, TransactionOperations<Connection> transactions) {
    this.checks = checks;
    this.writer = writer;
    this.transactions = transactions;
  }

  /**
   * Imports the files found in {@code dir}; any of the five may be left out.
   *
   * @throws ImportFailedException listing every problem found; nothing was changed
   * @throws IOException when a file cannot be read at all
   */
  public ImportResult importFrom(Path dir) throws ImportFailedException, IOException {
    Problems problems = new Problems();
    if (!Files.isDirectory(dir)) {
      problems.add(dir.toString(), 0, null, ProblemCode.FOLDER_MISSING);
      throw new ImportFailedException(problems.all());
    }
    Batch batch = FolderReader.read(dir, problems);
    if (batch.isEmpty()) {
      problems.add(
          dir.toString(), 0, null, ProblemCode.FILE_NONE, String.join(", ", FolderReader.FILES));
    }
    checks.check(batch);
    if (!problems.isEmpty()) {
      throw new ImportFailedException(problems.all());
    }
    return transactions.executeWrite(status -> writer.write(batch));
  }
}
