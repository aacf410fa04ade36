/**
 * Starting a node: the first import and index, readiness and health, and the commands beside the
 * server (import, backup).
 */
package dev.directory.web.startup;
