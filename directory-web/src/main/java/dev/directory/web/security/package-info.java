/**
 * Who is signed in and may do what: passwords, API tokens, the identity provider, the sign-in
 * cookie, CSRF, the throttle on failed sign-ins.
 */
package dev.directory.web.security;
