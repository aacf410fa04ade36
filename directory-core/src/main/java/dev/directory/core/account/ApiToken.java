package dev.directory.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An API token of an account, by the SHA-256 of its secret; the secret itself is not kept. */
@MappedEntity("api_token")
public record ApiToken(
    @Id String id,
    String username,
    String name,
    String secretHash,
    Instant createdAt,
    @Nullable Instant lastUsedAt) {}
