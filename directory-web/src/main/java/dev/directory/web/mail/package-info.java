/** Sends the outbox's due e-mails through the configured SMTP server. */
package dev.directory.web.mail;
