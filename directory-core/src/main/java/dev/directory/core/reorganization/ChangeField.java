package dev.directory.core.reorganization;

import dev.directory.core.record.Field;

/** The fields of a change as {@code POST /api/organizations/{id}/changes} takes them. */
public enum ChangeField implements Field {
  KIND(new Names("kind", "kind", true).chosenFrom("renamed", "moved", "merged", "split", "closed")),
  DATE(new Names("date", "date", true)),
  VERSION(new Names("version", "version", true)),
  NAME(new Names("name", "name", false)),
  LOCAL_NAME(new Names("localName", "localName", false)),
  PARENT(new Names("parent", "parent", false)),
  INTO(new Names("into", "into", false)),
  SUCCESSORS(new Names("successors", "successors", false).aList()),
  MOVES(new Names("moves", "moves", false));

  private final Names names;

  ChangeField(Names names) {
    this.names = names;
  }

  @Override
  public Names names() {
    return names;
  }
}
