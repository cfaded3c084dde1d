package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Note;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private static Article clean(String text) {
    return Cleaner.clean(new Source(SourceMeta.bare("s"), text));
  }

  @Test
  void removesFurnitureAndSaysSo() {
    Article a = clean("First paragraph.\n\nAdvertisment\n\nAlso read: Something else | List here\n\nSecond paragraph.\n"
        + "Click here to subscribe to our newsletters and get the latest updates directly to your inbox.");
    assertThat(a.text()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    assertThat(a.notes()).extracting(Note::code).containsExactly("removed-furniture", "removed-furniture", "removed-furniture");
    assertThat(a.notes()).extracting(Note::line).containsExactly(3, 5, 8);
  }

  @Test
  void removesTextGeneratorLeftovers() {
    Article a = clean("A sentence.\nDo you want a summary version of this for social media or a press release?");
    assertThat(a.text()).isEqualTo("A sentence.");
    assertThat(a.notes()).singleElement().extracting(Note::code).isEqualTo("removed-generator-text");
  }

  @Test
  void rejoinsLinkTextBrokenOntoItsOwnLines() {
    Article a = clean("According to\na statement from the PMO about the call\n, both leaders agreed.\nNext line.");
    assertThat(a.text()).isEqualTo("According to a statement from the PMO about the call, both leaders agreed.\nNext line.");
    assertThat(a.notes()).extracting(Note::code).containsOnly("rejoined-line");
  }

  @Test
  void joinsAnAttributionToTheQuoteItIntroduces() {
    Article a = clean("Anna Kelly said,\n\nAdvertisment\n\n“The election does not matter.”");
    assertThat(a.text()).isEqualTo("Anna Kelly said, “The election does not matter.”");
  }

  @Test
  void keepsHeadingsListsAndOrdinaryQuestions() {
    String text = "Trade Disputes and Political Friction\nTensions rose.\nSome issues could include:\n- A first item\n"
        + "Why is the meeting important?\nBecause it is.";
    assertThat(clean(text).text()).isEqualTo(text);
    assertThat(clean(text).notes()).isEmpty();
  }

  @Test
  void cleaningIsIdempotent() {
    String raw = "According to\nthe PMO\n, they agreed.\n\nAdvertisement\n\nEnd.";
    Article once = clean(raw);
    Article twice = clean(once.text());
    assertThat(twice.text()).isEqualTo(once.text());
    assertThat(twice.notes()).isEmpty();
  }
}
