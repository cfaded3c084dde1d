package dev.crosscheck.ingest;

import dev.crosscheck.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one article page over HTTP(S) with bounded time, size and redirects, so a slow, huge or looping
 * server gives a clear error instead of a hang or an out-of-memory.
 */
public final class PageFetcher {
  /** How long and how much the fetcher waits for and reads. */
  public record Limits(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxRedirects) {
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 5);

    public Limits {
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(requestTimeout, "requestTimeout");
      if (maxBytes <= 0 || maxRedirects < 0) {
        throw new IllegalArgumentException("limits must be positive: " + maxBytes + " bytes, " + maxRedirects + " redirects");
      }
    }
  }

  /** A fetched page: where it finally came from, its media type (lower case, no parameters) and its bytes. */
  public record Page(URI uri, String mediaType, @Nullable Charset charset, byte[] body) {
    public boolean isHtml() {
      return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }
  }

  private final Limits limits;
  private final HttpClient client;

  public PageFetcher(Limits limits) {
    this.limits = limits;
    this.client = HttpClient.newBuilder()
        .connectTimeout(limits.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public Limits limits() {
    return limits;
  }

  public static boolean isWebAddress(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  public Page fetch(String address) {
    URI uri;
    try {
      uri = URI.create(address);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(address, "not a valid web address");
    }
    for (int hop = 0; ; hop++) {
      HttpResponse<InputStream> response = send(address, uri);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        close(response);
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          throw new BadInputException(address, "the server answered " + status + " (a redirect) without saying where to");
        }
        if (hop >= limits.maxRedirects()) {
          throw new BadInputException(address, "more than " + limits.maxRedirects() + " redirects: refused");
        }
        try {
          uri = uri.resolve(location.get());
        } catch (IllegalArgumentException e) {
          throw new BadInputException(address, "redirected to '" + location.get() + "', which is not a web address");
        }
        if (!isWebAddress(uri.toString())) {
          throw new BadInputException(address, "redirected to " + uri + ", which is not a web page");
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        close(response);
        throw new BadInputException(address, "the server answered " + status + describe(status) + ", not the page");
      }
      return read(address, uri, response);
    }
  }

  private HttpResponse<InputStream> send(String address, URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(limits.requestTimeout())
        .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
        .header("User-Agent", "crosscheck/0.1 (news source checker)")
        .GET()
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new BadInputException(address, "could not connect within " + seconds(limits.connectTimeout()));
    } catch (HttpTimeoutException e) {
      throw new BadInputException(address, "no answer within " + seconds(limits.requestTimeout()));
    } catch (ConnectException e) {
      throw new BadInputException(address, "cannot connect to " + uri.getHost());
    } catch (IOException e) {
      throw new BadInputException(address, "cannot fetch: " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(address, "interrupted while fetching");
    } catch (IllegalArgumentException e) {
      throw new BadInputException(address, "not a valid web address");
    }
  }

  private Page read(String address, URI uri, HttpResponse<InputStream> response) {
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("text/html") && !mediaType.equals("application/xhtml+xml") && !mediaType.equals("text/plain")) {
      close(response);
      throw new BadInputException(address, "the page is " + (mediaType.isEmpty() ? "of no stated type" : mediaType)
          + ", not text/html or text/plain");
    }
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > limits.maxBytes()) {
      close(response);
      throw tooLarge(address);
    }
    byte[] body = readBounded(address, response.body());
    if (body.length > limits.maxBytes()) {
      throw tooLarge(address);
    }
    return new Page(uri, mediaType, charset(contentType), body);
  }

  /** At most one byte over the cap, within the request timeout: the client's own timeout stops at the headers. */
  private byte[] readBounded(String address, InputStream in) {
    int cap = (int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1);
    CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
      try {
        return in.readNBytes(cap);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      return reading.get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new BadInputException(address, "the page did not arrive within " + seconds(limits.requestTimeout()));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
      throw new BadInputException(address, "cannot read the page: " + Objects.requireNonNullElse(cause.getMessage(), cause.toString()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(address, "interrupted while fetching");
    } finally {
      reading.cancel(true);
      try {
        in.close();
      } catch (IOException e) {
        // closing only releases the connection; the body is already read or abandoned
      }
    }
  }

  private BadInputException tooLarge(String address) {
    return new BadInputException(address, "the page is larger than " + size(limits.maxBytes()) + ": refused");
  }

  private static @Nullable Charset charset(String contentType) {
    for (String param : contentType.split(";")) {
      String p = param.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        try {
          return Charset.forName(p.substring(8).replace("\"", "").strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // the answer is already an error; a failed close adds nothing
    }
  }

  private static String describe(int status) {
    return switch (status) {
      case 401, 403 -> " (access denied)";
      case 404 -> " (not found)";
      case 410 -> " (gone)";
      case 429 -> " (too many requests)";
      default -> status >= 500 ? " (server error)" : "";
    };
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  static String size(long bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes % 1024 == 0 ? (bytes >> 10) + " KB" : bytes + " bytes";
  }
}
