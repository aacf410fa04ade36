/**
 * People: names, typed e-mails and phones, roles, languages, topics, the press flag and who may see
 * them.
 */
package dev.directory.core.person;
