package dev.directory.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VCardsTest {

  @Test
  void foldsLinesAt75OctetsNotAt75Characters() {
    String line = "NOTE:" + "Girón, Sebastián, Concepción, Valparaíso, Ñuñoa — ".repeat(4) + "😀.";

    String folded = VCards.foldAt75Octets("BEGIN:VCARD\r\n" + line + "\r\nEND:VCARD\r\n");

    for (String part : folded.split("\r\n")) {
      assertTrue(
          part.getBytes(StandardCharsets.UTF_8).length <= 75,
          part.getBytes(StandardCharsets.UTF_8).length + " octets: " + part);
    }
    assertEquals(
        "BEGIN:VCARD\r\n" + line + "\r\nEND:VCARD\r\n",
        folded.replace("\r\n ", ""),
        "unfolding gives back every character, none cut in two");
  }

  @Test
  void leavesShortLinesAlone() {
    assertEquals(
        "BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n",
        VCards.foldAt75Octets("BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n"));
  }
}
