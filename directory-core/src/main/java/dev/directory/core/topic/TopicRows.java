package dev.directory.core.topic;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The table rows a {@link Topic} is stored in. */
final class TopicRows {

  private TopicRows() {}

  @MappedEntity("topic")
  record TopicRow(
      @Id String id,
      String labelEn,
      String labelEs,
      String labelFr,
      String keywordsEn,
      String keywordsEs,
      String keywordsFr) {}
}
