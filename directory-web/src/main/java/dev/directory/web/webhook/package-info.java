/**
 * Webhooks for other systems: {@code /api/webhooks} (admins) and {@code WebhookSender}, which posts
 * each delivery signed with HMAC-SHA256 and retries it with back-off.
 */
package dev.directory.web.webhook;
