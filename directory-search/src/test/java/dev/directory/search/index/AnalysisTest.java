package dev.directory.search.index;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneNumbers;
import dev.directory.core.contact.PhoneType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The token output of each field's analysis. */
class AnalysisTest {

  private final Analyzer analyzer = Analysis.perField();

  @Test
  void foldsAccentsAndCaseInNamesWithoutStemming() throws IOException {
    assertEquals(List.of("norberto", "giron"), tokens(IndexFields.NAME, "Norberto Girón"));
    assertEquals(List.of("sebastian"), tokens(IndexFields.NAME, "SEBASTIÁN"));
    assertEquals(List.of("santos"), tokens(IndexFields.NAME, "Santos"));
    assertEquals(
        List.of("region", "de", "tarapaca"), tokens(IndexFields.PLACE, "Región de Tarapacá"));
  }

  @Test
  void stemsTitlesLightlyInEnglishSpanishAndFrenchAtOnePosition() throws IOException {
    assertEquals(List.of("chiefs", "chief"), tokens(IndexFields.TITLE, "Chiefs"));
    assertEquals(
        List.of("trabajadores", "trabajadore", "trabajador"),
        tokens(IndexFields.TOPIC, "trabajadores"));
    assertEquals(List.of("centres", "centre", "centr"), tokens(IndexFields.TOPIC, "centres"));
    assertEquals(List.of("1", "0", "0"), positions(IndexFields.TOPIC, "centres"));
  }

  @Test
  void keepsAWordAloneWhenNoStemmerChangesIt() throws IOException {
    assertEquals(List.of("of"), tokens(IndexFields.TITLE, "of"));
  }

  @Test
  void indexesEveryBeginningOfEveryWordForTypeAhead() throws IOException {
    assertEquals(
        List.of("m", "mi", "min", "mins", "minsa", "minsal"),
        tokens(IndexFields.SUGGEST, "MINSAL"));
  }

  @Test
  void splitsAnEmailIntoItsLocalPartAndDomain() throws IOException {
    assertEquals(
        List.of("iomsantiagopress", "iom.int"),
        tokens(IndexFields.EMAIL, "iomsantiagopress@iom.int"));
  }

  @Test
  void indexesEveryDigitFormOfAPhoneAsOverlappingRunsOfFour() throws IOException {
    Phone phone = PhoneNumbers.read(PhoneType.WORK, "+56 02 9633710", "CL");

    Set<String> forms = PhoneDigits.forms(phone, "CL");

    assertEquals(Set.of("56029633710", "29633710"), forms);
    assertEquals(
        List.of(
            "5602", "6029", "0296", "2963", "9633", "6337", "3371", "3710", // as written
            "2963", "9633", "6337", "3371", "3710"), // national
        tokens(IndexFields.PHONE, "56029633710 29633710"));
  }

  @Test
  void readsTheNationalDigitsOfAValidNumberAsLibphonenumberDoes() {
    for (String[] number :
        new String[][] {
          {"+56 2 2963 3710", "CL"}, {"+39 06 6988 4567", "IT"}, {"+1 212 555 0147", "US"}
        }) {
      Phone phone = PhoneNumbers.read(PhoneType.WORK, number[0], number[1]);
      assertTrue(phone.isValid(), number[0]);
      String national =
          Long.toString(
              assertDoesNotThrow(
                  () ->
                      PhoneNumberUtil.getInstance().parse(phone.e164(), null).getNationalNumber()));

      assertEquals(
          Set.of(phone.e164().substring(1), national), PhoneDigits.forms(phone, number[1]));
    }
  }

  @Test
  void readsTheDigitsOfAQueryWithAndWithoutCountryCodeAndTrunkZero() {
    assertEquals(Set.of("5629633710", "29633710"), PhoneDigits.queryForms("+56 2 963 3710"));
    assertEquals(Set.of("029633710", "29633710"), PhoneDigits.queryForms("02-963-3710"));
    assertEquals(Set.of(), PhoneDigits.queryForms("963"));
  }

  private List<String> tokens(String field, String text) {
    return Analysis.terms(analyzer, field, text);
  }

  private List<String> positions(String field, String text) throws IOException {
    List<String> increments = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        increments.add(Integer.toString(position.getPositionIncrement()));
      }
      stream.end();
    }
    return increments;
  }
}
