package dev.directory.web.watch;

import dev.directory.core.audit.FieldChange;
import dev.directory.core.change.RecordKind;
import dev.directory.core.watch.WatchEvent;
import dev.directory.core.watch.WatchFollowing;
import dev.directory.web.language.Labels;
import dev.directory.web.language.Texts;
import dev.directory.web.page.Addresses;
import java.util.ArrayList;
import java.util.List;

/** A watch's event in words, in the language being rendered: for its feed and its digest. */
final class EventTexts {

  private EventTexts() {}

  /** "Ministry of Health: changed", "Jane Example: no longer here" … */
  static String title(WatchEvent event) {
    return Texts.t("watch.event." + key(event), event.recordName());
  }

  /** Who did it, and each field before and after (none for a record made or deleted whole). */
  static List<String> lines(WatchEvent event) {
    List<String> lines = new ArrayList<>();
    if (event.actor() != null) {
      lines.add(Texts.t("watch.event.by", Labels.actor(event.actor())));
    }
    if (WatchFollowing.REPORT.equals(event.action())) {
      event.fieldChanges().forEach(report -> lines.add("“" + report.after() + "”"));
    } else if (!"create".equals(event.action()) && !"delete".equals(event.action())) {
      for (FieldChange field : event.fieldChanges()) {
        lines.add(
            Texts.t(
                "watch.event.field",
                Labels.field(event.recordKind(), field.field()),
                shown(field.before()),
                shown(field.after())));
      }
    }
    return lines;
  }

  /** The record's page, relative to the site. */
  static String page(WatchEvent event) {
    return Addresses.page(RecordKind.parse(event.recordKind()), event.recordId());
  }

  private static String key(WatchEvent event) {
    String action = event.action() == null ? "" : event.action();
    return switch (event.happened()) {
      case ENTERED -> action.equals("create") ? "created" : "entered";
      case CHANGED ->
          switch (action) {
            case "verify" -> "verified";
            case WatchFollowing.REPORT -> "reported";
            case "merge" -> "merged";
            default -> "changed";
          };
      case LEFT ->
          switch (action) {
            case "delete" -> "deleted";
            case "merge" -> "merged_away";
            default -> "left";
          };
    };
  }

  private static String shown(String value) {
    return value == null || value.isEmpty() ? Texts.t("watch.event.empty") : "“" + value + "”";
  }
}
