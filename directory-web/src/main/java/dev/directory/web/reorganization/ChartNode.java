package dev.directory.web.reorganization;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A unit of an organisation chart on a day: its name, its positions with who held them that day,
 * and the units under it then.
 */
@Serdeable
public record ChartNode(
    String id, String name, List<ChartPosition> positions, List<ChartNode> children) {

  /** A position and its holders that day; none when it was vacant. */
  @Serdeable
  public record ChartPosition(String id, String title, List<Holder> heldBy) {}

  @Serdeable
  public record Holder(String id, String name) {}

  /** How many units the tree holds, itself included. */
  public int size() {
    return 1 + children.stream().mapToInt(ChartNode::size).sum();
  }
}
