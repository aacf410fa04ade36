/** Type-ahead: names and acronyms beginning with what was typed. */
package dev.directory.search.suggest;
