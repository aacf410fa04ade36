package dev.directory.core.inquiry;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One step in an inquiry's history: the status it reached, when, and an optional note. */
public record InquiryEvent(Instant at, InquiryStatus status, @Nullable String note) {}
