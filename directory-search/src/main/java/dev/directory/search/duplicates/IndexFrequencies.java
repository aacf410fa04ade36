package dev.directory.search.duplicates;

import dev.directory.search.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Shares counted in one view of the index, each term looked up once. A small directory says little
 * about how common a name is: every count is taken as if 250 more records, none with the value,
 * stood beside those of the index, so that in a directory of a few dozen a name seen once is as
 * rare as one in a few hundred, and in one of a million the counts speak for themselves.
 *
 * <p>The prior ({@link #records}) counts the same unseen records: shares and prior are of one
 * population, so that agreeing on a name seen once weighs about what the prior takes back, in a
 * directory of any size, and it is the further agreements that make a pair likely. Counting a
 * thousand unseen records in the shares but not in the prior gave a name seen once 10 bits against
 * a prior of 5 in a directory of 30: two siblings at one organisation, their given names and
 * addresses different, were proposed as one person.
 */
final class IndexFrequencies implements Frequencies {

  private static final double UNSEEN_RECORDS = 250;

  private final IndexReader reader;
  private final String keys;
  private final String terms;
  private final double records;
  private final Map<Term, Double> shares = new ConcurrentHashMap<>();

  IndexFrequencies(IndexReader reader, Traits.Kind kind) throws IOException {
    this.reader = reader;
    this.keys = DuplicateFields.keysField(kind);
    this.terms = DuplicateFields.termsField(kind);
    String record =
        kind == Traits.Kind.PERSON ? IndexFields.RECORD_PERSON : IndexFields.RECORD_ORGANIZATION;
    this.records = Math.max(1, reader.docFreq(new Term(IndexFields.RECORD, record)));
  }

  @Override
  public double records() {
    return records + UNSEEN_RECORDS;
  }

  @Override
  public double word(String token) {
    return share(terms, DuplicateFields.word(token));
  }

  @Override
  public double wholeName(String name) {
    return share(terms, DuplicateFields.wholeName(name));
  }

  @Override
  public double email(String address) {
    return share(keys, "e:" + address);
  }

  @Override
  public double phone(String number) {
    return share(keys, "p:" + number);
  }

  @Override
  public int holders(String field, String value) {
    try {
      return reader.docFreq(new Term(keys, (field.equals("email") ? "e:" : "p:") + value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public double above(String id) {
    return share(terms, DuplicateFields.above(id));
  }

  @Override
  public double country(String code) {
    return share(terms, DuplicateFields.country(code));
  }

  @Override
  public double kind(String code) {
    return share(terms, DuplicateFields.kind(code));
  }

  /** Name words, organisations and countries repeat and are kept; addresses and phones are not. */
  private double share(String field, String value) {
    Term term = new Term(field, value);
    if (field.equals(keys)) {
      return count(term);
    }
    return shares.computeIfAbsent(term, this::count);
  }

  private double count(Term term) {
    try {
      return Math.max(1, reader.docFreq(term)) / (records + UNSEEN_RECORDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
