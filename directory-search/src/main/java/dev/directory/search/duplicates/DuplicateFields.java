package dev.directory.search.duplicates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * What the index keeps of each record for finding its duplicates: its {@link Traits} as doc values,
 * its blocking keys (records sharing one are compared; no other pairs are) and its counted terms
 * (how many records share a name word, an organisation or a country, for the weight of agreeing on
 * it).
 */
public final class DuplicateFields {

  static final String TRAITS = "dup_traits";
  static final String PERSON_KEYS = "dup_person_key";
  static final String ORGANIZATION_KEYS = "dup_organization_key";
  static final String PERSON_TERMS = "dup_person_term";
  static final String ORGANIZATION_TERMS = "dup_organization_term";

  private DuplicateFields() {}

  public static void addTo(Document document, Traits traits) {
    document.add(new BinaryDocValuesField(TRAITS, new BytesRef(traits.encode())));
    boolean person = traits.record() == Traits.Kind.PERSON;
    for (String key : keys(traits)) {
      document.add(new StringField(person ? PERSON_KEYS : ORGANIZATION_KEYS, key, Field.Store.NO));
    }
    for (String term : terms(traits)) {
      document.add(
          new StringField(person ? PERSON_TERMS : ORGANIZATION_TERMS, term, Field.Store.NO));
    }
  }

  static String keysField(Traits.Kind kind) {
    return kind == Traits.Kind.PERSON ? PERSON_KEYS : ORGANIZATION_KEYS;
  }

  static String termsField(Traits.Kind kind) {
    return kind == Traits.Kind.PERSON ? PERSON_TERMS : ORGANIZATION_TERMS;
  }

  /**
   * The blocks a record is in. A person: each e-mail and phone; each pair of name words by their
   * first four letters, in either order (so "María Elena Santos" meets "Maria E. Santos Pérez", and
   * "Santos María" meets both); the first initial with each family word ("M. Santos"). An
   * organisation: each e-mail and phone, each whole name, and the first four letters of each name's
   * words, in sorted order ("Departament of Migration" meets "Department of Migration").
   */
  static Set<String> keys(Traits traits) {
    Set<String> keys = new LinkedHashSet<>();
    traits.emails().forEach(email -> keys.add("e:" + email));
    traits.phones().stream().filter(phone -> phone.length() >= 6).forEach(p -> keys.add("p:" + p));
    if (traits.record() == Traits.Kind.PERSON) {
      List<String> words = new ArrayList<>();
      for (String token : concat(traits.given(), traits.family())) {
        if (!NameTokens.isInitial(token)) {
          words.add(NameTokens.stem(token));
        }
      }
      for (int i = 0; i < words.size(); i++) {
        for (int j = i + 1; j < words.size(); j++) {
          String a = words.get(i);
          String b = words.get(j);
          if (!a.equals(b)) {
            keys.add("k:" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a));
          }
        }
      }
      if (!traits.given().isEmpty()) {
        char initial = traits.given().get(0).charAt(0);
        for (String family : traits.family()) {
          if (!NameTokens.isInitial(family)) {
            keys.add("i:" + initial + "|" + NameTokens.stem(family));
          }
        }
      }
    } else {
      for (String name : traits.names()) {
        keys.add("n:" + name);
        keys.add(
            "s:"
                + String.join(
                    " ", NameTokens.of(name).stream().map(NameTokens::stem).sorted().toList()));
      }
    }
    return keys;
  }

  /** The terms counted for the weight of an agreement: name words, organisation, country, kind. */
  static Set<String> terms(Traits traits) {
    Set<String> terms = new LinkedHashSet<>();
    concat(traits.given(), traits.family()).forEach(token -> terms.add(word(token)));
    traits.names().forEach(name -> terms.add(wholeName(name)));
    if (traits.above() != null) {
      terms.add(above(traits.above()));
    }
    if (traits.country() != null) {
      terms.add(country(traits.country()));
    }
    if (traits.kind() != null) {
      terms.add(kind(traits.kind()));
    }
    return terms;
  }

  static String word(String token) {
    return "w:" + token;
  }

  static String wholeName(String name) {
    return "n:" + name;
  }

  static String above(String id) {
    return "a:" + id;
  }

  static String country(String code) {
    return "c:" + code;
  }

  static String kind(String code) {
    return "t:" + code;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
