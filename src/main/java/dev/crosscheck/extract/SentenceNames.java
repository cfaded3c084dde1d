package dev.crosscheck.extract;

import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The capitalised word runs of each sentence of one article, with titles peeled off and trimmed, found once
 * and shared by every extractor's {@link Actors}: three extractors read every sentence's names, and finding
 * them is most of what reading a sentence costs.
 */
public final class SentenceNames {
  /** A run of capitalised words at {@code start}, as matched and as the name it gives ("" when none). */
  record Named(int start, String raw, String name) {}

  private final Map<Integer, List<Named>> bySentence = new HashMap<>();
  private Segmented article;

  /** The runs in the whole of {@code sentence}, in text order. */
  List<Named> in(Segmented article, Sentence sentence) {
    if (this.article != article) {
      this.article = article;
      bySentence.clear();
    }
    return bySentence.computeIfAbsent(sentence.start(), s -> {
      List<Named> found = new ArrayList<>();
      NameRuns m = new NameRuns(article.text(), sentence.start(), sentence.end());
      while (m.find()) {
        found.add(new Named(m.start(), m.group(), Names.trim(Actors.withoutTitles(m.group()))));
      }
      return List.copyOf(found);
    });
  }
}
