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
  /**
   * A run of capitalised words at {@code start}, as matched and as the name it gives ("" when none), with what
   * every tracker asks of it, worked out once.
   *
   * @param subject whether it can be who the sentence speaks of: a name, outside quotations, not a possessive, not
   *     after "with", "to" …
   * @param plain whether none of its words is a title or a word of places and organisations
   * @param words how many words the name has
   * @param last its last word
   */
  record Named(int start, String raw, String name, boolean subject, boolean plain, int words, String last) {
    static Named of(Segmented article, int start, String raw) {
      String name = Names.trim(Actors.withoutTitles(raw));
      boolean possessive = raw.startsWith(name) && raw.length() > name.length()
          && (raw.startsWith(name + "’s") || raw.startsWith(name + "'s"));
      boolean subject = !name.isEmpty() && !possessive && article.quotationAt(start) == null
          && !Actors.objectPosition(article.text(), start);
      String[] words = name.split(" ");
      return new Named(start, raw, name, subject, Actors.plain(words), words.length,
          words.length == 0 ? "" : words[words.length - 1]);
    }
  }

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
        found.add(Named.of(article, m.start(), m.group()));
      }
      return List.copyOf(found);
    });
  }
}
