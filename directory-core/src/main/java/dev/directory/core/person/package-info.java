/**
 * People: names, typed e-mails and phones, roles, languages, topics, the press flag and who may see
 * them; the kind's fields, draft and check.
 */
package dev.directory.core.person;
