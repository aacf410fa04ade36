package dev.directory.core.topic;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.storage.TextList;
import dev.directory.core.topic.TopicRows.TopicRow;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the topic vocabulary. */
@Singleton
public class Topics {

  private final TopicRepositories.Rows rows;
  private final ChangeLog changeLog;

  Topics(TopicRepositories.Rows rows, ChangeLog changeLog) {
    this.rows = rows;
    this.changeLog = changeLog;
  }

  public Optional<Topic> find(String id) {
    return rows.findById(id).map(Topics::fromRow);
  }

  public boolean exists(String id) {
    return rows.existsById(id);
  }

  /** The whole vocabulary by id; it is small. */
  public Map<String, Topic> all() {
    Map<String, Topic> all = new LinkedHashMap<>();
    rows.findAll().forEach(row -> all.put(row.id(), fromRow(row)));
    return all;
  }

  /**
   * Inserts or updates a topic, logging the change. Call inside a transaction.
   *
   * @return whether anything was written
   */
  public boolean save(Topic topic) {
    Optional<Topic> existing = find(topic.id());
    if (existing.isPresent() && existing.get().equals(topic)) {
      return false;
    }
    TopicRow row =
        new TopicRow(
            topic.id(),
            topic.labelEn(),
            topic.labelEs(),
            topic.labelFr(),
            TextList.join(topic.keywordsEn()),
            TextList.join(topic.keywordsEs()),
            TextList.join(topic.keywordsFr()));
    if (existing.isPresent()) {
      rows.update(row);
    } else {
      rows.save(row);
    }
    changeLog.append(RecordKind.TOPIC, topic.id());
    return true;
  }

  private static Topic fromRow(TopicRow row) {
    return new Topic(
        row.id(),
        row.labelEn(),
        row.labelEs(),
        row.labelFr(),
        TextList.split(row.keywordsEn()),
        TextList.split(row.keywordsEs()),
        TextList.split(row.keywordsFr()));
  }
}
