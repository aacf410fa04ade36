package dev.directory.core.storage;

import io.micronaut.core.annotation.Introspected;

/** A record's id and version, as the stores read them for many records at once. */
@Introspected
public record Versioned(String id, long version) {}
