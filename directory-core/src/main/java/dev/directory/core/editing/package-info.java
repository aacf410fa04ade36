/**
 * Staff edits: creates, updates and deletes checked as the import checks them, with versions
 * compared under a row lock; merges of two entries of one record, and their undo.
 */
package dev.directory.core.editing;
