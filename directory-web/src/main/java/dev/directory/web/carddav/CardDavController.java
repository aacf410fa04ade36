package dev.directory.web.carddav;

import dev.directory.core.change.ChangeLog;
import dev.directory.search.SearchIndex;
import dev.directory.search.query.Matches;
import dev.directory.web.export.Cards;
import dev.directory.web.export.Streaming;
import ezvcard.VCardVersion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CustomHttpMethod;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * CardDAV (RFC 6352), read-only: discovery from {@code /.well-known/carddav} to the signed-in
 * member's principal and address books, each book's properties and cards, and its reports: {@code
 * addressbook-multiget}, {@code addressbook-query} and {@code sync-collection} (RFC 6578). A member
 * sees only their own books; another member's address answers 404.
 */
@Hidden
@Controller
@Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.ALL})
@ExecuteOn(TaskExecutors.BLOCKING)
record CardDavController(
    AddressBooks books,
    BookAnswers answers,
    Cards cards,
    Matches matches,
    SearchIndex index,
    ChangeLog changes,
    Streaming streaming) {

  static final MediaType XML = MediaType.of("application/xml;charset=utf-8");

  @Get("/.well-known/carddav")
  HttpResponse<Void> wellKnown() {
    return HttpResponse.<Void>status(HttpStatus.MOVED_PERMANENTLY)
        .header(HttpHeaders.LOCATION, DavPaths.ROOT);
  }

  @CustomHttpMethod(method = "PROPFIND", value = "/.well-known/carddav")
  HttpResponse<Void> wellKnownFound() {
    return wellKnown();
  }

  @CustomHttpMethod(method = "PROPFIND", value = "/dav")
  HttpResponse<StreamedFile> root(@Nullable @Body String body, Principal user) throws IOException {
    return one(DavPaths.ROOT, DavProperties.root(user.getName()), body);
  }

  @CustomHttpMethod(method = "PROPFIND", value = "/dav/principals/{username}")
  HttpResponse<StreamedFile> principal(String username, @Nullable @Body String body, Principal user)
      throws IOException {
    mine(username, user);
    return one(DavPaths.principal(username), DavProperties.principal(username), body);
  }

  @CustomHttpMethod(method = "PROPFIND", value = "/dav/books/{username}")
  HttpResponse<StreamedFile> home(
      String username,
      @Nullable @Header("Depth") String depth,
      @Nullable @Body String body,
      Principal user)
      throws IOException {
    mine(username, user);
    DavRequest asked = DavRequest.read(body);
    String token = token();
    return multiStatus(
        out -> {
          out.response(DavPaths.home(username), DavProperties.home(username), asked);
          if (!"0".equals(depth)) {
            for (AddressBook book : books.of(username)) {
              out.response(
                  DavPaths.book(username, book.slug()),
                  DavProperties.book(username, book, token),
                  asked);
            }
          }
        });
  }

  @CustomHttpMethod(method = "PROPFIND", value = "/dav/books/{username}/{slug}")
  HttpResponse<StreamedFile> book(
      String username,
      String slug,
      @Nullable @Header("Depth") String depth,
      @Nullable @Body String body,
      Principal user)
      throws IOException {
    AddressBook book = book(username, slug, user);
    DavRequest asked = DavRequest.read(body);
    String token = token();
    return multiStatus(
        out -> {
          out.response(
              DavPaths.book(username, slug), DavProperties.book(username, book, token), asked);
          if (!"0".equals(depth)) {
            answers.members(out, username, book, asked);
          }
        });
  }

  @CustomHttpMethod(method = "REPORT", value = "/dav/books/{username}/{slug}")
  HttpResponse<?> report(String username, String slug, @Nullable @Body String body, Principal user)
      throws IOException {
    AddressBook book = book(username, slug, user);
    DavRequest asked = DavRequest.read(body);
    return switch (asked.kind()) {
      case "addressbook-multiget" ->
          multiStatus(out -> answers.multiget(out, username, book, asked));
      case "addressbook-query" -> multiStatus(out -> answers.query(out, username, book, asked));
      case "sync-collection" -> sync(username, book, asked);
      default ->
          HttpResponse.status(HttpStatus.FORBIDDEN)
              .contentType(MediaType.TEXT_PLAIN_TYPE)
              .body(
                  "This address book answers addressbook-multiget, addressbook-query and"
                      + " sync-collection reports, not "
                      + asked.kind()
                      + ".");
    };
  }

  @CustomHttpMethod(method = "PROPFIND", value = "/dav/books/{username}/{slug}/{name}")
  HttpResponse<StreamedFile> cardProperties(
      String username, String slug, String name, @Nullable @Body String body, Principal user)
      throws IOException {
    AddressBook book = book(username, slug, user);
    DavRequest asked = DavRequest.read(body);
    Cards.Card card = member(book, name, asked.version());
    return one(
        DavPaths.card(username, slug, card.kind(), card.id()),
        DavProperties.card(card, asked),
        body);
  }

  /** A card, in vCard 4.0 unless the client accepts only 3.0. */
  @Get("/dav/books/{username}/{slug}/{name}")
  HttpResponse<String> card(
      String username,
      String slug,
      String name,
      @Nullable @Header(HttpHeaders.ACCEPT) String accept,
      @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      Principal user)
      throws IOException {
    AddressBook book = book(username, slug, user);
    VCardVersion version =
        accept != null && accept.contains("version=3.0") ? VCardVersion.V3_0 : VCardVersion.V4_0;
    Cards.Card card = member(book, name, version);
    if (card.etag().equals(ifNoneMatch)) {
      return HttpResponse.<String>status(HttpStatus.NOT_MODIFIED)
          .header(HttpHeaders.ETAG, card.etag());
    }
    return HttpResponse.ok(card.text())
        .contentType(DavProperties.VCARD)
        .header(HttpHeaders.ETAG, card.etag());
  }

  private HttpResponse<?> sync(String username, AddressBook book, DavRequest asked)
      throws IOException {
    long current = index.visibleSeq();
    String given = asked.syncToken();
    if (given == null || given.isBlank()) {
      return multiStatus(
          out -> {
            answers.members(out, username, book, asked);
            out.syncToken(SyncTokens.of(changes.origin(), current));
          });
    }
    Optional<Long> since = SyncTokens.position(given, changes.origin());
    if (since.isEmpty()) {
      return HttpResponse.status(HttpStatus.FORBIDDEN)
          .contentType(XML)
          .body(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  + "<d:error xmlns:d=\"DAV:\"><d:valid-sync-token/></d:error>");
    }
    long until = Math.max(current, since.get());
    return multiStatus(
        out -> {
          answers.changedSince(out, username, book, asked, since.get(), until);
          out.syncToken(SyncTokens.of(changes.origin(), until));
        });
  }

  /** The current sync token of every book: the change-log position searches see. */
  private String token() {
    return SyncTokens.of(changes.origin(), index.visibleSeq());
  }

  private Cards.Card member(AddressBook book, String name, VCardVersion version)
      throws IOException {
    Cards.Wanted wanted = DavPaths.record(name).orElseThrow(DavNotFound::new);
    if (!matches.among(book.members(), List.of(wanted.id())).contains(wanted.id())) {
      throw new DavNotFound();
    }
    return cards.of(List.of(wanted), version).stream().findFirst().orElseThrow(DavNotFound::new);
  }

  private AddressBook book(String username, String slug, Principal user) {
    mine(username, user);
    return books.find(username, slug).orElseThrow(DavNotFound::new);
  }

  /** Another member's books are not there for this one. */
  private static void mine(String username, Principal user) {
    if (!username.equals(user.getName())) {
      throw new DavNotFound();
    }
  }

  private HttpResponse<StreamedFile> one(
      String href, Map<QName, MultiStatus.Value> properties, @Nullable String body)
      throws IOException {
    DavRequest asked = DavRequest.read(body);
    return multiStatus(out -> out.response(href, properties, asked));
  }

  /** What a multi-status answer writes. */
  @FunctionalInterface
  interface Writing {
    void write(MultiStatus out) throws IOException;
  }

  private HttpResponse<StreamedFile> multiStatus(Writing writing) throws IOException {
    return HttpResponse.<StreamedFile>status(HttpStatus.MULTI_STATUS)
        .body(
            new StreamedFile(
                streaming.of(
                    "A CardDAV answer",
                    sink -> {
                      try (MultiStatus out = new MultiStatus(sink)) {
                        writing.write(out);
                      }
                    }),
                XML));
  }
}
