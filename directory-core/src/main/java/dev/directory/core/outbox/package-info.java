/**
 * E-mails written in the transaction of what caused them, claimed by one node when due, retried
 * with doubling waits.
 */
package dev.directory.core.outbox;
