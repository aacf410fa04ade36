package dev.directory.search.index;

import java.util.Arrays;
import java.util.Optional;

/** The facet dimensions a search can count and filter by; the name is also the URL parameter. */
public enum Facet {
  TYPE("type", false),
  COUNTRY("country", false),
  REGION("region", false),
  CITY("city", false),
  TOPIC("topic", true),
  /** The top-level organisation a record belongs to (itself, for a top-level one). */
  ORGANIZATION("organization", false),
  ROLE("role", true),
  LANGUAGE("language", true),
  /** "true" for a record not verified for longer than the directory's setting, else "false". */
  STALE("stale", false);

  private final String dimension;
  private final boolean multiValued;

  Facet(String dimension, boolean multiValued) {
    this.dimension = dimension;
    this.multiValued = multiValued;
  }

  public String dimension() {
    return dimension;
  }

  public boolean multiValued() {
    return multiValued;
  }

  public static Optional<Facet> byDimension(String dimension) {
    return Arrays.stream(values()).filter(f -> f.dimension.equals(dimension)).findFirst();
  }
}
