/**
 * The press desk: the public form and API, the rate limit, the staff's queue, and the e-mails an
 * inquiry sends.
 */
package dev.directory.web.inquiry;
