package dev.directory.web.inquiry;

import dev.directory.core.contact.Email;
import dev.directory.core.country.Countries;
import dev.directory.core.inquiry.InquiryDesk;
import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.Problem;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a journalist sends, from the form on /press or as JSON. {@code website} is a trap for
 * robots: the form hides it from people, so a value there means a program filled every field.
 */
@Serdeable
@Introspected
public record InquiryForm(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = InquiryForm.NAME) @Nullable
        String name,
    @Schema(maxLength = InquiryForm.OUTLET) @Nullable String outlet,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            format = "email",
            maxLength = InquiryForm.EMAIL)
        @Nullable
        String email,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = InquiryForm.SUBJECT) @Nullable
        String subject,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = InquiryForm.MESSAGE) @Nullable
        String message,
    @Schema(description = "ISO 3166-1 alpha-2 code or name of the country the question is about")
        @Nullable
        String country,
    @Schema(description = "leave out: a value marks the sender as a robot") @Nullable
        String website) {

  static final int NAME = 200;
  static final int OUTLET = 200;
  static final int EMAIL = 254;
  static final int SUBJECT = 300;
  static final int MESSAGE = 10_000;

  private static final Pattern LINE_BREAK_OR_CONTROL = Pattern.compile("\\p{Cc}");
  private static final Pattern CONTROL_BUT_LINES_AND_TABS =
      Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

  public static InquiryForm empty() {
    return new InquiryForm(null, null, null, null, null, null, null);
  }

  /** Whether the hidden field a person never sees was filled. */
  boolean filledByRobot() {
    return website != null && !website.isBlank();
  }

  /** Every problem of the form, in the order of its fields; empty when it can be sent. */
  List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    line("name", "your name", name, NAME, true, problems);
    line("outlet", "your outlet", outlet, OUTLET, false, problems);
    if (line("email", "your e-mail address", email, EMAIL, true, problems)
        && !Email.isValid(email.strip())) {
      problems.add(
          problem(
              "email",
              "email.invalid",
              "“" + email.strip() + "” is not an e-mail address, such as name@example.org.",
              email.strip()));
    }
    line("subject", "a subject", subject, SUBJECT, true, problems);
    if (blank(message)) {
      problems.add(problem("message", "required", "Write your message."));
    } else if (message.strip().length() > MESSAGE) {
      problems.add(tooLong("message", MESSAGE, message.strip().length()));
    } else if (CONTROL_BUT_LINES_AND_TABS.matcher(message).find()) {
      problems.add(
          problem("message", "text.control", "The message holds control characters; remove them."));
    }
    if (!blank(country)) {
      try {
        Countries.parseCodeOrName(country);
      } catch (InvalidValue e) {
        Problem invalid = e.at("country");
        problems.add(
            new Problem("country", invalid.code(), invalid.args(), invalid.message() + "."));
      }
    }
    return problems;
  }

  /**
   * The checked form, trimmed, the e-mail normalised, the country as its code; call only when
   * {@link #problems()} is empty.
   */
  InquiryDesk.NewInquiry valid() {
    return new InquiryDesk.NewInquiry(
        name.strip(),
        blank(outlet) ? null : outlet.strip(),
        Email.normalize(email),
        subject.strip(),
        message.strip(),
        blank(country) ? null : Countries.parseCodeOrName(country));
  }

  /** Checks a one-line field; true when it holds a value that is neither too long nor broken. */
  private static boolean line(
      String field,
      String what,
      @Nullable String value,
      int max,
      boolean required,
      List<Problem> problems) {
    if (blank(value)) {
      if (required) {
        problems.add(problem(field, "required", "Give " + what + "."));
      }
      return false;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      problems.add(tooLong(field, max, stripped.length()));
      return false;
    }
    if (LINE_BREAK_OR_CONTROL.matcher(stripped).find()) {
      problems.add(problem(field, "text.multiline", "Keep " + what + " on one line."));
      return false;
    }
    return true;
  }

  private static Problem tooLong(String field, int max, int length) {
    return problem(
        field,
        "text.too_long",
        "At most " + max + " characters, please; this has " + length + ".",
        String.valueOf(length),
        String.valueOf(max));
  }

  /** A problem in words for the journalist who filled the form, with the code of its kind. */
  static Problem problem(String field, String code, String message, String... args) {
    return new Problem(field, code, List.of(args), message);
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
