package dev.directory.core.audit;

import io.micronaut.core.annotation.Nullable;

/** One field of a record before and after a change (null: empty, or the record did not exist). */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {}
