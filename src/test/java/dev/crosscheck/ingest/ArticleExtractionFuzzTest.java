package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crosscheck.model.Words;
import java.nio.charset.StandardCharsets;

/**
 * Any page: the extractor returns article text of at least the minimum length, or says there is none
 * ({@link ArticleExtractor.NoArticleException}); nothing else. To fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn test-compile surefire:test -Dtest=ArticleExtractionFuzzTest}.
 */
class ArticleExtractionFuzzTest {
  private final ArticleExtractor extractor = new Readability4JExtractor();

  @FuzzTest(maxDuration = "2m")
  void extractsTextOrSaysThereIsNone(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    ExtractedPage page;
    try {
      page = extractor.extract(html, null);
    } catch (ArticleExtractor.NoArticleException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return;
    }
    assertThat(Words.count(page.text())).isGreaterThanOrEqualTo(Readability4JExtractor.MIN_WORDS);
    assertThat(page.text()).endsWith("\n").doesNotContain("\r");
  }
}
