package dev.crosscheck.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crosscheck.CheckResult;
import dev.crosscheck.Pipeline;
import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Quotation;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Any text, cleaned and cut into sentences: sentences and quotations lie inside the text, in order, and
 * are the text at their offsets; the whole pipeline cites every claim's evidence at its offsets.
 * To fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn test-compile surefire:test -Dtest='SegmenterFuzzTest#sentencesAreInOrderInsideTheText'}.
 */
class SegmenterFuzzTest {
  private static final SourceMeta META = new SourceMeta("fuzz", null, null, null, LocalDate.of(2025, 5, 2), false, null);

  @FuzzTest(maxDuration = "2m")
  void sentencesAreInOrderInsideTheText(byte[] input) {
    Article article = Cleaner.clean(new Source(META, new String(input, StandardCharsets.UTF_8)));
    Segmented segmented = Segmenter.segment(article);
    String text = article.text();
    int previousEnd = 0;
    for (Sentence s : segmented.sentences()) {
      assertThat(s.start()).as("%s", s).isGreaterThanOrEqualTo(previousEnd).isLessThan(s.end());
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      previousEnd = s.end();
    }
    int previousQuote = 0;
    for (Quotation q : segmented.quotations()) {
      assertThat(q.span().start()).as("%s", q).isGreaterThanOrEqualTo(previousQuote);
      assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
      previousQuote = q.span().end();
    }
  }

  @FuzzTest(maxDuration = "2m")
  void claimsCiteTheirEvidenceAtItsOffsets(byte[] input) {
    String raw = new String(input, StandardCharsets.UTF_8);
    CheckResult result = Pipeline.run(List.of(new Source(META, raw), new Source(SourceMeta.bare("other"), raw)));
    for (Article a : result.articles()) {
      for (Claim c : result.claims().getOrDefault(a.id(), List.of())) {
        assertThat(c.end()).isLessThanOrEqualTo(a.text().length());
        assertThat(a.text().substring(c.start(), c.end())).isEqualTo(c.evidenceText());
      }
    }
  }
}
