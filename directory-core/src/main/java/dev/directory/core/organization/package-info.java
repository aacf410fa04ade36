/**
 * Organisations, one hierarchy of them: ministries, departments, municipal services, mission
 * offices and partners, with their places; the kind's fields, draft and check, and what a check
 * knows of other records.
 */
package dev.directory.core.organization;
