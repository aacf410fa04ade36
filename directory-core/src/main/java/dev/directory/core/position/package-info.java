/**
 * Positions: roles that outlive whoever holds them, with contact points of their own and their
 * holders over time.
 */
package dev.directory.core.position;
