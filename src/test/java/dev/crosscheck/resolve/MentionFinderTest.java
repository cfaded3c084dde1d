package dev.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.model.Aliases;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.segment.Segmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
  private static final Lexicon LEXICON = new Lexicon(Aliases.NONE);

  private static List<Mention> find(String text) {
    return MentionFinder.find(Segmenter.segment(Cleaner.clean(new Source(SourceMeta.bare("a"), text))), LEXICON);
  }

  @Test
  void titlesArePeeledOffAndKnownNamesAndOfficesAreFound() {
    List<Mention> found = find("Canadian Prime Minister Ana Silva met U.S. officials. Silva’s office said the "
        + "Free Trade Commission would meet at the White House.\n");
    assertThat(found).extracting(Mention::text, Mention::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Canadian", Mention.Kind.PLACE),
        org.assertj.core.groups.Tuple.tuple("Ana Silva", Mention.Kind.PERSON),
        org.assertj.core.groups.Tuple.tuple("U.S.", Mention.Kind.PLACE),
        org.assertj.core.groups.Tuple.tuple("Silva’s office", Mention.Kind.OFFICE),
        org.assertj.core.groups.Tuple.tuple("Free Trade Commission", Mention.Kind.ORGANISATION),
        org.assertj.core.groups.Tuple.tuple("the White House", Mention.Kind.ORGANISATION));
  }

  @Test
  void aPossessiveEndsANameAndAFullStopIsNoPartOfIt() {
    assertThat(find("Critics attacked Rui Costa’s plan. They also met Ana Silva.\n"))
        .extracting(Mention::text).contains("Rui Costa", "Ana Silva")
        .noneMatch(t -> t.contains("’") || t.endsWith("."));
  }

  @Test
  void onSeedSourcesEveryMentionPointsAtItsTextAndNoneOverlap() throws Exception {
    try (var files = Files.list(Path.of("sources"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Segmented article = Segmenter.segment(Cleaner.clean(new Source(SourceMeta.bare("s"), Files.readString(file))));
        List<Mention> mentions = MentionFinder.find(article, LEXICON);
        assertThat(mentions).isNotEmpty();
        int lastEnd = 0;
        for (Mention m : mentions) {
          assertThat(article.text().substring(m.start(), m.end())).isEqualTo(m.text());
          assertThat(m.start()).as("mentions in order, not overlapping").isGreaterThanOrEqualTo(lastEnd);
          lastEnd = m.end();
        }
      }
    }
  }
}
