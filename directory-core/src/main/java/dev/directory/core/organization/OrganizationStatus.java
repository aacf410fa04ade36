package dev.directory.core.organization;

import java.util.Locale;

/** Whether an organisation works today, or has closed (its page and id stay, with its history). */
public enum OrganizationStatus {
  ACTIVE,
  CLOSED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException for anything but {@code active} or {@code closed}
   */
  public static OrganizationStatus parse(String value) {
    for (OrganizationStatus status : values()) {
      if (status.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return status;
      }
    }
    throw new IllegalArgumentException("not a status: " + value);
  }
}
