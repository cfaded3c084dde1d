package dev.crosscheck.ingest;

import org.jspecify.annotations.Nullable;

/** Finds the article in a web page. Pure: the same page always gives the same text. */
public interface ArticleExtractor {
  /**
   * @param pageUrl where the page came from, to resolve relative links, or null for a saved file
   * @throws NoArticleException when the page holds no article text
   */
  ExtractedPage extract(String html, @Nullable String pageUrl);

  /** The page has no article text: a front page, an error page, a page built by scripts. */
  final class NoArticleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoArticleException(String problem) {
      super(problem);
    }
  }
}
