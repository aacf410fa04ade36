package dev.directory.search.duplicates;

/** The test set alone: a directory of a few dozen records, where every name is rare. */
class SmallDirectoryDuplicatesTest extends DuplicateTestSet {

  @Override
  int syntheticPeople() {
    return 0;
  }
}
