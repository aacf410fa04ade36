package dev.directory.search.duplicates;

/**
 * How common a value is among the records of one kind, as a share of them (at least one record's
 * worth): agreeing on a rare family name says more than agreeing on a common one.
 */
interface Frequencies {

  /** How many records the shares are of: one of them, at random, is a duplicate's prior. */
  double records();

  double word(String token);

  double wholeName(String name);

  double email(String address);

  double phone(String number);

  /** How many records have this e-mail address or phone number ({@code field} says which). */
  int holders(String field, String value);

  double above(String id);

  double country(String code);

  double kind(String code);
}
