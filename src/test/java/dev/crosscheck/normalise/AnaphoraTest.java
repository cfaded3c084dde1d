package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.GoldenCases.assertRow;
import static dev.crosscheck.normalise.GoldenCases.only;
import static dev.crosscheck.normalise.GoldenCases.reference;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the day after", "two days later", "that year": counted from the date written before them, in news
 * sentences (most from ECB+), and left as they were when that date is missing, too coarse or too far.
 */
class AnaphoraTest {

  @ParameterizedTest(name = "{1} => {2} {4}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # reference | text | expression | type | value | interval | rule
      2025-05-02 | He left on Monday. The day after, he resigned. | The day after | date | 2025-04-29 | 2025-04-29/2025-04-30 | anaphoric-day-after
      2025-05-02 | He left on Monday and resigned the day after. | the day after | date | 2025-04-29 | 2025-04-29/2025-04-30 | anaphoric-day-after
      2025-05-02 | He left on Monday. The next day he resigned. | The next day | date | 2025-04-29 | 2025-04-29/2025-04-30 | anaphoric-day-after
      2025-05-02 | He left on Monday. The following day he resigned. | The following day | date | 2025-04-29 | 2025-04-29/2025-04-30 | anaphoric-day-after
      2025-05-02 | He resigned on Monday. He had quit the day before. | the day before | date | 2025-04-27 | 2025-04-27/2025-04-28 | anaphoric-day-before
      2025-05-02 | He resigned on Monday. The previous day he had quit. | The previous day | date | 2025-04-27 | 2025-04-27/2025-04-28 | anaphoric-day-before
      2025-05-02 | He left on Monday. That day he resigned. | That day | date | 2025-04-28 | 2025-04-28/2025-04-29 | anaphoric-day-same
      2025-05-02 | He left on Monday. The same day he resigned. | The same day | date | 2025-04-28 | 2025-04-28/2025-04-29 | anaphoric-day-same
      2025-05-02 | He left on Monday. Later that day he resigned. | Later that day | date | 2025-04-28 | 2025-04-28/2025-04-29 | anaphoric-day-same+later
      2025-05-02 | He left on Monday. Later that week he resigned. | Later that week | date | 2025-W18 | 2025-04-29/2025-05-05 | anaphoric-week-same+later
      2025-05-02 | He left on Monday. The following week he resigned. | The following week | date | 2025-W19 | 2025-05-05/2025-05-12 | anaphoric-week-after
      2025-05-02 | He left on Monday. Two days later, he resigned. | Two days later | date | 2025-04-30 | 2025-04-30/2025-05-01 | anaphoric-days-later
      2010-12-01 | On Wednesday, Jeffs was in court. He was brought to Texas a day earlier from Utah. | a day earlier | date | 2010-11-30 | 2010-11-30/2010-12-01 | anaphoric-days-earlier
      2011-01-05 | He broke his fibula in the Sept. 20 win. A week later, Thomas went out. | A week later | date | 2010-09-27 | 2010-09-27/2010-09-28 | anaphoric-weeks-later
      2010-06-12 | He fled in June 2005. A warrant was issued. Fourteen months later, he was arrested. | Fourteen months later | date | 2006-08 | 2006-08-01/2006-09-01 | anaphoric-months-later
      - | In 1983, it was forced to file for bankruptcy. Two years later, the cooperative was sold. | Two years later | date | 1985 | 1985-01-01/1986-01-01 | anaphoric-years-later
      - | The show premiered in September 2005 and was canceled the following month. | the following month | date | 2005-10 | 2005-10-01/2005-11-01 | anaphoric-month-after
      - | The 2008 telecast drew 32 million, a 24% drop from the previous year's ceremony. | the previous year | date | 2007 | 2007-01-01/2008-01-01 | anaphoric-year-before
      - | It happened in 1959. Then the host forced that year's winners to dance. | that year | date | 1959 | 1959-01-01/1960-01-01 | anaphoric-year-same
      - | He won the title in 2001. Lewis avenged the defeat later in that year. | later in that year | date | 2001 | 2001-01-01/2002-01-01 | anaphoric-year-same+later
      - | She was Playmate of the Month in January of 1955. The same year she was named Miss Pinup Girl. | The same year | date | 1955 | 1955-01-01/1956-01-01 | anaphoric-year-same
      """)
  void countsFromTheDateWrittenBefore(String ref, String text, String found, String type, String value, String interval,
      String rule) {
    assertRow(ref, text, found, type, value, interval, rule);
  }

  @ParameterizedTest(name = "{1} => {2} {4}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # reference | text | expression | type | value | interval | rule
      2025-05-02 | The day after, he resigned. | The day after | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | He left on Monday. The day after the election he resigned. | The day after | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | He left on Monday. The day after he resigned, she quit. | The day after | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | He left in March. The next day he resigned. | The next day | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | He left on Monday. Police said. Nobody came. Officers waited. The next day he resigned. | The next day | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | He left on Monday, he says now. The next day he resigned. | The next day | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | He left on Monday. "I saw her the next day," she said. | the next day | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | Prices rose in 2008. The following week they fell. | The following week | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | Talks opened on Monday. The next day of talks was cancelled. | The next day | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | The vote was on Monday, the same day as the rally. | the same day | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | Gomes was charged in 2004. He ran into Jean a few days later. | a few days later | date | XXXX-XX-XX | - | unresolved-anaphoric
      2016-11-07 | The project was submitted last month and 3 weeks later it was approved. | 3 weeks later | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | Nine days earlier he had a heart attack. | Nine days earlier | date | XXXX-XX-XX | - | unresolved-anaphoric
      2016-11-07 | He was in Paris in September of that year. | that year | date | XXXX | - | unresolved-anaphoric
      """)
  void leavesItAsItWasWithoutAUsableAnchor(String ref, String text, String found, String type, String value,
      String interval, String rule) {
    assertRow(ref, text, found, type, value, interval, rule);
  }

  @Test
  void theTraceNamesTheAnchorAndTheReportShowsIt() {
    Expression e = only("He left on Monday. The day after, he resigned.", reference("2025-05-02"), "The day after");
    assertThat(e.trace()).isEqualTo(new Trace("anaphoric-day-after", "\"Monday\" → 2025-04-28"));
    assertThat(e.describe())
        .isEqualTo("The day after → 2025-04-29 (anchor: \"Monday\" → 2025-04-28, rule anaphoric-day-after)");
  }

  @Test
  void laterWithoutAnAnchorCountsFromPublicationOnlyWhenNotPast() {
    // past tense: later than some event the text told, never than the publication (ECB+: "three weeks later, P. J.
    // Hill was placed on IR" read as a date after the article)
    assertThat(only("Less than three weeks later, Hill was placed on IR.", reference("2011-01-05"), "three weeks later")
        .value()).isEqualTo("XXXX-XX-XX");
    assertThat(only("He will return two days later.", reference("2011-01-05"), "two days later").value())
        .isEqualTo("2011-01-07");
  }

  @Test
  void oneSpeakerQuotedTwiceKeepsHisAnchor() {
    String text = "\"We met on Monday,\" he said, \"and I saw her the next day.\"";
    assertThat(only(text, reference("2025-05-02"), "the next day").value()).isEqualTo("2025-04-29");
  }

  @Test
  void aChainCountsFromTheDayBeforeIt() {
    String text = "He was arrested on March 3, 2008. The next day he was charged. The day after, he was freed.";
    assertThat(only(text, null, "The day after").value()).isEqualTo("2008-03-05");
  }

  @Test
  void aDatelineIsNoAnchor() {
    // ECB+ 18_10ecbplus: the man was fired four days before the shooting, not four days before the dateline
    String text = "Published April 11, 2007\nA man fired four days earlier from his job walked in.";
    assertThat(only(text, null, "four days earlier").value()).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void aClauseAfterThatIsNoDate() {
    assertThat(Normaliser.find("He said that day trips to the border were banned.", reference("2025-05-02")))
        .noneMatch(e -> e.text().contains("that day"));
    assertThat(Normaliser.find("Officials said that day care centres would close.", reference("2025-05-02")))
        .noneMatch(e -> e.text().contains("that day"));
  }
}
