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

  @Test
  void keepsAnInquiryWithItsRoutingReasonsAndTheFirstStepOfItsHistory() throws Exception {
    importer.importFrom(Path.of("..", "data"));
    Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Inquiry inquiry =
        new Inquiry(
            "inq-1",
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
            List.of("'Chile' names a country", "IOM Chile answers for Chile"),
            InquiryStatus.NEW);

    transactions.executeWrite(
        status -> {
          inquiries.create(inquiry);
          return null;
        });

    assertEquals(inquiry, inquiries.find("inq-1").orElseThrow());
    assertEquals(
        List.of(new InquiryEvent(received, InquiryStatus.NEW, null)), inquiries.history("inq-1"));
  }
}
