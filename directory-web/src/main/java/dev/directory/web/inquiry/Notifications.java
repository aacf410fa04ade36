package dev.directory.web.inquiry;

import dev.directory.core.inquiry.Inquiry;
import dev.directory.core.inquiry.InquiryEvent;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.web.page.Times;
import io.micronaut.core.annotation.Nullable;

/** The text of the e-mail that hands an inquiry to its contact. */
final class Notifications {

  private Notifications() {}

  /**
   * @param handedOver the step by which staff handed the inquiry on, or null for its routing
   */
  static String body(
      Inquiry inquiry,
      @Nullable Person contact,
      @Nullable Organization office,
      @Nullable InquiryEvent handedOver) {
    StringBuilder body = new StringBuilder();
    body.append(contact != null ? "Dear " + contact.fullName() + ",\n\n" : "");
    body.append("a press inquiry is for you")
        .append(office != null ? " (" + office.name() + ")" : "")
        .append(". Replying to this e-mail answers the journalist.\n\n");
    body.append("From:     ").append(inquiry.name());
    if (inquiry.outlet() != null) {
      body.append(", ").append(inquiry.outlet());
    }
    body.append(" <").append(inquiry.email()).append(">\n");
    body.append("Received: ").append(Times.utc(inquiry.receivedAt())).append('\n');
    body.append("Subject:  ").append(inquiry.subject()).append("\n\n");
    body.append(inquiry.message()).append("\n\n");
    if (handedOver != null) {
      body.append("It was handed to you")
          .append(handedOver.actor() != null ? " by " + handedOver.actor() : "")
          .append(handedOver.note() != null ? ": " + handedOver.note() : ".")
          .append("\n\nHow it was first routed:\n");
    } else {
      body.append("Why it came to you:\n");
    }
    inquiry.reasons().forEach(reason -> body.append("- ").append(reason).append('\n'));
    body.append("\nReference ")
        .append(inquiry.id())
        .append("; its page in the directory: /inquiries/")
        .append(inquiry.id())
        .append('\n');
    return body.toString();
  }
}
