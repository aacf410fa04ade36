/**
 * Search through the API and the search page: parameters checked, facet values named in the
 * reader's language, places nested country, region, city.
 */
package dev.directory.web.search;
