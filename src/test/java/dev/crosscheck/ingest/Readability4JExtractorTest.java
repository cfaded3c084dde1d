package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Readability4JExtractorTest {
  private final ArticleExtractor extractor = new Readability4JExtractor();

  static String page(String name) throws IOException {
    try (InputStream in = Readability4JExtractorTest.class.getResourceAsStream("/pages/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void keepsTheArticleParagraphsOneALineAndDropsTheFurniture() throws IOException {
    ExtractedPage page = extractor.extract(page("harbour-strike.html"), null);
    assertThat(page.text()).startsWith("More than 1,200 dock workers at the port of Westhaven walked off the job on Friday evening after talks")
        .contains("\n\nUnion secretary Tom Ridley said")
        .endsWith("under a mediator appointed by the labour ministry.\n")
        .doesNotContain("Subscribe", "Privacy", "Port pay offer rejected", "newsletter");
    // an inline ad inside the story stays a line of its own, for the Cleaner to remove with a note
    assertThat(page.text().split("\n\n")).hasSize(6).contains("Advertisement");
  }

  @Test
  void readsTheMetadataThePagePublishes() throws IOException {
    PageMeta meta = extractor.extract(page("harbour-strike.html"), null).meta();
    assertThat(meta).isEqualTo(new PageMeta("Dock workers walk out as harbour talks collapse", "The Coastal Courier",
        "https://coastalcourier.example/news/2025/03/harbour-strike", LocalDate.of(2025, 3, 14)));
  }
}
