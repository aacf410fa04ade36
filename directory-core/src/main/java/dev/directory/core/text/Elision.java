package dev.directory.core.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French elision: "de", "le", "la", "que", "ne" and "se" lose their vowel before a word that begins
 * with one ("contact presse d’IOM Chile", "l’OIM", "qu’Amnesty"). The words of a sentence are known
 * only once its names are put in, so the sentence's pattern is elided for its arguments. Before h,
 * where French elides for some words and not others, nothing is elided.
 */
public final class Elision {

  private static final Pattern BEFORE_ARGUMENT =
      Pattern.compile("(?<![\\p{L}’'])(de|le|la|que|ne|se|De|Le|La|Que)[ \\u00a0]\\{(\\d+)\\}");

  private static final Pattern ENDS_IN_ELIDING_WORD =
      Pattern.compile("(?:^|(?<=[\\s\\u00a0]))(de|le|la|que|ne|se)$", Pattern.CASE_INSENSITIVE);

  private Elision() {}

  /**
   * A {@link java.text.MessageFormat} pattern with each "de {0}" written "d’{0}" where its argument
   * begins with a vowel; other languages' patterns as they are.
   */
  public static String pattern(String pattern, Locale language, Object... arguments) {
    if (!language.getLanguage().equals("fr") || pattern.indexOf('{') < 0) {
      return pattern;
    }
    Matcher matcher = BEFORE_ARGUMENT.matcher(pattern);
    StringBuilder elided = new StringBuilder();
    while (matcher.find()) {
      int index = Integer.parseInt(matcher.group(2));
      String word = matcher.group(1);
      boolean elides =
          index < arguments.length
              && arguments[index] != null
              && beginsWithVowel(arguments[index].toString());
      String replacement =
          elides ? word.substring(0, word.length() - 1) + "’{" + index + "}" : matcher.group(0);
      matcher.appendReplacement(elided, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(elided);
    return elided.toString();
  }

  /**
   * {@code words} followed by {@code next}'s separation: "contact presse d’" before "IOM Chile" in
   * French, else the words and a space.
   */
  public static String before(String words, String next, Locale language) {
    String trimmed = words.stripTrailing();
    if (language.getLanguage().equals("fr") && beginsWithVowel(next)) {
      Matcher matcher = ENDS_IN_ELIDING_WORD.matcher(trimmed);
      if (matcher.find()) {
        return trimmed.substring(0, trimmed.length() - 1) + "’";
      }
    }
    return trimmed + " ";
  }

  static boolean beginsWithVowel(String word) {
    String first = word.isEmpty() ? "" : Folding.fold(word.substring(0, 1));
    return !first.isEmpty() && "aeiou".indexOf(first.charAt(0)) >= 0;
  }
}
