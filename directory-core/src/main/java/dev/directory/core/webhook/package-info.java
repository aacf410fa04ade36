/**
 * Webhooks: addresses an admin registers, sent each change of the events they chose, once however
 * many nodes run, signed, and retried with back-off until they take it.
 */
package dev.directory.core.webhook;
