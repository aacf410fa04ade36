package dev.directory.web.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundles of {@code src/main/resources/i18n} against each other and against the pages: every
 * key in every language (and a Spanish and French text for every problem code and word), every key
 * used, no template writing words of its own.
 */
class BundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/i18n");
  private static final Path TEMPLATES = Path.of("src/main/jte");
  private static final Path SOURCES = Path.of("src/main/java");

  /** Words a template may show as they are, in every language. */
  private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("API", "CSV", "vCards", "ms");

  /** Problems in Spanish and French; in English, each problem code writes its own text. */
  private static final String PROBLEM = "problem.";

  private static final Pattern LITERAL = Pattern.compile("\"([a-z0-9_.]+)\"");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’'-]+");
  private static final Pattern SHOWN_ATTRIBUTE =
      Pattern.compile("(?:aria-label|placeholder|title|alt)=\"([^\"$]*)\"");

  @Test
  void everyBundleHasEveryKey() throws IOException {
    Map<String, Set<String>> missing = new TreeMap<>();
    Set<String> all = new TreeSet<>();
    for (Language language : Language.values()) {
      all.addAll(bundle(language).stringPropertyNames());
    }
    all.addAll(problemKeys());
    for (Language language : Language.values()) {
      Set<String> lacking = new TreeSet<>(all);
      lacking.removeAll(bundle(language).stringPropertyNames());
      if (language == Language.EN) {
        lacking.removeIf(key -> key.startsWith(PROBLEM)); // English is the core's own
      }
      if (!lacking.isEmpty()) {
        missing.put(language.code(), lacking);
      }
    }
    assertEquals(Map.of(), missing, "keys missing from a bundle");
  }

  @Test
  void everyKeyIsUsedByAPageOrTheCode() throws IOException {
    Set<String> literals = new TreeSet<>();
    for (Path root : List.of(TEMPLATES, SOURCES)) {
      for (Path file : files(root)) {
        Matcher literal = LITERAL.matcher(Files.readString(file));
        while (literal.find()) {
          literals.add(literal.group(1));
        }
      }
    }
    Set<String> unused = new TreeSet<>();
    Set<String> problems = problemKeys();
    Set<String> keys = new TreeSet<>(bundle(Language.ES).stringPropertyNames());
    keys.addAll(bundle(Language.EN).stringPropertyNames());
    for (String key : keys) {
      if (key.startsWith(PROBLEM)) {
        if (!problems.contains(key)) {
          unused.add(key);
        }
        continue;
      }
      boolean used =
          literals.contains(key)
              || literals.stream().anyMatch(l -> l.endsWith(".") && key.startsWith(l));
      if (!used) {
        unused.add(key);
      }
    }
    assertEquals(Set.of(), unused, "keys no template or class uses");
  }

  /** A text for every problem code and every word a problem names. */
  private static Set<String> problemKeys() {
    Set<String> keys = new TreeSet<>();
    for (ProblemCode code : ProblemCode.values()) {
      keys.add(PROBLEM + code.code());
    }
    for (ProblemWord word : ProblemWord.values()) {
      keys.add(PROBLEM + "word." + word.code());
    }
    return keys;
  }

  @Test
  void noTextWritesAnApostropheThatWouldQuoteItsArguments() throws IOException {
    List<String> quoting = new ArrayList<>();
    for (Language language : Language.values()) {
      Properties bundle = bundle(language);
      for (String key : bundle.stringPropertyNames()) {
        if (bundle.getProperty(key).contains("'")) {
          quoting.add(language.code() + ": " + key);
        }
      }
    }
    assertEquals(List.of(), quoting, "write ’ instead of ' (MessageFormat quotes with ')");
  }

  @Test
  void templatesShowNoWordsOutsideTheBundles() throws IOException {
    Map<String, Set<String>> literal = new TreeMap<>();
    for (Path file : files(TEMPLATES)) {
      String name = TEMPLATES.relativize(file).toString();
      Set<String> words = new TreeSet<>();
      String text = withoutCode(Files.readString(file));
      Matcher attribute = SHOWN_ATTRIBUTE.matcher(text);
      while (attribute.find()) {
        words.addAll(words(attribute.group(1)));
      }
      words.addAll(words(text.replaceAll("<[^>]*>", " ")));
      words.removeAll(SAME_IN_EVERY_LANGUAGE);
      if (!words.isEmpty()) {
        literal.put(name, words);
      }
    }
    assertEquals(Map.of(), literal, "words written in templates instead of the bundles");
  }

  /** The template without its comments, directives, expressions and code. */
  static String withoutCode(String template) {
    String text = template.replaceAll("(?s)<%--.*?--%>", " ");
    StringBuilder kept = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '$' || c == '!') && text.indexOf('{', i) == i + 1
          || text.startsWith("$unsafe{", i)) {
        i = skipBalanced(text, text.indexOf('{', i), '{', '}');
      } else if (c == '@' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
        int j = i + 1;
        while (j < text.length()
            && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.')) {
          j++;
        }
        String directive = text.substring(i + 1, j);
        if (directive.equals("import") || directive.equals("param")) {
          int end = text.indexOf('\n', j);
          i = end < 0 ? text.length() : end;
        } else if (directive.startsWith("template.")
            && j < text.length()
            && text.charAt(j) == '(') {
          int end = skipBalanced(text, j, '(', ')');
          kept.append(' ').append(arguments(text.substring(j + 1, end - 1)));
          i = end;
        } else if (j < text.length() && text.charAt(j) == '(') {
          i = skipBalanced(text, j, '(', ')');
        } else {
          i = j;
        }
        kept.append(' ');
      } else {
        kept.append(c);
        i++;
      }
    }
    return kept.toString();
  }

  /**
   * What a call of another template shows: its content blocks ({@code @`…`}), read as template
   * text, and its string arguments that are words ({@code label = "Outlet"}) rather than names
   * ({@code name = "outlet"}).
   */
  private static String arguments(String code) {
    StringBuilder shown = new StringBuilder();
    int i = 0;
    while (i < code.length()) {
      if (code.startsWith("@`", i)) {
        int end = code.lastIndexOf('`');
        shown.append(withoutCode(code.substring(i + 2, end))).append(' ');
        i = end + 1;
      } else if (code.charAt(i) == '"') {
        int end = code.indexOf('"', i + 1);
        String literal = code.substring(i + 1, end < 0 ? code.length() : end);
        if (!literal.matches("[a-z0-9_.-]*")) {
          shown.append(literal).append(' ');
        }
        i = end < 0 ? code.length() : end + 1;
      } else {
        i++;
      }
    }
    return shown.toString();
  }

  private static int skipBalanced(String text, int open, char opening, char closing) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        i = text.indexOf('"', i + 1);
        if (i < 0) {
          return text.length();
        }
      } else if (c == opening) {
        depth++;
      } else if (c == closing && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static Set<String> words(String text) {
    Set<String> words = new TreeSet<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words.add(word.group());
    }
    return words;
  }

  private static Properties bundle(Language language) throws IOException {
    Properties bundle = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            BUNDLES.resolve("messages_" + language.code() + ".properties"),
            StandardCharsets.UTF_8)) {
      bundle.load(reader);
    }
    return bundle;
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
