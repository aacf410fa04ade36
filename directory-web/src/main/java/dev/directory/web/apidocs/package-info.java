/** The served OpenAPI document, corrected where the generator is wrong, and its browsable page. */
package dev.directory.web.apidocs;
