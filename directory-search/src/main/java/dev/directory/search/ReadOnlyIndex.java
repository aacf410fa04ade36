package dev.directory.search;

import dev.directory.search.index.IndexFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A view of an index on disk as it was last committed, for a command that runs beside the server
 * owning the index (a reader takes no lock): it is current to the server's last commit, or to when
 * the server stopped.
 */
public final class ReadOnlyIndex implements Searchable, AutoCloseable {

  private final Directory directory;
  private final DirectoryReader reader;

  private ReadOnlyIndex(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
  }

  /**
   * The index in {@code path}; empty when there is none there, or one of another version's document
   * shape.
   */
  public static Optional<ReadOnlyIndex> open(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return Optional.empty();
    }
    Directory directory = FSDirectory.open(path);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      return Optional.empty();
    }
    DirectoryReader reader = DirectoryReader.open(directory);
    String schema = reader.getIndexCommit().getUserData().get(SearchIndex.SCHEMA);
    if (!String.valueOf(IndexFields.SCHEMA_VERSION).equals(schema)) {
      reader.close();
      directory.close();
      return Optional.empty();
    }
    return Optional.of(new ReadOnlyIndex(directory, reader));
  }

  @Override
  public <T> T search(SearchIndex.SearchFunction<T> search) throws IOException {
    return search.apply(new IndexSearcher(reader), null);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
