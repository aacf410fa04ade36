package dev.directory.web.page;

import io.micronaut.http.HttpRequest;

/** Who the request being answered comes from, as a page shows them; sign-in knows how. */
public interface Viewers {

  Viewer of(HttpRequest<?> request);
}
