package dev.directory.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("change_log")
record ChangeRow(
    @Id @GeneratedValue @Nullable Long seq, String entity, String entityId, Instant changedAt) {}
