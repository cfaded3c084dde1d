package dev.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.model.Aliases;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.segment.Segmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
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
        tuple("Canadian", Mention.Kind.PLACE),
        tuple("Ana Silva", Mention.Kind.PERSON),
        tuple("U.S.", Mention.Kind.PLACE),
        tuple("Silva’s office", Mention.Kind.OFFICE),
        tuple("Free Trade Commission", Mention.Kind.ORGANISATION),
        tuple("the White House", Mention.Kind.ORGANISATION));
  }

  @Test
  void aPossessiveEndsANameAndAFullStopIsNoPartOfIt() {
    assertThat(find("Critics attacked Rui Costa’s plan. They also met Ana Silva.\n"))
        .extracting(Mention::text).contains("Rui Costa", "Ana Silva")
        .noneMatch(t -> t.contains("’") || t.endsWith("."));
  }

  private static List<Tuple> found(String text) {
    return find(text).stream().map(m -> tuple(m.text(), m.kind())).toList();
  }

  @Test
  void sentenceOpenersAndOccupationsAreNoPartOfAName() {
    assertThat(find("Today Apple said it would buy SeaMicro. Considering Lionsgate’s offer, Coach Sean Payton "
        + "agreed. Maybe President Obama saw it. General Manager A. J. Smith said so.\n"))
        .extracting(Mention::text).contains("Apple", "SeaMicro", "Lionsgate", "Sean Payton", "Obama")
        .noneMatch(t -> t.startsWith("Today") || t.startsWith("Considering") || t.startsWith("Coach")
            || t.startsWith("Maybe") || t.equals("Manager"));
  }

  @Test
  void peopleWhoseNamesAreWordsKeepThem() {
    assertThat(find("Hope Solo met Chase Utley. Bettie Page posed. Billy King and Aaron Judge spoke.\n"))
        .extracting(Mention::text, Mention::kind).contains(
            tuple("Hope Solo", Mention.Kind.PERSON),
            tuple("Chase Utley", Mention.Kind.PERSON),
            tuple("Bettie Page", Mention.Kind.PERSON),
            tuple("Billy King", Mention.Kind.PERSON),
            tuple("Aaron Judge", Mention.Kind.PERSON));
  }

  @Test
  void teamsPlacesAndOrganisationsAreNoPeople() {
    assertThat(found("Kansas City Chiefs coach Andy Reid said the Chiefs would stay in Kansas City. Rioters in "
        + "East Flatbush fled. Troops from South Sudan and the Royal Navy met the Geological Survey in New Orleans.\n"))
        .contains(
            tuple("Kansas City Chiefs", Mention.Kind.ORGANISATION),
            tuple("Andy Reid", Mention.Kind.PERSON),
            tuple("Chiefs", Mention.Kind.ORGANISATION),
            tuple("Kansas City", Mention.Kind.PLACE),
            tuple("East Flatbush", Mention.Kind.PLACE),
            tuple("South Sudan", Mention.Kind.PLACE),
            tuple("Royal Navy", Mention.Kind.ORGANISATION),
            tuple("Geological Survey", Mention.Kind.ORGANISATION),
            tuple("New Orleans", Mention.Kind.PLACE));
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
