/**
 * Every refusal and failure answered the same way: JSON with a message, a code and problems for the
 * API, an error page for browsers; a database away is {@code 503}.
 */
package dev.directory.web.error;
