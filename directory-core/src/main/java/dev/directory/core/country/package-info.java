/**
 * ISO 3166-1 countries: codes, and names in English, Spanish and French from the JDK's locale data.
 */
package dev.directory.core.country;
