package dev.directory.core.record;

import io.micronaut.core.annotation.Nullable;

/** One e-mail address or phone number as given, with its type when one was given. */
public record Entry(@Nullable String type, String value) {}
