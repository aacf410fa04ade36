package dev.directory.core.contact;

import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A typed e-mail address, checked when it is made. */
public record Email(EmailType type, String address) {

  // The WHATWG "valid e-mail address" (what browsers accept in <input type=email>), with the
  // domain required to have at least one dot: a directory entry needs a routable address.
  private static final Pattern ADDRESS =
      Pattern.compile(
          "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
              + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+");

  public Email {
    Objects.requireNonNull(type, "type");
    address = normalize(address);
  }

  public static boolean isValid(String address) {
    return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
  }

  /**
   * Trims an address and lower-cases its domain (the local part is case-sensitive in theory).
   *
   * @throws IllegalArgumentException naming the value when it is not an e-mail address
   */
  public static String normalize(String address) {
    String trimmed = address == null ? "" : address.strip();
    if (!isValid(trimmed)) {
      throw new InvalidValue(ProblemCode.EMAIL_INVALID, address);
    }
    int at = trimmed.lastIndexOf('@');
    return trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
  }
}
