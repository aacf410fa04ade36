package dev.directory.search.duplicates;

import dev.directory.search.duplicates.Agreement.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Scores a pair of records in the manner of Fellegi and Sunter's record linkage: each field that
 * agrees adds log₂(m/u) bits, where m is how often it agrees between two entries of one record
 * (fixed below, for entries typed by people) and u how often it agrees by chance (the share of
 * records with that value, read from the index); each field that disagrees adds log₂((1−m)/(1−u)),
 * which is negative. Fields one of the two lacks add nothing. The score is their sum less the prior
 * ({@link Likeness#score}).
 */
final class Scoring {

  // m: how often two entries of one person agree on the field
  private static final double M_NAME = 0.9;
  private static final double M_EMAIL = 0.6;
  private static final double M_PHONE = 0.6;
  private static final double M_ORGANIZATION = 0.6;
  private static final double M_COUNTRY = 0.95;

  // A typo costs this much of an exact agreement's weight; an initial is worth this much.
  private static final double TYPO_PENALTY = 3;
  private static final double INITIAL_WEIGHT = 3;

  // Contact points are shared (a switchboard, a role mailbox) more than their counts tell.
  private static final double CONTACT_CAP = 12;
  private static final double ORGANIZATION_CAP = 6;
  private static final double COUNTRY_CAP = 4;

  // A mailbox or switchboard more records share than two entries of one person: a role's.
  private static final double SHARED_CONTACT = 1;

  private static final double FAMILY_DIFFERENT = -10;
  private static final double GIVEN_DIFFERENT = -6;
  private static final double NAME_DIFFERENT = -8;
  private static final double EMAIL_DIFFERENT = -1.5;
  private static final double PHONE_DIFFERENT = -1.5;
  private static final double ORGANIZATION_DIFFERENT = -1;
  private static final double PARENT_DIFFERENT = -3;
  private static final double COUNTRY_DIFFERENT = -10;
  private static final double KIND_DIFFERENT = -2;

  private Scoring() {}

  static Likeness compare(Traits a, Traits b, Frequencies frequencies) {
    return a.record() == Traits.Kind.PERSON
        ? people(a, b, frequencies)
        : organizations(a, b, frequencies);
  }

  private static Likeness people(Traits a, Traits b, Frequencies f) {
    List<Agreement> agreements = new ArrayList<>();
    List<Agreement> straight =
        Arrays.asList(
            words("family_name", a.family(), b.family(), f, FAMILY_DIFFERENT, false),
            words("given_name", a.given(), b.given(), f, GIVEN_DIFFERENT, true));
    List<Agreement> crossed =
        Arrays.asList(
            words("family_name", a.family(), b.given(), f, FAMILY_DIFFERENT, true),
            words("given_name", a.given(), b.family(), f, GIVEN_DIFFERENT, true));
    if (sum(crossed) > sum(straight) + 1 && crossed.stream().allMatch(Scoring::agrees)) {
      crossed.stream().map(Scoring::swapped).forEach(agreements::add);
    } else {
      straight.stream().filter(Objects::nonNull).forEach(agreements::add);
    }
    contacts(a, b, f, agreements);
    if (a.above() != null && b.above() != null) {
      if (a.above().equals(b.above())) {
        agreements.add(
            new Agreement(
                "organization",
                Level.SAME,
                bits(M_ORGANIZATION, f.above(a.above()), ORGANIZATION_CAP),
                a.above(),
                b.above()));
      } else {
        agreements.add(
            new Agreement(
                "organization", Level.DIFFERENT, ORGANIZATION_DIFFERENT, a.above(), b.above()));
        country(a, b, f, agreements, -3);
      }
    } else {
      country(a, b, f, agreements, -3);
    }
    return Likeness.of(agreements, f.records());
  }

  private static Likeness organizations(Traits a, Traits b, Frequencies f) {
    List<Agreement> agreements = new ArrayList<>();
    String shared = a.names().stream().filter(b.names()::contains).findFirst().orElse(null);
    if (shared != null) {
      agreements.add(
          new Agreement(
              "name",
              Level.SAME,
              bits(M_NAME, f.wholeName(shared), Double.MAX_VALUE),
              a.name(),
              b.name()));
    } else if (similarNames(a, b)) {
      agreements.add(new Agreement("name", Level.SIMILAR, 8, a.name(), b.name()));
    } else {
      agreements.add(new Agreement("name", Level.DIFFERENT, NAME_DIFFERENT, a.name(), b.name()));
    }
    contacts(a, b, f, agreements);
    if (a.above() != null && b.above() != null) {
      agreements.add(
          a.above().equals(b.above())
              ? new Agreement(
                  "parent", Level.SAME, bits(0.8, f.above(a.above()), 6), a.above(), b.above())
              : new Agreement("parent", Level.DIFFERENT, PARENT_DIFFERENT, a.above(), b.above()));
    }
    country(a, b, f, agreements, COUNTRY_DIFFERENT);
    if (a.kind() != null && b.kind() != null) {
      agreements.add(
          a.kind().equals(b.kind())
              ? new Agreement(
                  "kind", Level.SAME, bits(0.95, f.kind(a.kind()), COUNTRY_CAP), a.kind(), b.kind())
              : new Agreement("kind", Level.DIFFERENT, KIND_DIFFERENT, a.kind(), b.kind()));
    }
    return Likeness.of(agreements, f.records());
  }

  /** The same words in another order or with a slip ("Ministerio de Salud" / "Minsterio Salud"). */
  private static boolean similarNames(Traits a, Traits b) {
    for (String left : a.names()) {
      for (String right : b.names()) {
        List<String> l = NameTokens.of(left).stream().sorted().toList();
        List<String> r = NameTokens.of(right).stream().sorted().toList();
        if (l.equals(r) || (l.size() == r.size() && allTypos(l, r))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean allTypos(List<String> left, List<String> right) {
    int slips = 0;
    for (int i = 0; i < left.size(); i++) {
      if (!left.get(i).equals(right.get(i))) {
        if (!NameTokens.typo(left.get(i), right.get(i)) || ++slips > 1) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Two lists of name words: the same word (the rarest shared counts, each further one half), else
   * a slip, else (for given names) an initial, else different; null when either has none.
   */
  private static Agreement words(
      String field,
      List<String> left,
      List<String> right,
      Frequencies f,
      double different,
      boolean initials) {
    if (left.isEmpty() || right.isEmpty()) {
      return null;
    }
    String l = String.join(" ", left);
    String r = String.join(" ", right);
    List<Double> shared = new ArrayList<>();
    for (String word : left) {
      if (!NameTokens.isInitial(word) && right.contains(word)) {
        shared.add(bits(M_NAME, f.word(word), Double.MAX_VALUE));
      }
    }
    if (!shared.isEmpty()) {
      shared.sort((x, y) -> Double.compare(y, x));
      double weight = shared.get(0);
      for (int i = 1; i < shared.size(); i++) {
        weight += shared.get(i) / 2;
      }
      return new Agreement(field, Level.SAME, weight, l, r);
    }
    double typo = 0;
    for (String x : left) {
      for (String y : right) {
        if (NameTokens.typo(x, y)) {
          double weight = bits(M_NAME, Math.max(f.word(x), f.word(y)), Double.MAX_VALUE);
          typo = Math.max(typo, Math.max(1, weight - TYPO_PENALTY));
        }
      }
    }
    if (typo > 0) {
      return new Agreement(field, Level.SIMILAR, typo, l, r);
    }
    if (initials && initialOf(left.get(0), right) || initials && initialOf(right.get(0), left)) {
      return new Agreement(field, Level.INITIAL, INITIAL_WEIGHT, l, r);
    }
    return new Agreement(field, Level.DIFFERENT, different, l, r);
  }

  private static boolean initialOf(String initial, List<String> words) {
    return NameTokens.isInitial(initial)
        && words.stream()
            .anyMatch(w -> !NameTokens.isInitial(w) && w.charAt(0) == initial.charAt(0));
  }

  private static void contacts(Traits a, Traits b, Frequencies f, List<Agreement> agreements) {
    list("email", a.emails(), b.emails(), f::email, f, M_EMAIL, EMAIL_DIFFERENT, agreements);
    list("phone", a.phones(), b.phones(), f::phone, f, M_PHONE, PHONE_DIFFERENT, agreements);
  }

  private static void list(
      String field,
      List<String> left,
      List<String> right,
      ToDoubleFunction<String> share,
      Frequencies f,
      double m,
      double different,
      List<Agreement> agreements) {
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    String sharedValue = left.stream().filter(right::contains).findFirst().orElse(null);
    int holders = sharedValue == null ? 0 : f.holders(field, sharedValue);
    agreements.add(
        sharedValue != null
            ? new Agreement(
                field,
                Level.SAME,
                holders > 2
                    ? SHARED_CONTACT
                    : bits(m, share.applyAsDouble(sharedValue), CONTACT_CAP),
                sharedValue,
                sharedValue)
            : new Agreement(
                field,
                Level.DIFFERENT,
                different,
                String.join(", ", left),
                String.join(", ", right)));
  }

  private static void country(
      Traits a, Traits b, Frequencies f, List<Agreement> agreements, double different) {
    if (a.country() == null || b.country() == null) {
      return;
    }
    agreements.add(
        a.country().equals(b.country())
            ? new Agreement(
                "country",
                Level.SAME,
                bits(M_COUNTRY, f.country(a.country()), COUNTRY_CAP),
                a.country(),
                b.country())
            : new Agreement("country", Level.DIFFERENT, different, a.country(), b.country()));
  }

  private static boolean agrees(Agreement agreement) {
    return agreement != null && agreement.level() != Level.DIFFERENT;
  }

  private static Agreement swapped(Agreement agreement) {
    return new Agreement(
        agreement.field(), Level.SWAPPED, agreement.weight(), agreement.left(), agreement.right());
  }

  private static double sum(List<Agreement> agreements) {
    return agreements.stream().filter(a -> a != null).mapToDouble(Agreement::weight).sum();
  }

  private static double bits(double m, double u, double cap) {
    return Math.min(cap, Math.log(m / u) / Math.log(2));
  }
}
