package dev.directory.core.importing;

import dev.directory.core.problem.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Whether an import's file is UTF-8, told a block at a time, whatever its size. */
final class Utf8 {

  private Utf8() {}

  /**
   * Whether the file is strict UTF-8, read a block at a time; if not, a problem names the first
   * byte that is not, and its line.
   */
  static boolean check(Path path, String name, Problems problems) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    CharBuffer out = CharBuffer.allocate(64 * 1024);
    long line = 1;
    try (InputStream bytes = Files.newInputStream(path)) {
      boolean end = false;
      while (!end) {
        int n = bytes.read(in.array(), in.position(), in.remaining());
        end = n < 0;
        if (n > 0) {
          in.position(in.position() + n);
        }
        in.flip();
        CoderResult result;
        do {
          out.clear();
          int before = in.position();
          result = decoder.decode(in, out, end);
          for (int i = before; i < in.position(); i++) {
            if (in.get(i) == '\n') {
              line++;
            }
          }
        } while (result.isOverflow());
        if (result.isError()) {
          problems.add(
              name,
              line,
              null,
              ProblemCode.CSV_NOT_UTF8,
              String.format(Locale.ROOT, "0x%02X", in.get(in.position()) & 0xff));
          return false;
        }
        in.compact();
      }
    }
    return true;
  }
}
