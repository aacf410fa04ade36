package dev.directory.search.duplicates;

/** The test set among 5,000 synthetic people and 300 organisations. */
class DuplicateTestSetTest extends DuplicateTestSet {

  @Override
  int syntheticPeople() {
    return 5_000;
  }
}
