/**
 * The pages' three languages: which one a request is in, the bundles' words, and the directory's
 * values named in it.
 */
package dev.directory.web.language;
