package dev.directory.core.reorganization;

import dev.directory.core.change.RecordKind;
import io.micronaut.core.annotation.Nullable;

/**
 * A record a change took from one organisation to another: an organisation to a new parent, a
 * person or a position to another organisation.
 *
 * @param version the record's version after the move
 */
public record Move(
    RecordKind kind,
    String recordId,
    @Nullable String fromId,
    @Nullable String toId,
    long version) {}
