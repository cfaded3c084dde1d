package dev.crosscheck.ingest;

import dev.crosscheck.model.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Mozilla Readability's choice of the article's main block (via Readability4J), kept paragraph by paragraph. */
public final class Readability4JExtractor implements ArticleExtractor {
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt";
  /** Fewer words than this is a teaser or a stub, not an article to check. */
  static final int MIN_WORDS = 30;
  /**
   * News pages hold a few thousand elements; Readability spends about a quarter of a millisecond on each, so
   * a page of a million empty elements (10 MB) would take minutes. Beyond this it is refused.
   */
  static final int MAX_ELEMENTS = 50_000;

  @Override
  public ExtractedPage extract(String html, @Nullable String pageUrl) {
    String base = Objects.requireNonNullElse(pageUrl, "");
    // Readability edits the document it is given, so it gets its own copy
    Document page = Jsoup.parse(html, base);
    int elements = page.getAllElements().size();
    if (elements > MAX_ELEMENTS) {
      throw new NoArticleException("the page has " + elements + " elements, more than the " + MAX_ELEMENTS
          + " an article page needs: refused");
    }
    PageMeta meta = PageMeta.read(page);
    Article article = new Readability4J(base, Jsoup.parse(html, base)).parse();
    Element content = article.getArticleContent();
    List<String> paragraphs = content == null ? List.of() : paragraphs(content);
    int words = paragraphs.stream().mapToInt(Words::count).sum();
    if (words < MIN_WORDS) {
      throw new NoArticleException(words == 0 ? "no article text found on the page"
          : "no article text found on the page (only " + words + " words outside links and menus)");
    }
    return new ExtractedPage(String.join("\n\n", paragraphs) + "\n", meta);
  }

  /** The innermost text blocks in reading order; text not inside any block becomes one paragraph. */
  static List<String> paragraphs(Element content) {
    List<String> out = new ArrayList<>();
    for (Element block : content.select(BLOCKS)) {
      boolean holdsBlocks = block.select(BLOCKS).size() > 1; // select() counts the block itself
      if (holdsBlocks || mostlyLinks(block)) {
        continue;
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    if (out.isEmpty()) {
      String text = content.text().strip();
      if (!text.isEmpty() && !mostlyLinks(content)) {
        out.add(text);
      }
    }
    return out;
  }

  private static boolean mostlyLinks(Element block) {
    int all = block.text().length();
    int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return all > 0 && linked * 2 > all;
  }
}
