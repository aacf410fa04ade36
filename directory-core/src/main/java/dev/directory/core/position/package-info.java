/**
 * Positions: roles that outlive whoever holds them, with contact points of their own and their
 * holders over time; the kind's fields, draft and check, and who an office's press contact is.
 */
package dev.directory.core.position;
