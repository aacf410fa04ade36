/**
 * When each record was last found true, by whom and how; a verification is a step of the record's
 * history that keeps its version.
 */
package dev.directory.core.freshness;
