package dev.directory.web.limit;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.netty.util.NetUtil;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The address a request came from, which the sign-in throttle, the rate limits and the logs count
 * by. Behind a proxy every request comes from the proxy: for a request whose socket address is one
 * of {@code directory.trusted-proxies} ({@code DIRECTORY_TRUSTED_PROXIES}: addresses or CIDR
 * ranges, comma-separated; none by default), the client is read from {@code Forwarded} or {@code
 * X-Forwarded-For} — the right-most address there that is not itself a trusted proxy, since what
 * lies left of it was written by the client and may be forged. From anyone else the headers are
 * ignored. A setting that is not a list of addresses stops the server at start, saying which.
 */
@Context
public final class ClientAddresses {

  public static final String SETTING = "directory.trusted-proxies";

  /** Longer header values are not read: a proxy writes a few addresses. */
  private static final int LONGEST_HEADER = 2_000;

  private final List<Range> trusted;

  ClientAddresses(@Value("${" + SETTING + ":}") String trustedProxies) {
    this.trusted = ranges(trustedProxies);
  }

  /** The client's address, as text. */
  public String of(HttpRequest<?> request) {
    String socket = request.getRemoteAddress().getAddress().getHostAddress();
    if (!isTrusted(socket)) {
      return socket;
    }
    List<String> chain = forwardedFor(request);
    for (int i = chain.size() - 1; i >= 0; i--) {
      String hop = chain.get(i);
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return chain.isEmpty() ? socket : chain.get(0);
  }

  private boolean isTrusted(String address) {
    byte[] bytes = bytes(address);
    return bytes != null && trusted.stream().anyMatch(range -> range.contains(bytes));
  }

  /** The addresses the proxies say the request passed through, the client first. */
  private static List<String> forwardedFor(HttpRequest<?> request) {
    List<String> hops = new ArrayList<>();
    String forwarded = joined(request.getHeaders().getAll("Forwarded"));
    if (!forwarded.isBlank()) {
      for (String element : forwarded.split(",")) {
        for (String pair : element.split(";")) {
          int equals = pair.indexOf('=');
          if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
            hops.add(node(pair.substring(equals + 1)));
          }
        }
      }
      return hops;
    }
    for (String hop : joined(request.getHeaders().getAll("X-Forwarded-For")).split(",")) {
      if (!hop.isBlank()) {
        hops.add(node(hop));
      }
    }
    return hops;
  }

  private static String joined(List<String> values) {
    String all = String.join(",", values);
    return all.length() > LONGEST_HEADER ? "" : all;
  }

  /**
   * An address as a proxy writes it — {@code "[2001:db8::1]:4711"}, {@code 192.0.2.1:80} — bare.
   */
  private static String node(String written) {
    String node = written.strip();
    if (node.length() > 1 && node.startsWith("\"") && node.endsWith("\"")) {
      node = node.substring(1, node.length() - 1);
    }
    if (node.startsWith("[")) {
      int end = node.indexOf(']');
      return end > 0 ? node.substring(1, end) : node;
    }
    int colon = node.indexOf(':');
    if (colon > 0 && colon == node.lastIndexOf(':')) {
      return node.substring(0, colon); // an IPv4 address with a port
    }
    return node;
  }

  /** The bytes of an address literal (never a name to look up), IPv4 inside IPv6 as IPv4. */
  private static byte[] bytes(String address) {
    byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
    if (bytes != null && bytes.length == 16 && isIpv4Mapped(bytes)) {
      return Arrays.copyOfRange(bytes, 12, 16);
    }
    return bytes;
  }

  private static boolean isIpv4Mapped(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
  }

  /** An address and how many of its leading bits a match must share. */
  private record Range(byte[] network, int bits) {

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  static List<Range> ranges(String setting) {
    List<Range> ranges = new ArrayList<>();
    for (String entry : setting.split(",")) {
      String written = entry.strip();
      if (written.isEmpty()) {
        continue;
      }
      int slash = written.indexOf('/');
      byte[] network = bytes(slash < 0 ? written : written.substring(0, slash));
      if (network == null) {
        throw refused(written, "is not an IP address or a CIDR range");
      }
      int bits = network.length * 8;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(written.substring(slash + 1));
        } catch (NumberFormatException e) {
          throw refused(written, "has no prefix length after the slash");
        }
        if (bits < 0 || bits > network.length * 8) {
          throw refused(written, "has a prefix length outside 0 to " + network.length * 8);
        }
      }
      ranges.add(new Range(network, bits));
    }
    return List.copyOf(ranges);
  }

  private static IllegalStateException refused(String entry, String why) {
    return new IllegalStateException(
        String.format(
            Locale.ROOT,
            "%s (DIRECTORY_TRUSTED_PROXIES) must list IP addresses or CIDR ranges, comma-separated,"
                + " such as 10.0.0.1,10.1.0.0/16; “%s” %s",
            SETTING,
            entry,
            why));
  }
}
