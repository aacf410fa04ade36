package dev.directory.core.inquiry;

import java.util.Optional;

/**
 * Whom an inquiry handed to a mission office goes to: the office's press contact as routing knows
 * it today (routing lives above core, and keeps what it knows current).
 */
public interface OfficeContacts {

  /** The id of the office's press contact, empty when it has none. */
  Optional<String> pressContact(String officeId);
}
