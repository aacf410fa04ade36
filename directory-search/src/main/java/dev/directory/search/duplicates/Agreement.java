package dev.directory.search.duplicates;

/**
 * How two records compare on one field, and what that adds to their score (in bits: how many times
 * likelier, as a power of two, this is between two entries of one person than between two people;
 * negative when it speaks against).
 *
 * @param field {@code given_name}, {@code family_name}, {@code name}, {@code email}, {@code phone},
 *     {@code organization}, {@code parent}, {@code country} or {@code kind}
 * @param left the value of the first record, as compared
 * @param right the value of the second
 */
public record Agreement(String field, Level level, double weight, String left, String right) {

  public enum Level {
    /** The same value (after folding). */
    SAME,
    /** The same but for a slip of the keyboard, or the same words in another order. */
    SIMILAR,
    /** One gives only the initial of the other. */
    INITIAL,
    /** The given and family names are the other way round. */
    SWAPPED,
    DIFFERENT
  }
}
