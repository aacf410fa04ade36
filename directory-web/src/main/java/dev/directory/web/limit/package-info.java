/**
 * Limits by client address: the client's address behind trusted proxies, and attempts per minute.
 */
package dev.directory.web.limit;
