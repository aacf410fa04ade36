package dev.directory.core.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.core.importing.CsvImporter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class InquiriesTest {

  @Inject CsvImporter importer;
  @Inject Inquiries inquiries;
  @Inject TransactionOperations<Connection> transactions;

  private final Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Test
  void keepsAnInquiryWithItsRoutingReasonsAndTheFirstStepOfItsHistory() throws Exception {
    importer.importFrom(Path.of("..", "data"));
    Inquiry inquiry = inquiry("inq-1");

    inTransaction(() -> inquiries.create(inquiry));

    assertEquals(inquiry, inquiries.find("inq-1").orElseThrow());
    assertEquals(
        List.of(
            new InquiryEvent(
                received,
                InquiryEvent.Kind.RECEIVED,
                InquiryStatus.NEW,
                "iom-chile",
                "sebastian-mathews",
                null,
                null)),
        inquiries.history("inq-1"));
  }

  @Test
  void keepsEachStepAndListsTheQueueByStatusAndOffice() throws Exception {
    importer.importFrom(Path.of("..", "data"));
    Inquiry inquiry = inquiry("inq-2");
    inTransaction(() -> inquiries.create(inquiry));
    Inquiry moved = inquiry.withAssignment("iom", null, InquiryStatus.ASSIGNED);
    InquiryEvent step =
        new InquiryEvent(
            received.plusSeconds(60),
            InquiryEvent.Kind.REASSIGNED,
            InquiryStatus.ASSIGNED,
            "iom",
            null,
            "About all offices",
            "editor");

    inTransaction(() -> inquiries.update(moved, step));

    assertEquals(step, inquiries.history("inq-2").get(1));
    assertEquals(List.of(moved), inquiries.list(InquiryStatus.ASSIGNED, "iom", 10, 0));
    assertEquals(List.of(), inquiries.list(InquiryStatus.NEW, "iom", 10, 0));
    assertEquals(1, inquiries.count(InquiryStatus.ASSIGNED, null));
  }

  private void inTransaction(Runnable work) {
    transactions.executeWrite(
        status -> {
          work.run();
          return null;
        });
  }

  private Inquiry inquiry(String id) {
    return new Inquiry(
        id,
        received,
        "A journalist",
        "An outlet",
        "desk@example.org",
        "Request for comment",
        "Request for comment on the new migration law in Chile",
        "en",
        "CL",
        "iom-chile",
        "sebastian-mathews",
        new Reasons(
            List.of("“Chile” is Chile.", "IOM Chile answers for Chile."),
            List.of("«Chile» es Chile.", "OIM Chile atiende Chile."),
            List.of("« Chile » est le Chili.", "L’OIM Chili répond pour le Chili.")),
        InquiryStatus.NEW);
  }
}
