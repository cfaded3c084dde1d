package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.SourceMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
  private static final String STORY = """
      More than 1,200 dock workers at the port of Westhaven walked off the job on Friday evening after talks broke down.
      Union secretary Tom Ridley said the authority had walked away from a fair offer and the strike would last two days.
      Container ships were already queueing outside the harbour mouth on Friday night.
      Talks are due to resume on Monday morning under a mediator appointed by the labour ministry.
      """;

  private static Article article(String id, String text) {
    return new Article(SourceMeta.bare(id), text, List.of());
  }

  @Test
  void findsTheSameTextButNotAnEditedOne() {
    List<Article> existing = List.of(article("a", "Something else entirely about ferries."), article("b", STORY));
    assertThat(Duplicates.sameText(article("new", STORY), existing)).map(Article::id).contains("b");
    assertThat(Duplicates.sameText(article("new", STORY.replace("Monday", "Tuesday")), existing)).isEmpty();
  }

  @Test
  void aCopyWithAParagraphAddedIsMostlySharedButASeparateReportIsNot() {
    List<Article> existing = List.of(article("courier", STORY));
    String syndicated = STORY + "This story was shared by the Coastal Courier under a content partnership.\n";
    String separate = """
        Dock workers in Westhaven went on strike on Friday, their union said, after the harbour authority refused
        to improve its offer on night shifts. Ferries were sent to Eastport. A mediator will chair talks on Monday.
        """;
    assertThat(Duplicates.mostlyShared(article("wire", syndicated), existing)).map(Article::id).contains("courier");
    assertThat(Duplicates.mostlyShared(article("echo", separate), existing)).isEmpty();
  }
}
