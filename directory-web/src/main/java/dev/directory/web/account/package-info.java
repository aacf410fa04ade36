/**
 * Accounts through the API and pages: admins manage them; each member of staff their password and
 * API tokens.
 */
package dev.directory.web.account;
