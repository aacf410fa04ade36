package dev.directory.core.importing;

/** Whether a person's id is taken, for the ids given to people of cards. */
@FunctionalInterface
interface PersonIds {
  boolean taken(String id);
}
