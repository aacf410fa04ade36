package dev.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between a server under test and its database, that a test can cut as a database
 * restart does — every open connection dropped, new ones refused — and then bring back on the same
 * port.
 */
public final class TcpProxy implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private int port;
  private volatile ServerSocket listening;

  public TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    listen();
  }

  public int port() {
    return port;
  }

  /** Drops every connection and refuses new ones until {@link #resume()}. */
  public void cut() throws IOException {
    ServerSocket socket = listening;
    listening = null;
    socket.close();
    for (Socket connection : open) {
      connection.close();
    }
    open.clear();
  }

  /** Accepts connections again, on the same port. */
  public void resume() throws IOException {
    listen();
  }

  private void listen() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    port = socket.getLocalPort();
    listening = socket;
    Thread accepting = new Thread(() -> accept(socket), "tcp-proxy-accept");
    accepting.setDaemon(true);
    accepting.start();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket server = new Socket(targetHost, targetPort);
        open.add(client);
        open.add(server);
        relay(client, server);
        relay(server, client);
      } catch (IOException closed) {
        // cut, or the target refused: the client sees its connection end
      }
    }
  }

  private void relay(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException ended) {
                // one side went away
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "tcp-proxy-relay");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    if (listening != null) {
      cut();
    }
  }
}
