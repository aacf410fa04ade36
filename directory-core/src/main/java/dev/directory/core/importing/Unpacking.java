package dev.directory.core.importing;

import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.TooLarge;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Counts what a .zip (or a workbook, which is a .zip of XML parts) unpacks to, against the upload's
 * limits: how many files, how many bytes, how many times its own size. Bytes are counted as they
 * are read, never from what the archive claims, so a bomb is stopped at the limit, having cost no
 * more than the limit to read.
 */
final class Unpacking {

  /** Below this, any ratio is allowed: a small file of a few repeated values packs very well. */
  private static final long RATIO_FLOOR = 1024 * 1024;

  private final String file;
  private final long packedSize;
  private final UploadLimits limits;
  private int entries;
  private long unpacked;

  Unpacking(String file, long packedSize, UploadLimits limits) {
    this.file = file;
    this.packedSize = packedSize;
    this.limits = limits;
  }

  /** Counts one more file of the archive. */
  void entry() {
    if (++entries > limits.maxZipEntries()) {
      throw TooLarge.of(file, ProblemCode.UPLOAD_TOO_MANY_FILES, limits.maxZipEntries());
    }
  }

  /** {@code in}, each byte read from it counted. */
  InputStream counted(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          add(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          add(n);
        }
        return n;
      }
    };
  }

  private void add(long bytes) {
    unpacked += bytes;
    if (unpacked > limits.maxUnpackedBytes()) {
      throw TooLarge.of(file, ProblemCode.UPLOAD_UNPACKS_TOO_LARGE, limits.maxUnpackedBytes());
    }
    if (unpacked > RATIO_FLOOR && unpacked > packedSize * limits.maxExpansionRatio()) {
      throw TooLarge.of(file, ProblemCode.UPLOAD_EXPANSION, limits.maxExpansionRatio());
    }
  }

  /**
   * Reads every part of a workbook once, as fastexcel will (through the archive's central
   * directory, with commons-compress), counting files, bytes and the texts it keeps.
   *
   * @throws TooLarge at the first limit it passes
   * @throws IOException when it is not a .zip at all
   */
  static void checkWorkbook(Upload upload, UploadLimits limits) throws IOException {
    Unpacking unpacking = new Unpacking(upload.name(), upload.content().length, limits);
    SharedStrings strings = new SharedStrings(upload.name(), limits);
    try (ZipFile zip =
        ZipFile.builder()
            .setSeekableByteChannel(new SeekableInMemoryByteChannel(upload.content()))
            .get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        unpacking.entry();
        try (InputStream in = unpacking.counted(zip.getInputStream(entry))) {
          strings.read(in);
        }
      }
    }
  }

  /**
   * Counts the shared strings of a workbook's parts ({@code <si>} elements) and the characters of
   * text inside them, with a plain scan of the bytes: no XML is parsed, nothing is kept.
   */
  private static final class SharedStrings {

    private final String file;
    private final UploadLimits limits;
    private final byte[] buffer = new byte[64 * 1024];
    private long count;
    private long characters;

    SharedStrings(String file, UploadLimits limits) {
      this.file = file;
      this.limits = limits;
    }

    void read(InputStream in) throws IOException {
      boolean inTag = false;
      boolean inString = false;
      // the first bytes of the tag being read: enough to tell <si>, <si … and </si>
      byte[] tag = new byte[4];
      int tagLength = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '<') {
            inTag = true;
            tagLength = 0;
          } else if (inTag) {
            if (tagLength < tag.length) {
              tag[tagLength++] = b;
            }
            if (tagLength == 3 && tag[0] == 's' && tag[1] == 'i' && (isEnd(tag[2]))) {
              inString = true;
              if (++count > limits.maxSharedStrings()) {
                throw TooLarge.of(
                    file, ProblemCode.UPLOAD_SHARED_STRINGS, limits.maxSharedStrings());
              }
            } else if (tagLength == 4
                && tag[0] == '/'
                && tag[1] == 's'
                && tag[2] == 'i'
                && isEnd(tag[3])) {
              inString = false;
            }
            if (b == '>') {
              inTag = false;
            }
          } else if (inString && (b & 0xC0) != 0x80) {
            if (++characters > limits.maxSharedStringsLength()) {
              throw TooLarge.of(
                  file, ProblemCode.UPLOAD_SHARED_TEXT, limits.maxSharedStringsLength());
            }
          }
        }
      }
    }

    private static boolean isEnd(byte b) {
      return b == '>' || b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '/';
    }
  }
}
