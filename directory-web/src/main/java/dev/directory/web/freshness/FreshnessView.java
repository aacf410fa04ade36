package dev.directory.web.freshness;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * When a record was last found true, and whether that is too long ago.
 *
 * @param verifiedOn YYYY-MM-DD; null when it never was
 * @param verifiedBy the account, or {@code import} for what an import brought from its source
 * @param how {@code phone}, {@code email} or {@code source}
 * @param stale whether it was last verified more than {@code staleAfterMonths} ago, or never
 */
@Serdeable
@Schema(accessMode = Schema.AccessMode.READ_ONLY)
public record FreshnessView(
    @Nullable String verifiedOn,
    @Nullable String verifiedBy,
    @Nullable String how,
    boolean stale,
    int staleAfterMonths) {}
