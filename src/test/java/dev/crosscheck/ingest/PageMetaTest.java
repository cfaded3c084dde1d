package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetaTest {
  @Test
  void readsJsonLdInAnArrayWithTypeListsAndAPublisherGivenAsText() {
    PageMeta meta = PageMeta.read(Jsoup.parse("""
        <html><head><title>Site title</title>
        <script type="application/ld+json">{ broken json</script>
        <script type="application/ld+json">
        [{"@type": "Organization", "name": "Not the outlet"},
         {"@type": ["ReportageNewsArticle", "Thing"], "headline": "Ferries diverted",
          "datePublished": "2025-04-25T23:30:00-04:00", "publisher": "Eastport Echo",
          "url": "https://echo.example/ferries"}]
        </script></head><body></body></html>"""));

    assertThat(meta).isEqualTo(new PageMeta("Ferries diverted", "Eastport Echo", "https://echo.example/ferries",
        LocalDate.of(2025, 4, 25)));
  }

  @Test
  void fallsBackToOpenGraphAndThePageTitle() {
    PageMeta meta = PageMeta.read(Jsoup.parse("""
        <html><head><title>  Harbour   strike </title>
        <meta property="og:site_name" content="Courier">
        <meta property="article:published_time" content="not a date">
        <meta name="date" content="2025-03-14">
        </head><body></body></html>""", "https://courier.example/a"));

    assertThat(meta).isEqualTo(new PageMeta("Harbour strike", "Courier", null, LocalDate.of(2025, 3, 14)));
  }
}
