package dev.directory.core.inquiry;

import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import io.micronaut.core.annotation.Nullable;

/**
 * The e-mail that tells an inquiry's contact about it, in words the module that speaks the pages'
 * languages chooses; the desk stores it in the outbox and asks for it to be sent once committed.
 */
public interface InquiryMail {

  /** An e-mail's subject and text. */
  record Letter(String subject, String body) {}

  /**
   * @param handedOver the step by which staff handed the inquiry on, or null for its routing
   */
  Letter compose(
      Inquiry inquiry,
      @Nullable Person contact,
      @Nullable Organization office,
      @Nullable InquiryEvent handedOver);

  /** Sends what the outbox holds soon, off the caller's thread; called after a commit. */
  void sendSoon();
}
