package dev.directory.web;

import dev.directory.web.error.ApiError;
import dev.directory.web.page.Pages;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Guards every connection below the application, where Netty's own answers are made: a request line
 * over the limit is a 414, headers over it a 431, an address with a space, a control character or a
 * malformed percent escape a 400 saying so, each in plain words; and every answer, whoever made it,
 * leaves with the security headers of {@link SecurityHeaders}.
 */
@Singleton
record GuardedConnections(Pages pages, JsonMapper json)
    implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

  private static final String HANDLER = "directory-guard";

  /** How long a connection whose request was refused waits for the client to close it. */
  private static final long LINGER_SECONDS = 5;

  @Override
  public NettyServerCustomizer.Registry onCreated(
      BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
    event.getBean().register(new Customizer(null));
    return event.getBean();
  }

  private final class Customizer implements NettyServerCustomizer {

    private final Channel channel;

    Customizer(Channel channel) {
      this.channel = channel;
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
      return new Customizer(channel);
    }

    @Override
    public void onStreamPipelineBuilt() {
      ChannelPipeline pipeline = channel.pipeline();
      if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
          && pipeline.get(HANDLER) == null) {
        pipeline.addAfter(
            ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER, new Guard());
      }
    }
  }

  /** One per connection, just after the HTTP codec. */
  private final class Guard extends ChannelDuplexHandler {

    private boolean refused;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (refused) {
        ReferenceCountUtil.release(msg); // the rest of a refused request
        return;
      }
      if (msg instanceof HttpRequest request) {
        Refusal refusal = refusal(request);
        if (refusal != null) {
          refused = true;
          ReferenceCountUtil.release(msg);
          ctx.writeAndFlush(answer(request, refusal)).addListener(sent -> closeGently(ctx));
          return;
        }
      }
      ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
      if (msg instanceof HttpResponse response && response.status().code() >= 200) {
        guard(response.headers());
      }
      ctx.write(msg, promise);
    }

    /**
     * Ends the connection after a refusal without losing the answer: a client still sending the
     * body of a refused request would get a reset, not the answer, if the connection closed at
     * once. The sending side is closed, what still arrives is dropped, and the connection is closed
     * when the client closes it, or after a few seconds.
     */
    private void closeGently(ChannelHandlerContext ctx) {
      if (ctx.channel() instanceof DuplexChannel duplex && duplex.isActive()) {
        duplex.shutdownOutput();
        ctx.executor().schedule(() -> ctx.close(), LINGER_SECONDS, TimeUnit.SECONDS);
      } else {
        ctx.close();
      }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
      if (refused && event instanceof ChannelInputShutdownEvent) {
        ctx.close(); // the client has read the answer and closed
        return;
      }
      super.userEventTriggered(ctx, event);
    }

    private FullHttpResponse answer(HttpRequest request, Refusal refusal) {
      boolean browser =
          request.decoderResult().isSuccess()
              && String.valueOf(request.headers().get(HttpHeaderNames.ACCEPT))
                  .contains("text/html");
      String body;
      try {
        body =
            browser
                ? pages.errorHtml(HttpStatus.valueOf(refusal.status().code()), refusal.message())
                : json.writeValueAsString(
                    ApiError.of(
                        refusal.message(),
                        refusal
                            .status()
                            .reasonPhrase()
                            .toLowerCase(Locale.ROOT)
                            .replace(' ', '_')));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      FullHttpResponse response =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1,
              refusal.status(),
              Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
      HttpHeaders headers = response.headers();
      headers.set(
          HttpHeaderNames.CONTENT_TYPE, browser ? "text/html;charset=utf-8" : "application/json");
      headers.setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      guard(headers);
      return response;
    }
  }

  /** Adds each security header the answer does not set itself. */
  private static void guard(HttpHeaders headers) {
    SecurityHeaders.DEFAULTS.forEach(
        (name, value) -> {
          if (!headers.contains(name)) {
            headers.set(name, value);
          }
        });
  }

  /** Why a request is refused before the application sees it: the status and the message. */
  record Refusal(HttpResponseStatus status, String message) {}

  /** What is wrong with the request as Netty read it; null when nothing is. */
  static Refusal refusal(HttpRequest request) {
    Throwable cause = request.decoderResult().cause();
    if (cause instanceof TooLongHttpLineException) {
      return new Refusal(
          HttpResponseStatus.REQUEST_URI_TOO_LONG,
          "The address is too long: at most 4,096 characters.");
    }
    if (cause instanceof TooLongHttpHeaderException) {
      return new Refusal(
          HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
          "The request's headers are too long: at most 8 KB together.");
    }
    String problem =
        cause != null
            ? "The request could not be read as HTTP: its first line is a method, an address"
                + " without spaces (write a space as %20) and the HTTP version."
            : addressProblem(request.uri());
    return problem == null ? null : new Refusal(HttpResponseStatus.BAD_REQUEST, problem);
  }

  /** Null when {@code uri} is well formed; else what is wrong with it. */
  static String addressProblem(String uri) {
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c == '%') {
        if (i + 2 >= uri.length() || !isHex(uri.charAt(i + 1)) || !isHex(uri.charAt(i + 2))) {
          return "The address has a “%” that is not followed by two hexadecimal digits; write a"
              + " “%” as %25.";
        }
      } else if (c <= ' ' || c == 0x7f) {
        return "The address has a space or a control character; write a space as %20.";
      }
    }
    return null;
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
