package dev.directory.web.reorganization;

import dev.directory.web.language.Texts;
import dev.directory.web.reorganization.ChartMarks.Mark;
import dev.directory.web.reorganization.ChartNode.ChartPosition;
import dev.directory.web.reorganization.ChartNode.Holder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An organisation chart drawn as SVG on the server: a box for each unit, indented under the one it
 * belongs to and joined to it by a line, with its positions and their holders, the words wrapped to
 * the box. It is 320 units wide, so a phone shows it at its own size and a page prints it whole.
 * Below {@link #LEVELS} levels a unit says how many more are under it and links to its own chart: a
 * ministry of 500 units stays legible.
 */
final class ChartDrawing {

  static final int LEVELS = 3;
  private static final int WIDTH = 320;
  private static final int INDENT = 16;
  private static final int LINE = 17;
  private static final int PAD = 6;
  private static final int GAP = 8;

  /** Characters of 13-pixel text that fit in a pixel of width, about. */
  private static final double CHARS_PER_PIXEL = 1 / 7.0;

  /**
   * How each kind of line is written: presentation attributes rather than a style sheet, which the
   * pages' content security policy would not apply.
   */
  private static final Map<String, String> TEXT_STYLES =
      Map.of(
          "name", " font-weight=\"bold\"",
          "mark", " font-style=\"italic\" fill=\"#6e4a00\"",
          "vacant", " font-style=\"italic\" fill=\"#57606a\"",
          "more", " fill=\"#0b57d0\" text-decoration=\"underline\"");

  private final StringBuilder body = new StringBuilder();
  private final ChartMarks marks;
  private final String day;
  private int y = GAP;

  private ChartDrawing(ChartMarks marks, String day) {
    this.marks = marks;
    this.day = day;
  }

  /**
   * @param day the chart's day, YYYY-MM-DD: each box links to its unit's chart on that day
   * @param title what the drawing shows, read by screen readers and shown as its tooltip
   */
  static String svg(ChartNode chart, ChartMarks marks, String day, String title) {
    ChartDrawing drawing = new ChartDrawing(marks, day);
    drawing.unit(chart, 0);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 "
        + WIDTH
        + " "
        + drawing.y
        + "\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-drawing-title\">"
        + "<title id=\"chart-drawing-title\">"
        + escape(title)
        + "</title>"
        + "<g font-family=\"sans-serif\" font-size=\"13\" fill=\"#1f2328\">"
        + drawing.body
        + "</g>"
        + "</svg>";
  }

  /** Draws a unit's box and those under it; answers the middle of its box's left edge. */
  private int unit(ChartNode node, int depth) {
    int x = GAP + depth * INDENT;
    int width = WIDTH - x - GAP;
    int chars = (int) ((width - 2 * PAD) * CHARS_PER_PIXEL);
    List<String[]> lines = new ArrayList<>(); // {class, text}
    Mark mark = marks.unit(node.id());
    for (String line : wrap(node.name(), chars)) {
      lines.add(new String[] {"name", line});
    }
    if (mark != null) {
      lines.add(new String[] {"mark", Texts.t(mark.text())});
    }
    for (ChartPosition position : node.positions()) {
      String holders =
          position.heldBy().isEmpty()
              ? Texts.t("chart.vacant")
              : String.join(", ", position.heldBy().stream().map(Holder::name).toList());
      Mark positionMark = marks.position(position.id());
      String text =
          position.title()
              + ": "
              + holders
              + (positionMark == null ? "" : " (" + Texts.t(positionMark.text()) + ")");
      String style =
          positionMark != null ? "mark" : position.heldBy().isEmpty() ? "vacant" : "position";
      for (String line : wrap(text, chars)) {
        lines.add(new String[] {style, line});
      }
    }
    boolean collapsed = depth == LEVELS - 1 && !node.children().isEmpty();
    if (collapsed) {
      for (String line : wrap(Texts.t("chart.collapsed", node.size() - 1), chars)) {
        lines.add(new String[] {"more", line});
      }
    }
    int top = y;
    int height = 2 * PAD + lines.size() * LINE;
    body.append("<a href=\"")
        .append(escape(chartOf(node.id())))
        .append("\"><title>")
        .append(escape(node.name()))
        .append("</title><rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(top)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" rx=\"4\" fill=\"#fff\" ")
        .append(
            mark == Mark.APPEARED
                ? "stroke=\"#1a7f37\" stroke-width=\"3\""
                : mark == Mark.MOVED
                    ? "stroke=\"#9a6700\" stroke-width=\"2.5\" stroke-dasharray=\"5 3\""
                    : "stroke=\"#44546a\" stroke-width=\"1\"")
        .append(mark == null ? "" : " class=\"" + mark.cssClass() + "\"")
        .append("/>");
    for (int i = 0; i < lines.size(); i++) {
      body.append("<text x=\"")
          .append(x + PAD)
          .append("\" y=\"")
          .append(top + PAD + (i + 1) * LINE - 4)
          .append("\" class=\"")
          .append(lines.get(i)[0])
          .append("\"")
          .append(TEXT_STYLES.getOrDefault(lines.get(i)[0], ""))
          .append(">")
          .append(escape(lines.get(i)[1]))
          .append("</text>");
    }
    body.append("</a>");
    y = top + height + GAP;
    if (!collapsed) {
      int bottom = top + height;
      for (ChartNode child : node.children()) {
        int middle = unit(child, depth + 1);
        body.append("<path fill=\"none\" stroke=\"#8c959f\" d=\"M")
            .append(x + PAD)
            .append(' ')
            .append(bottom)
            .append(" V")
            .append(middle)
            .append(" H")
            .append(x + INDENT)
            .append("\"/>");
      }
    }
    return top + Math.min(height / 2, LINE);
  }

  private String chartOf(String id) {
    return "/organizations/" + id + "/chart?at=" + day;
  }

  /** The words in lines of at most {@code chars} characters; a longer word is cut. */
  static List<String> wrap(String text, int chars) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      while (word.length() > chars) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, chars));
        word = word.substring(chars);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > chars) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
