package dev.crosscheck.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Note;
import dev.crosscheck.model.Quotation;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private static Segmented segment(String text) {
    return Segmenter.segment(new Article(SourceMeta.bare("s"), text, List.<Note>of()));
  }

  private static List<String> sentences(String text) {
    return segment(text).sentences().stream().map(Sentence::text).toList();
  }

  @Test
  void splitsOnSentenceEndsButNotAbbreviations() {
    assertThat(sentences("He met U.S. President Donald Trump. Then he left. Mr. Smith stayed in Washington, D.C. for a day."))
        .containsExactly("He met U.S. President Donald Trump.", "Then he left.",
            "Mr. Smith stayed in Washington, D.C. for a day.");
  }

  @Test
  void aQuotationStaysInTheSentenceThatAttributesIt() {
    assertThat(sentences("“We are over the shock. But we should never forget,” Carney said. “Next,” he added."))
        .containsExactly("“We are over the shock. But we should never forget,” Carney said.", "“Next,” he added.");
  }

  @Test
  void aSentenceEndsWhereAQuotationEndsWithAFullStop() {
    assertThat(sentences("Kelly said it was “a cherished state.” Leavitt agreed."))
        .containsExactly("Kelly said it was “a cherished state.”", "Leavitt agreed.");
  }

  @Test
  void findsQuotationsWithMixedMarks() {
    Segmented s = segment("Carney said, \"We are over the shock.” And “never” again.");
    assertThat(s.quotations()).extracting(Quotation::words).containsExactly("We are over the shock.", "never");
  }

  @Test
  void marksHeadingsAndQuestionHeadings() {
    Segmented s = segment("A New Era Under Carney\nWhy is the meeting important for Canada?\nIt matters.");
    assertThat(s.sentences()).extracting(Sentence::heading).containsExactly(true, true, false);
  }

  @Test
  void sentencesOfTheSeedsAreOrderedDisjointAndExact() {
    for (Source source : SourceFiles.readAll(Path.of("sources"))) {
      Segmented s = Segmenter.segment(Cleaner.clean(source));
      int previousEnd = 0;
      for (Sentence sentence : s.sentences()) {
        assertThat(sentence.start()).as(source.id()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(s.text().substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        assertThat(sentence.text()).isEqualTo(sentence.text().strip()).isNotEmpty();
        previousEnd = sentence.end();
      }
      for (Quotation q : s.quotations()) {
        assertThat(q.inner().of(s.text())).isEqualTo(q.words());
      }
    }
  }

  @Test
  void aPathologicalParagraphIsLinear() {
    String commas = ",".repeat(10_000) + " " + "Word. ".repeat(20_000);
    assertThat(segment(commas).sentences()).hasSizeGreaterThan(19_000);
  }

  @Test
  void aRunWithNoSentenceEndIsCutAtWhiteSpaceIntoBoundedPieces() {
    String run = "the harbour workers and the port ".repeat(200).strip(); // 6,599 characters, no full stop
    List<Sentence> pieces = segment(run + "\nA real sentence.").sentences();
    assertThat(pieces).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(Segmenter.MAX_SENTENCE_CHARS));
    assertThat(pieces.get(pieces.size() - 1).text()).isEqualTo("A real sentence.");
    assertThat(String.join(" ", pieces.subList(0, pieces.size() - 1).stream().map(Sentence::text).toList())).isEqualTo(run);

    String word = "x".repeat(2_500);
    assertThat(sentences(word)).containsExactly(word.substring(0, 1_000), word.substring(1_000, 2_000), word.substring(2_000));
  }
}
