/**
 * Press inquiries to mission offices: the phrases that point at a country (the directory's own, and
 * GeoNames' places), the weighing of countries, and the reasons in three languages.
 */
package dev.directory.search.routing;
