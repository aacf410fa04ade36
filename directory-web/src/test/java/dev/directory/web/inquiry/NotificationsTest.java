package dev.directory.web.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.inquiry.Inquiry;
import dev.directory.core.inquiry.InquiryStatus;
import dev.directory.core.inquiry.Reasons;
import dev.directory.web.language.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationsTest {

  private static final Inquiry INQUIRY =
      new Inquiry(
          "INQ-TEST0001",
          Instant.parse("2026-12-03T10:15:00Z"),
          "Test Reporter",
          "A test outlet",
          "reporter@example.org",
          "Migrants bloqués à Agadez",
          "Combien de personnes attendent ? Merci d'avance.",
          "fr",
          null,
          "iom-niger",
          null,
          new Reasons(
              List.of("“Agadez” is a region of Niger (GeoNames)."),
              List.of("«Agadez» es una región de Níger (GeoNames)."),
              List.of("«\u00a0Agadez\u00a0»\u00a0: région, Niger (GeoNames).")),
          InquiryStatus.NEW);

  @Test
  void writesToASpanishSpeakingOfficeInSpanishAndSaysTheInquiryIsInFrench() {
    String body = Notifications.body(INQUIRY, null, null, null, Language.ES);

    assertTrue(body.startsWith("tiene una consulta de prensa."), body);
    assertTrue(body.contains("Idioma:   Francés\n"), body);
    assertTrue(body.contains("Asunto:   Migrants bloqués à Agadez\n"), body);
    assertTrue(body.contains("\nCombien de personnes attendent ? Merci d'avance.\n"), body);
    assertTrue(body.contains("- «Agadez» es una región de Níger (GeoNames).\n"), body);
    assertEquals(
        "Consulta de prensa INQ-TEST0001: Migrants bloqués à Agadez",
        Notifications.subject(INQUIRY, Language.ES));
  }

  @Test
  void writesInEnglishWithTheLanguageOfTheInquiryNamed() {
    String body = Notifications.body(INQUIRY, null, null, null, Language.EN);

    assertTrue(
        body.contains("From:     Test Reporter, A test outlet <reporter@example.org>\n"), body);
    assertTrue(body.contains("Language: French\n"), body);
    assertTrue(body.contains("Why it came to you:\n- “Agadez” is a region of Niger (GeoNames).\n"));
  }
}
