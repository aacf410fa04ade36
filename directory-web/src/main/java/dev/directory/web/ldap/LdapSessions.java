package dev.directory.web.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.listener.LDAPListenerClientConnection;
import com.unboundid.ldap.listener.LDAPListenerRequestHandler;
import com.unboundid.ldap.protocol.AddRequestProtocolOp;
import com.unboundid.ldap.protocol.AddResponseProtocolOp;
import com.unboundid.ldap.protocol.BindRequestProtocolOp;
import com.unboundid.ldap.protocol.BindResponseProtocolOp;
import com.unboundid.ldap.protocol.CompareRequestProtocolOp;
import com.unboundid.ldap.protocol.CompareResponseProtocolOp;
import com.unboundid.ldap.protocol.DeleteRequestProtocolOp;
import com.unboundid.ldap.protocol.DeleteResponseProtocolOp;
import com.unboundid.ldap.protocol.ExtendedRequestProtocolOp;
import com.unboundid.ldap.protocol.ExtendedResponseProtocolOp;
import com.unboundid.ldap.protocol.LDAPMessage;
import com.unboundid.ldap.protocol.ModifyDNRequestProtocolOp;
import com.unboundid.ldap.protocol.ModifyDNResponseProtocolOp;
import com.unboundid.ldap.protocol.ModifyRequestProtocolOp;
import com.unboundid.ldap.protocol.ModifyResponseProtocolOp;
import com.unboundid.ldap.protocol.SearchRequestProtocolOp;
import com.unboundid.ldap.protocol.SearchResultDoneProtocolOp;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import dev.directory.core.account.Account;
import dev.directory.core.account.Accounts;
import dev.directory.core.account.ApiTokens;
import dev.directory.web.security.SignInThrottle;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One LDAP client's session: a simple bind as a member of staff (their password or an app
 * password), then searches; every write refused. Anonymous binds, and searches before a bind, are
 * refused too: the directory holds personal data.
 */
final class LdapSessions extends LDAPListenerRequestHandler {

  private static final Logger LOG = LoggerFactory.getLogger(LdapSessions.class);
  private static final String READ_ONLY =
      "The directory is read-only here: change a contact on its page in the directory.";

  private final LdapDirectory directory;
  private final Accounts accounts;
  private final ApiTokens tokens;
  private final SignInThrottle throttle;
  private final boolean tlsRequired;
  private final LDAPListenerClientConnection connection;
  private volatile Account bound;

  /**
   * The listener's prototype: each connection gets a session of its own.
   *
   * @param tlsRequired refuse a bind over a connection without TLS (a password is never sent in the
   *     clear to a listener that offers TLS)
   */
  LdapSessions(
      LdapDirectory directory,
      Accounts accounts,
      ApiTokens tokens,
      SignInThrottle throttle,
      boolean tlsRequired) {
    this(directory, accounts, tokens, throttle, tlsRequired, null);
  }

  private LdapSessions(
      LdapDirectory directory,
      Accounts accounts,
      ApiTokens tokens,
      SignInThrottle throttle,
      boolean tlsRequired,
      LDAPListenerClientConnection connection) {
    this.directory = directory;
    this.accounts = accounts;
    this.tokens = tokens;
    this.throttle = throttle;
    this.tlsRequired = tlsRequired;
    this.connection = connection;
  }

  @Override
  public LDAPListenerRequestHandler newInstance(LDAPListenerClientConnection connection) {
    return new LdapSessions(directory, accounts, tokens, throttle, tlsRequired, connection);
  }

  @Override
  public LDAPMessage processBindRequest(
      int messageId, BindRequestProtocolOp request, List<Control> controls) {
    bound = null;
    if (request.getCredentialsType() != BindRequestProtocolOp.CRED_TYPE_SIMPLE) {
      return bind(
          messageId, ResultCode.AUTH_METHOD_NOT_SUPPORTED, "Bind with a name and password.");
    }
    if (tlsRequired && !(connection.getSocket() instanceof SSLSocket)) {
      return bind(
          messageId,
          ResultCode.CONFIDENTIALITY_REQUIRED,
          "Start TLS before binding: a password is not taken in the clear here.");
    }
    String password =
        request.getSimplePassword() == null ? "" : request.getSimplePassword().stringValue();
    Optional<String> username = username(request.getBindDN());
    if (username.isEmpty() || password.isEmpty()) {
      return bind(
          messageId,
          ResultCode.INAPPROPRIATE_AUTHENTICATION,
          "Bind as a member of staff: uid=<name>,ou=accounts,"
              + directory.base()
              + ", or the name.");
    }
    String address = connection.getSocket().getInetAddress().getHostAddress();
    if (throttle.waitBefore(address, username.get()).isPresent()) {
      return bind(messageId, ResultCode.BUSY, "Too many failed binds from here: try again later.");
    }
    Optional<Account> account = signIn(username.get(), password);
    if (account.isEmpty()) {
      throttle.failed(address, username.get());
      return bind(messageId, ResultCode.INVALID_CREDENTIALS, Accounts.WRONG);
    }
    throttle.succeeded(address, username.get());
    bound = account.get();
    return bind(messageId, ResultCode.SUCCESS, null);
  }

  @Override
  public LDAPMessage processSearchRequest(
      int messageId, SearchRequestProtocolOp request, List<Control> controls) {
    if (bound == null) {
      return done(messageId, ResultCode.INSUFFICIENT_ACCESS_RIGHTS, "Bind first.", List.of());
    }
    try {
      SimplePagedResultsControl paging = LdapPages.paging(controls);
      int limit =
          request.getSizeLimit() > 0
              ? Math.min(request.getSizeLimit(), LdapDirectory.MOST)
              : LdapDirectory.MOST;
      long deadline =
          request.getTimeLimit() > 0
              ? System.nanoTime() + request.getTimeLimit() * 1_000_000_000L
              : Long.MAX_VALUE;
      List<Entry> found =
          directory.find(
              new DN(request.getBaseDN()), request.getScope(), request.getFilter(), limit);
      if (System.nanoTime() > deadline) {
        return done(messageId, ResultCode.TIME_LIMIT_EXCEEDED, null, List.of());
      }
      int from = paging == null ? 0 : LdapPages.offset(paging.getCookie());
      int to =
          Math.min(found.size(), Math.min(limit, paging == null ? limit : from + paging.getSize()));
      for (Entry entry : found.subList(Math.min(from, to), to)) {
        connection.sendSearchResultEntry(messageId, LdapPages.only(entry, request.getAttributes()));
      }
      if (paging != null) {
        ASN1OctetString next =
            to < Math.min(found.size(), limit)
                ? new ASN1OctetString(String.valueOf(to))
                : new ASN1OctetString();
        return done(
            messageId, ResultCode.SUCCESS, null, List.of(new SimplePagedResultsControl(0, next)));
      }
      return found.size() > limit
          ? done(messageId, ResultCode.SIZE_LIMIT_EXCEEDED, null, List.of())
          : done(messageId, ResultCode.SUCCESS, null, List.of());
    } catch (LDAPException e) {
      return done(messageId, e.getResultCode(), e.getDiagnosticMessage(), List.of());
    } catch (IOException | RuntimeException e) {
      LOG.error("An LDAP search failed: {}", request, e);
      return done(messageId, ResultCode.OTHER, "The search failed; it was logged.", List.of());
    }
  }

  @Override
  public LDAPMessage processAddRequest(int id, AddRequestProtocolOp request, List<Control> c) {
    return new LDAPMessage(id, new AddResponseProtocolOp(refused()));
  }

  @Override
  public LDAPMessage processCompareRequest(
      int id, CompareRequestProtocolOp request, List<Control> c) {
    return new LDAPMessage(
        id,
        new CompareResponseProtocolOp(
            ResultCode.UNWILLING_TO_PERFORM_INT_VALUE, null, "Search instead.", null));
  }

  @Override
  public LDAPMessage processDeleteRequest(
      int id, DeleteRequestProtocolOp request, List<Control> c) {
    return new LDAPMessage(id, new DeleteResponseProtocolOp(refused()));
  }

  @Override
  public LDAPMessage processExtendedRequest(
      int id, ExtendedRequestProtocolOp request, List<Control> c) {
    return new LDAPMessage(
        id,
        new ExtendedResponseProtocolOp(
            ResultCode.UNWILLING_TO_PERFORM_INT_VALUE,
            null,
            "No extended operation is offered here.",
            null,
            null,
            null));
  }

  @Override
  public LDAPMessage processModifyRequest(
      int id, ModifyRequestProtocolOp request, List<Control> c) {
    return new LDAPMessage(id, new ModifyResponseProtocolOp(refused()));
  }

  @Override
  public LDAPMessage processModifyDNRequest(
      int id, ModifyDNRequestProtocolOp request, List<Control> c) {
    return new LDAPMessage(id, new ModifyDNResponseProtocolOp(refused()));
  }

  private static LDAPResult refused() {
    return new LDAPResult(
        -1, ResultCode.UNWILLING_TO_PERFORM, READ_ONLY, null, (String[]) null, (Control[]) null);
  }

  /** The account a bind names: {@code uid=<name>,ou=accounts,<base>}, or the bare name. */
  private Optional<String> username(String bindDn) {
    if (bindDn == null || bindDn.isBlank()) {
      return Optional.empty();
    }
    if (!bindDn.contains("=")) {
      return Optional.of(bindDn.strip());
    }
    try {
      DN dn = new DN(bindDn);
      DN accountsDn = new DN("ou=accounts," + directory.base());
      if (dn.getParent() != null
          && dn.getParent().equals(accountsDn)
          && dn.getRDN().hasAttribute("uid")) {
        return Optional.of(dn.getRDN().getAttributeValues()[0]);
      }
    } catch (LDAPException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private Optional<Account> signIn(String username, String password) {
    if (ApiTokens.looksLikeOne(password)) {
      return tokens.appPassword(username, password, Instant.now());
    }
    return accounts.signIn(username, password) instanceof Accounts.SignIn.Success success
        ? Optional.of(success.account())
        : Optional.empty();
  }

  private static LDAPMessage bind(int messageId, ResultCode result, String message) {
    return new LDAPMessage(
        messageId, new BindResponseProtocolOp(result.intValue(), null, message, null, null));
  }

  private static LDAPMessage done(
      int messageId, ResultCode result, String message, List<Control> controls) {
    return new LDAPMessage(
        messageId,
        new SearchResultDoneProtocolOp(result.intValue(), null, message, null),
        controls);
  }
}
