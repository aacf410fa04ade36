package dev.directory.core.change;

/** One committed change: record {@code id} of {@code kind} changed at log position {@code seq}. */
public record Change(long seq, RecordKind kind, String id) {}
