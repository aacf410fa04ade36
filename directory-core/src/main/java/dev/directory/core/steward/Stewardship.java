package dev.directory.core.steward;

import java.util.List;

/**
 * Who looks after a record.
 *
 * @param stewards the accounts, by name
 * @param assigned whether the record names its steward; otherwise they are its country's default
 */
public record Stewardship(List<String> stewards, boolean assigned) {

  public Stewardship {
    stewards = List.copyOf(stewards);
  }
}
