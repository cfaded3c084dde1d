package dev.crosscheck.ingest;

import dev.crosscheck.BadInputException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the user asked to add (a text or Markdown file, a saved article page, or a web address) into
 * article text and the metadata the page gave, touching nothing in the workspace.
 */
public final class SourceInput {
  /**
   * An input read into memory.
   *
   * @param suffix the file suffix the source is stored under: {@code .txt} or {@code .md}
   * @param name a name to make the default id from when the page has no title
   */
  public record Read(String text, String suffix, PageMeta page, String name) {}

  private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

  private final ArticleExtractor extractor;
  private final PageFetcher fetcher;

  public SourceInput(ArticleExtractor extractor, PageFetcher fetcher) {
    this.extractor = extractor;
    this.fetcher = fetcher;
  }

  public Read read(String input) {
    return PageFetcher.isWebAddress(input) ? fromWeb(input) : fromFile(Path.of(input));
  }

  private Read fromFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file, Files.exists(file) ? "not a regular file" : "no such file");
    }
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    if (lower.endsWith(".txt") || lower.endsWith(".md")) {
      return new Read(SourceFiles.decode(file), lower.endsWith(".md") ? ".md" : ".txt", PageMeta.NONE, stem);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      byte[] bytes;
      try {
        long size = Files.size(file);
        if (size > fetcher.limits().maxBytes()) {
          throw new BadInputException(file, "the page is " + SourceFiles.megabytes(size) + ", more than the "
              + SourceFiles.megabytes(fetcher.limits().maxBytes()) + " allowed (--max-size): refused");
        }
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
      }
      return fromPage(file.toString(), bytes, null, null, stem);
    }
    throw new BadInputException(file, "cannot add this kind of file: give a .txt, .md, .html or .htm file, or a web address");
  }

  private Read fromWeb(String address) {
    PageFetcher.Page page = fetcher.fetch(address);
    String name = lastPathSegment(page.uri());
    if (page.isHtml()) {
      return fromPage(address, page.body(), page.charset(), page.uri().toString(), name);
    }
    String text = SourceFiles.decode(address, page.body(), Objects.requireNonNullElse(page.charset(), StandardCharsets.UTF_8));
    requireSourceSize(address, text);
    return new Read(text, ".txt", new PageMeta(null, null, page.uri().toString(), null), name);
  }

  private Read fromPage(String place, byte[] bytes, @Nullable Charset declared, @Nullable String pageUrl, String name) {
    String html = SourceFiles.decode(place, bytes, declared != null ? declared : sniffCharset(bytes));
    ExtractedPage page;
    try {
      page = extractor.extract(html, pageUrl);
    } catch (ArticleExtractor.NoArticleException e) {
      throw new BadInputException(place, e.getMessage());
    }
    requireSourceSize(place, page.text());
    PageMeta meta = page.meta();
    if (meta.url() == null && pageUrl != null) {
      meta = new PageMeta(meta.title(), meta.outlet(), pageUrl, meta.published());
    }
    return new Read(page.text(), ".txt", meta, name);
  }

  private static void requireSourceSize(String place, String text) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > SourceFiles.MAX_BYTES) {
      throw new BadInputException(place, "the article text is " + SourceFiles.megabytes(bytes) + ", more than the "
          + SourceFiles.megabytes(SourceFiles.MAX_BYTES) + " a source may hold: refused");
    }
  }

  /** The charset a saved page declares in its first bytes; UTF-8 when it declares none. */
  static Charset sniffCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        return Charset.forName(m.group(1));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static String lastPathSegment(URI uri) {
    String path = Objects.requireNonNullElse(uri.getPath(), "").replaceAll("/+$", "");
    String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
    return last.isEmpty() ? Objects.requireNonNullElse(uri.getHost(), "page") : last;
  }
}
