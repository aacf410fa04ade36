/**
 * Mission offices: the countries each answers for, the office it falls back to, its working
 * languages.
 */
package dev.directory.core.office;
