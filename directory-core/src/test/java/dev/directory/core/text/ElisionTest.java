package dev.directory.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ElisionTest {

  @Test
  void elidesDeAndLeBeforeANameThatBeginsWithAVowel() {
    assertEquals(
        "Le poste « Presse » d’IOM Chile est vacant.",
        french("Le poste « {1} » de {0} est vacant.", "IOM Chile", "Presse"));
    assertEquals("Voir l’OIM ou l’Élysée", french("Voir le {0} ou la {1}", "OIM", "Élysée"));
    assertEquals("parce qu’Amnesty", french("parce que {0}", "Amnesty"));
  }

  @Test
  void keepsTheWordBeforeAConsonantAHOrADigit() {
    assertEquals(
        "le poste de Santiago, de Haïti, de 12",
        french("le poste de {0}, de {1}, de {2}", "Santiago", "Haïti", "12"));
    assertEquals("reçue le 2026-12-07", french("reçue le {0}", "2026-12-07"));
    assertEquals("Occupé par Ana", french("Occupé par {0}", "Ana"), "only the eliding words");
  }

  @Test
  void leavesOtherLanguagesAsTheyAre() {
    assertEquals("contacto de {0}", Elision.pattern("contacto de {0}", new Locale("es"), "IOM"));
  }

  @Test
  void joinsWordsToTheNameThatFollowsThem() {
    assertEquals(
        "contact presse d’", Elision.before("contact presse de", "IOM Chile", Locale.FRENCH));
    assertEquals(
        "contact presse de ", Elision.before("contact presse de", "Ministère", Locale.FRENCH));
    assertEquals("press contact of ", Elision.before("press contact of", "IOM", Locale.ENGLISH));
    assertEquals(
        "grande ", Elision.before("grande", "OIM", Locale.FRENCH), "not a word that elides");
  }

  private static String french(String pattern, Object... arguments) {
    return new MessageFormat(Elision.pattern(pattern, Locale.FRENCH, arguments), Locale.FRENCH)
        .format(arguments);
  }
}
