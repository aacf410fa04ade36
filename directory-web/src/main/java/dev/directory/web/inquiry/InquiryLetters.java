package dev.directory.web.inquiry;

import dev.directory.core.inquiry.Inquiry;
import dev.directory.core.inquiry.InquiryEvent;
import dev.directory.core.inquiry.InquiryMail;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.web.language.Language;
import dev.directory.web.mail.MailDelivery;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The inquiry desk's e-mails, in the working language of the office that answers (else English).
 */
@Singleton
record InquiryLetters(MissionOffices offices, MailDelivery delivery) implements InquiryMail {

  @Override
  public Letter compose(
      Inquiry inquiry,
      @Nullable Person contact,
      @Nullable Organization office,
      @Nullable InquiryEvent handedOver) {
    Language language =
        inquiry.officeId() == null
            ? Language.EN
            : offices
                .find(inquiry.officeId())
                .flatMap(found -> Language.parse(found.workingLanguage()))
                .orElse(Language.EN);
    return new Letter(
        Notifications.subject(inquiry, language),
        Notifications.body(inquiry, contact, office, handedOver, language));
  }

  @Override
  public void sendSoon() {
    delivery.deliverSoon();
  }
}
