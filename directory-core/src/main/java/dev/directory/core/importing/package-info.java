/**
 * The import: a folder of CSV files, or an upload (vCards, a workbook, a CSV file, a .zip), read as
 * streams within its limits, checked whole, and written all or nothing; a preview writes nothing.
 */
package dev.directory.core.importing;
