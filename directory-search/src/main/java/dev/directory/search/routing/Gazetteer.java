package dev.directory.search.routing;

import dev.directory.search.routing.Words.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every phrase the router knows, by the keys of its words, and what each may mean. Finding them in
 * a text is one walk of a word trie from each word, the longest phrase winning: "IOM Chile" is the
 * office, not the country; "Arica y Parinacota" the region, not the city.
 */
final class Gazetteer {

  /** A phrase found in a text, as written there, with all it may mean. */
  record Mention(String written, int start, List<Sense> senses) {}

  private final Node root = new Node();

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final Set<Sense> senses = new LinkedHashSet<>(2);
    final Set<Sense> acronymSenses = new LinkedHashSet<>(1);
  }

  /**
   * Adds a phrase and one of its meanings. A phrase written in capitals only (an acronym such as
   * MINSAL or RDC) is recognised only where the text does not write it in small letters, so "dem"
   * in a sentence is not the DEM.
   */
  void add(String phrase, Sense sense) {
    List<String> keys = Words.keys(phrase);
    if (keys.isEmpty()) {
      return;
    }
    Node node = root;
    for (String key : keys) {
      node = node.next.computeIfAbsent(key, k -> new Node());
    }
    boolean acronym =
        phrase.length() > 1
            && phrase.equals(phrase.toUpperCase(Locale.ROOT))
            && !phrase.equals(phrase.toLowerCase(Locale.ROOT));
    (acronym ? node.acronymSenses : node.senses).add(sense);
  }

  /** The phrases of the text, left to right, each word in at most one. */
  List<Mention> find(String text) {
    List<Word> words = Words.read(text);
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int end = -1;
      List<Sense> senses = List.of();
      Node node = root;
      for (int j = i; j < words.size(); j++) {
        node = node.next.get(words.get(j).key());
        if (node == null) {
          break;
        }
        List<Sense> here = sensesFor(node, words.subList(i, j + 1));
        if (!here.isEmpty()) {
          end = j;
          senses = here;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      Word first = words.get(i);
      String written = text.substring(first.start(), words.get(end).end());
      mentions.add(new Mention(written, first.start(), senses));
      i = end + 1;
    }
    return mentions;
  }

  private static List<Sense> sensesFor(Node node, List<Word> written) {
    if (node.acronymSenses.isEmpty() || written.stream().allMatch(Word::lowerCase)) {
      return List.copyOf(node.senses);
    }
    List<Sense> all = new ArrayList<>(node.senses);
    all.addAll(node.acronymSenses);
    return all;
  }
}
