/**
 * The directory for mail programs' address look-ups: a read-only LDAPv3 listener (UnboundID LDAP
 * SDK) whose searches are answered from the search index, after a bind as a member of staff.
 */
package dev.directory.web.ldap;
