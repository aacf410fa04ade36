package dev.directory.web.export;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers written while they are sent: a writer fills a small pipe that the server drains, so that
 * a million rows or cards never sit in memory.
 */
@Singleton
public final class Streaming {

  private static final Logger LOG = LoggerFactory.getLogger(Streaming.class);
  private static final int BUFFER = 64 * 1024;

  /** What writes an answer's body. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Threads of their own: a writer waits while its client reads slowly, and must not hold a thread
   * of the request pool, which has a fixed size.
   */
  private final ExecutorService writers =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "export-writer");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * The body {@code body} writes, as it writes it.
   *
   * @param what what is written, for the log when it ends short
   */
  public InputStream of(Object what, Body body) throws IOException {
    PipedInputStream answer = new PipedInputStream(BUFFER);
    PipedOutputStream sink = new PipedOutputStream(answer);
    writers.execute(
        () -> {
          try (sink) {
            body.writeTo(sink);
          } catch (IOException | UncheckedIOException e) {
            // Most often the reader went away before the end; nothing is left to answer.
            LOG.debug("{} ended early: {}", what, e.getMessage());
          } catch (RuntimeException e) {
            // The answer has begun: all that can be done is end it short, and say why here.
            LOG.error("{} failed; the answer ends short", what, e);
          }
        });
    return answer;
  }
}
