package dev.directory.web.reorganization;

import dev.directory.web.reorganization.ChartNode.ChartPosition;
import dev.directory.web.reorganization.ChartNode.Holder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between a chart and the same organisation's chart on another day: units and
 * positions that appeared or moved here, positions whose holders changed, and the units that were
 * there and are gone.
 *
 * @param with the other day, YYYY-MM-DD; null when nothing is compared
 */
public record ChartMarks(
    String with, Map<String, Mark> units, Map<String, Mark> positions, List<ChartNode> gone) {

  public enum Mark {
    APPEARED("chart.appeared"),
    MOVED("chart.moved"),
    HOLDER_CHANGED("chart.holder_changed");

    private final String text;

    Mark(String text) {
      this.text = text;
    }

    /** Its key in the bundles, and its class on the chart. */
    public String text() {
      return text;
    }

    public String cssClass() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  static final ChartMarks NONE = new ChartMarks(null, Map.of(), Map.of(), List.of());

  /** The marks of {@code chart} against {@code earlier}, the chart of day {@code with}. */
  static ChartMarks between(ChartNode chart, ChartNode earlier, String with) {
    Map<String, String> parentsBefore = new HashMap<>();
    Map<String, List<String>> holdersBefore = new HashMap<>();
    Map<String, ChartNode> unitsBefore = new HashMap<>();
    index(earlier, null, parentsBefore, holdersBefore, unitsBefore);
    Map<String, String> parentsNow = new HashMap<>();
    Map<String, List<String>> holdersNow = new HashMap<>();
    Map<String, ChartNode> unitsNow = new HashMap<>();
    index(chart, null, parentsNow, holdersNow, unitsNow);

    Map<String, Mark> units = new HashMap<>();
    parentsNow.forEach(
        (unit, parent) -> {
          if (!unitsBefore.containsKey(unit)) {
            units.put(unit, Mark.APPEARED);
          } else if (parent != null && !Objects.equals(parent, parentsBefore.get(unit))) {
            units.put(unit, Mark.MOVED);
          }
        });
    Map<String, Mark> positions = new HashMap<>();
    holdersNow.forEach(
        (position, holders) -> {
          if (!holdersBefore.containsKey(position)) {
            positions.put(position, Mark.APPEARED);
          } else if (!holders.equals(holdersBefore.get(position))) {
            positions.put(position, Mark.HOLDER_CHANGED);
          }
        });
    List<ChartNode> gone = new ArrayList<>();
    unitsBefore.forEach(
        (unit, node) -> {
          if (!unitsNow.containsKey(unit)) {
            gone.add(node);
          }
        });
    gone.sort(Comparator.comparing(ChartNode::name));
    return new ChartMarks(with, units, positions, gone);
  }

  private static void index(
      ChartNode node,
      String parent,
      Map<String, String> parents,
      Map<String, List<String>> holders,
      Map<String, ChartNode> units) {
    parents.put(node.id(), parent);
    units.put(node.id(), node);
    for (ChartPosition position : node.positions()) {
      holders.put(position.id(), position.heldBy().stream().map(Holder::id).sorted().toList());
    }
    for (ChartNode child : node.children()) {
      index(child, node.id(), parents, holders, units);
    }
  }

  public Mark unit(String id) {
    return units.get(id);
  }

  public Mark position(String id) {
    return positions.get(id);
  }
}
