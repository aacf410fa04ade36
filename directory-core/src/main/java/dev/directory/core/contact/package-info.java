/**
 * E-mail addresses and phone numbers as people write them: checked, typed, phones read by
 * libphonenumber (E.164 when valid, else kept with the reason).
 */
package dev.directory.core.contact;
