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
 * Every phrase the router knows, by the keys of its words, and what each may mean: the directory's
 * own (countries, demonyms, organisations and their places, topics) in a word trie, and the world's
 * places beside it. Finding them in a text is one walk from each word, the longest phrase winning:
 * "IOM Chile" is the office, not the country; "Arica y Parinacota" the region, not the city; "New
 * Mexico" the state, not the country. Where a phrase of the directory is as long as a place of the
 * world, the directory's meaning is the one taken: a city that shares its name with a country or a
 * demonym is not counted twice, and the directory's own organisations stay the stronger evidence.
 */
final class Gazetteer {

  /** A phrase found in a text, as written there, with all it may mean. */
  record Mention(String written, int start, List<Sense> senses) {}

  private final Node root = new Node();
  private final WorldPlaces world;

  Gazetteer(WorldPlaces world) {
    this.world = world;
  }

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
    boolean headline = Words.headline(words);
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
      int longest = Math.min(words.size() - i, world.longestFrom(words.get(i).key()));
      for (int n = longest; n > (end < 0 ? 0 : end - i + 1); n--) {
        List<WorldPlaces.Place> places = world.named(text, words, i, i + n, headline);
        if (!places.isEmpty()) {
          end = i + n - 1;
          senses = places.stream().<Sense>map(Sense.WorldPlace::new).toList();
          break;
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
