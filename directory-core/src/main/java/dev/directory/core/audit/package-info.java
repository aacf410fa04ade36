/**
 * The history of every record: who changed it, when, the version it made, and each field before and
 * after.
 */
package dev.directory.core.audit;
