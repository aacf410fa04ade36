package dev.directory.web.freshness;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * When a record was last found true, and whether that is too long ago.
 *
 * @param verifiedOn YYYY-MM-DD; null when it never was
 * @param verifiedBy the account, or {@code import} for what an import brought from its source
 * @param how {@code phone}, {@code email} or {@code source}
 * @param stale whether it was last verified more than {@code staleAfterMonths} ago, or never
 * @param stewards the accounts that look after it
 * @param stewardAssigned whether the record names its steward, rather than its country's default
 *     (the editors of the office covering it)
 * @param openReports how many reports that it is outdated wait on it
 */
@Serdeable
@Schema(accessMode = Schema.AccessMode.READ_ONLY)
public record FreshnessView(
    @Nullable String verifiedOn,
    @Nullable String verifiedBy,
    @Nullable String how,
    boolean stale,
    int staleAfterMonths,
    List<String> stewards,
    boolean stewardAssigned,
    int openReports) {}
