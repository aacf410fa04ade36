package dev.directory.core.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("organization_topic")
record OrganizationTopicRow(
    @Id @GeneratedValue @Nullable Long id, String organizationId, String topicId) {}
