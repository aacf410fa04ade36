package dev.directory.web.duplicate;

import dev.directory.web.record.Ref;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The page of possible duplicates: its filters, the offices to choose from, and the pairs.
 *
 * @param scannedAt when the directory was last checked, in the reader's time
 * @param self the page's address, where a "not the same" button comes back to
 * @param problem what is wrong with the filters, if anything
 */
public record DuplicatesView(
    String type,
    String office,
    String country,
    List<Ref> offices,
    long total,
    String scannedAt,
    List<DuplicatePair> pairs,
    String self,
    @Nullable String problem) {}
