package dev.directory.web.error;

import io.micronaut.serde.annotation.Serdeable;

/** The body of every API error: what was wrong, in plain words. */
@Serdeable
public record ApiError(String message) {}
