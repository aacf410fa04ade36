package dev.directory.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.ValidationWarnings;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void givesAPersonsVCardWithNameOrganisationPhoneAndEMail() {
    HttpResponse<byte[]> response = get("/api/people/sebastian-mathews/vcard");

    assertEquals("text/vcard;charset=utf-8", response.getContentType().orElseThrow().toString());
    assertTrue(response.header("Content-Disposition").contains("sebastian-mathews.vcf"));
    VCard card = Ezvcard.parse(text(response)).first();
    assertEquals(VCardVersion.V4_0, card.getVersion());
    assertEquals("Sebastián Mathews", card.getFormattedName().getValue());
    assertEquals("Mathews", card.getStructuredName().getFamily());
    assertEquals(
        List.of("International Organization for Migration", "IOM Chile"),
        card.getOrganization().getValues());
    assertEquals("iomsantiagopress@iom.int", card.getEmails().get(0).getValue());
    assertEquals("+56 02 9633710", card.getTelephoneNumbers().get(0).getText());
  }

  @Test
  void givesAPositionsVCardWithItsMailboxPhoneAndWhoHoldsIt() {
    VCard card = Ezvcard.parse(text(get("/api/positions/iom-chile-press-contact/vcard"))).first();

    assertEquals("Press contact, IOM Chile", card.getFormattedName().getValue());
    assertEquals(List.of("IOM Chile"), card.getOrganization().getValues());
    assertEquals("iomsantiagopress@iom.int", card.getEmails().get(0).getValue());
    assertEquals("+56 02 9633710", card.getTelephoneNumbers().get(0).getText());
    assertTrue(
        card.getNotes().get(0).getValue().startsWith("Held by Sebastián Mathews on "),
        card.getNotes().get(0).getValue());
    assertTrue(
        card.validate(VCardVersion.V4_0).isEmpty(), card.validate(VCardVersion.V4_0)::toString);
  }

  @Test
  void exportsASearchAsCsvThatKeepsTheAccents() throws Exception {
    HttpResponse<byte[]> response = get("/api/search/export?format=csv&country=CL&sort=name");

    assertEquals("text/csv;charset=utf-8", response.getContentType().orElseThrow().toString());
    byte[] body = response.body();
    assertEquals((byte) 0xEF, body[0], "a UTF-8 byte-order mark, for spreadsheets");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text(response).substring(1)))
            .getRecords();
    long total = client.toBlocking().retrieve("/api/search?country=CL", SearchTotal.class).total();
    assertEquals(total, rows.size());
    CSVRecord giron =
        rows.stream().filter(r -> r.get("id").equals("norberto-giron")).findFirst().orElseThrow();
    assertEquals("Norberto Girón", giron.get("name"));
    assertEquals("Chile", giron.get("country"));
  }

  @Test
  void writesAPhoneNumberAsItIsWrittenWithoutAnApostrophe() throws Exception {
    String csv = text(get("/api/search/export?format=csv&q=mathews"));

    assertTrue(csv.contains(",+56 02 9633710,"), csv);
  }

  @Test
  void makesEveryOtherCellThatASpreadsheetWouldRunText() {
    assertEquals(
        "'=HYPERLINK(\"http://example.org\")", CsvRows.inert("=HYPERLINK(\"http://example.org\")"));
    assertEquals("'+cmd|' /C calc'!A0", CsvRows.inert("+cmd|' /C calc'!A0"));
    assertEquals("'@SUM(1)", CsvRows.inert("@SUM(1)"));
    assertEquals("'-2+3+cmd", CsvRows.inert("-2+3+cmd"));
    assertEquals("+56 9 1234 5678", CsvRows.inert("+56 9 1234 5678"));
    assertEquals("+1 (555) 010-0199", CsvRows.inert("+1 (555) 010-0199"));
  }

  @Test
  void exportsASearchAsOneVCardPerResult() {
    List<VCard> cards =
        Ezvcard.parse(text(get("/api/search/export?format=vcard&type=municipal_service"))).all();

    assertEquals(4, cards.size());
    assertTrue(
        cards.stream()
            .anyMatch(c -> c.getFormattedName().getValue().equals("Municipal Services of Arica")));
  }

  @Test
  void exportsEachPersonWithTheSameCardAsTheirOwnDownload() {
    String own = text(get("/api/people/sebastian-mathews/vcard"));
    String exported = text(get("/api/search/export?format=vcard&q=sebastian%20mathews"));

    assertTrue(exported.contains(own), exported);
    VCard card = Ezvcard.parse(own).first();
    assertEquals("Mathews", card.getStructuredName().getFamily());
    assertEquals(
        List.of("International Organization for Migration", "IOM Chile"),
        card.getOrganization().getValues());
  }

  @Test
  void exportsCardsThatEzVcardsValidatorFindsNothingWrongWith() {
    List<VCard> cards = Ezvcard.parse(text(get("/api/search/export?format=vcard"))).all();

    assertTrue(cards.size() >= 15, "every record of the seed: " + cards.size());
    for (VCard card : cards) {
      ValidationWarnings warnings = card.validate(VCardVersion.V4_0);
      assertTrue(warnings.isEmpty(), card.getFormattedName().getValue() + ": " + warnings);
    }
    VCard arica =
        cards.stream()
            .filter(c -> c.getFormattedName().getValue().equals("Municipal Services of Arica"))
            .findFirst()
            .orElseThrow();
    assertEquals("Región de Arica y Parinacota", arica.getAddresses().get(0).getRegion());
  }

  @Test
  void exportsANumberNotValidAsWrittenAsTextNotAsATelUri() {
    VCard card = Ezvcard.parse(text(get("/api/search/export?format=vcard&q=mathews"))).first();

    assertEquals("+56 02 9633710", card.getTelephoneNumbers().get(0).getText());
    assertEquals(null, card.getTelephoneNumbers().get(0).getUri());
  }

  @Test
  void refusesAnUnknownFormatOrABadSearchBeforeSendingAnything() {
    HttpClientResponseException format =
        assertThrows(HttpClientResponseException.class, () -> get("/api/search/export?format=xls"));
    HttpClientResponseException words =
        assertThrows(
            HttpClientResponseException.class,
            () -> get("/api/search/export?format=csv&q=" + twentyOneWords()));

    assertEquals(HttpStatus.BAD_REQUEST, format.getStatus());
    assertTrue(
        format
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains("format: “xls” is not a format; use one of csv, vcard"));
    assertEquals(HttpStatus.BAD_REQUEST, words.getStatus());
    assertTrue(
        words
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains("at most 20 are searched"));
  }

  @Test
  void saysTheFormatIsRequiredWhenItIsMissing() {
    HttpClientResponseException missing =
        assertThrows(HttpClientResponseException.class, () -> get("/api/search/export?q=giron"));

    assertEquals(HttpStatus.BAD_REQUEST, missing.getStatus());
    assertTrue(
        missing
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains("format: choose one of csv, vcard"));
  }

  private static String twentyOneWords() {
    return String.join(
        "%20", "abcdefghijklmnopqrstu".chars().mapToObj(c -> "word" + (char) c).toList());
  }

  private HttpResponse<byte[]> get(String uri) {
    return client.toBlocking().exchange(HttpRequest.GET(uri), byte[].class);
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @io.micronaut.serde.annotation.Serdeable
  record SearchTotal(long total) {}
}
