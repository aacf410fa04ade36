package dev.directory.web.inquiry;

import dev.directory.core.inquiry.Inquiry;
import dev.directory.core.inquiry.InquiryEvent;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.web.language.Labels;
import dev.directory.web.language.Language;
import dev.directory.web.language.Texts;
import dev.directory.web.language.Times;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The e-mail that hands an inquiry to its contact, in the office's working language: it says which
 * language the journalist wrote in, and quotes their subject and message untouched.
 */
final class Notifications {

  private Notifications() {}

  static String subject(Inquiry inquiry, Language language) {
    return Texts.in(language, "mail.subject", inquiry.id(), inquiry.subject());
  }

  /**
   * @param handedOver the step by which staff handed the inquiry on, or null for its routing
   */
  static String body(
      Inquiry inquiry,
      @Nullable Person contact,
      @Nullable Organization office,
      @Nullable InquiryEvent handedOver,
      Language language) {
    StringBuilder body = new StringBuilder();
    if (contact != null) {
      body.append(Texts.in(language, "mail.dear", contact.fullName())).append("\n\n");
    }
    body.append(
            office != null
                ? Texts.in(language, "mail.for_you", office.name())
                : Texts.in(language, "mail.for_you_anyone"))
        .append("\n\n");
    List<String> labels =
        List.of(
            Texts.in(language, "mail.from"),
            Texts.in(language, "mail.received"),
            Texts.in(language, "mail.subject_label"),
            Texts.in(language, "mail.language"));
    int width = labels.stream().mapToInt(String::length).max().orElse(0) + 1;
    String from = inquiry.name() + (inquiry.outlet() != null ? ", " + inquiry.outlet() : "");
    line(body, labels.get(0), width, from + " <" + inquiry.email() + ">");
    line(body, labels.get(1), width, Times.utc(inquiry.receivedAt()));
    line(body, labels.get(2), width, inquiry.subject());
    line(body, labels.get(3), width, writtenIn(inquiry.language(), language));
    body.append('\n').append(inquiry.message()).append("\n\n");
    if (handedOver != null) {
      String actor = handedOver.actor();
      String note = handedOver.note();
      String handed;
      if (actor != null) {
        handed =
            note != null
                ? Texts.in(language, "mail.handed_by_note", actor, note)
                : Texts.in(language, "mail.handed_by", actor);
      } else {
        handed =
            note != null
                ? Texts.in(language, "mail.handed_note", note)
                : Texts.in(language, "mail.handed");
      }
      body.append(handed)
          .append("\n\n")
          .append(Texts.in(language, "mail.first_routed"))
          .append('\n');
    } else {
      body.append(Texts.in(language, "mail.why")).append('\n');
    }
    inquiry
        .reasons()
        .in(language.locale())
        .forEach(reason -> body.append("- ").append(reason).append('\n'));
    body.append('\n').append(Texts.in(language, "mail.reference", inquiry.id())).append('\n');
    return body.toString();
  }

  /** "Spanish", "espagnol": the journalist's language named in the e-mail's. */
  private static String writtenIn(@Nullable String code, Language language) {
    return code == null
        ? Texts.in(language, "mail.language_unknown")
        : Labels.language(code, language.locale());
  }

  private static void line(StringBuilder body, String label, int width, String value) {
    body.append(label).append(" ".repeat(Math.max(1, width - label.length()))).append(value);
    body.append('\n');
  }
}
