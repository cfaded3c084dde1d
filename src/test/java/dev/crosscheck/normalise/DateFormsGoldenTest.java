package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.GoldenCases.only;
import static dev.crosscheck.normalise.GoldenCases.reference;
import static dev.crosscheck.normalise.GoldenCases.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date forms beyond the issue's own examples (weekends, decades without a century, hedged offsets, spans
 * from a day, weeks named by their first day), in news sentences, with what a user would see; and the
 * look-alikes news also writes that must give no date.
 */
class DateFormsGoldenTest {

  @ParameterizedTest(name = "{1} => {2} {4}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # reference | sentence | expression | type | value | interval | rule
      2012-06-15 | Two climbers were killed over the weekend. | the weekend | date | 2012-W23-WE | 2012-06-09/2012-06-11 | weekend-past
      2012-06-15 | The road will stay closed through the weekend. | the weekend | date | 2012-W24-WE | 2012-06-16/2012-06-18 | weekend-future
      2016-11-07 | Talks resume the weekend after the next. | the weekend after the next | date | 2016-W47-WE | 2016-11-26/2016-11-28 | weekend-after-next
      2016-11-07 | He was not there that weekend. | that weekend | date | XXXX-WXX-WE | - | unresolved-anaphoric
      2016-11-07 | It was built in 1935, the same year the first families arrived. | the same year | date | XXXX | - | unresolved-anaphoric
      2016-11-07 | Inflation soared in the 70s. | the 70s | date | 197 | 1970-01-01/1980-01-01 | decade
      2016-11-07 | Inflation soared in the 70's. | the 70's | date | 197 | 1970-01-01/1980-01-01 | decade
      2016-11-07 | Jobs vanished in the '40s. | '40s | date | 194 | 1940-01-01/1950-01-01 | decade
      2025-05-02 | Rates fell in the '20s. | '20s | date | 202 | 2020-01-01/2030-01-01 | decade
      2016-11-07 | Inflation soared in the seventies. | the seventies | date | 197 | 1970-01-01/1980-01-01 | decade-words
      2016-11-07 | In the late 90s she was a star. | the late 90s | date | 199 | 1996-09-01/2000-01-01 | decade+late
      2016-11-07 | Trade boomed in the 1990s. | 1990s | date | 199 | 1990-01-01/2000-01-01 | decade
      2016-11-07 | Prices doubled earlier this decade. | this decade | date | 201 | 2010-01-01/2020-01-01 | decade-this
      2016-11-07 | The walls date from the 15th  century. | the 15th  century | date | 14 | 1400-01-01/1500-01-01 | century
      """)
  void findsAndResolves(String ref, String sentence, String found, String type, String value, String interval,
      String rule) {
    Expression e = only(sentence, reference(ref), found);
    assertThat(e.type().label()).as("type").isEqualTo(type);
    assertThat(e.value()).as("value").isEqualTo(value);
    assertThat(render(e.interval())).as("interval").isEqualTo(interval);
    assertThat(e.trace().rule()).as("rule").isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # sentence with no date in it, though it holds a word that can name one
      The victim, who was in her 60s, was taken to hospital.
      The man, in his early 30s, fell 600m.
      Men in their seventies were hit hardest.
      Highs will be in the 70s.
      She anchors the weekend edition.
      He plays in Week 15 against Chicago.
      """)
  void findsNoDate(String sentence) {
    List<Expression> dates = Normaliser.find(sentence, GoldenCases.FRIDAY).stream()
        .filter(e -> e.type() == ExpressionType.DATE).toList();
    assertThat(dates).as(sentence).isEmpty();
  }
}
