/**
 * Organisations, one hierarchy of them: ministries, departments, municipal services, mission
 * offices and partners, with their places.
 */
package dev.directory.core.organization;
