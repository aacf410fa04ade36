package dev.directory.core.organization;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** Where organisations are: a country (ISO code), a region within it, a city within that. */
@Introspected
public record Place(@Nullable String country, @Nullable String region, @Nullable String city) {}
