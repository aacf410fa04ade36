package dev.directory.web.page;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /favicon.ico}, which browsers and crawlers ask for whatever a page links to: the site's
 * icon (the same as {@code /static/favicon.svg}), public like the other static files.
 */
@Hidden
@Controller("/favicon.ico")
final class Favicon {

  private final byte[] icon;

  Favicon() {
    try (InputStream in = Favicon.class.getResourceAsStream("/static/favicon.svg")) {
      icon = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Get
  HttpResponse<byte[]> icon() {
    return HttpResponse.ok(icon)
        .contentType("image/svg+xml")
        .header("Cache-Control", "public, max-age=86400");
  }
}
