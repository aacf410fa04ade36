/**
 * The server's settings as read at start: the database chosen and where it lives, the index's
 * place, the sizes of the thread pools.
 */
package dev.directory.web.settings;
