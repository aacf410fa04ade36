package dev.directory.web.reorganization;

import dev.directory.web.language.Texts;

/**
 * What the chart page shows: the chart of a day, what changed since the day it is compared with,
 * and where the organisation's page is.
 */
public record ChartView(
    ChartNode chart, ChartMarks marks, String day, String organizationUrl, String id) {

  /** The drawing, made when the page is rendered: in the page's language. */
  public String svg() {
    return ChartDrawing.svg(
        chart, marks, day, Texts.t("chart.title", chart.name()) + " " + Texts.t("chart.on", day));
  }
}
