package dev.crosscheck.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseDetectorTest {

  @ParameterizedTest(name = "{0} [{1}] => {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Carney announced Friday that he will travel to Washington next Tuesday. | Friday | PAST
      Carney announced Friday that he will travel to Washington on Tuesday. | Tuesday | FUTURE
      Carney is due to meet Trump on Tuesday. | Tuesday | FUTURE
      Trump made the comments Wednesday. | Wednesday | PAST
      The office said in a statement on Tuesday. | Tuesday | PAST
      The two leaders spoke by phone in March. | March | PAST
      The summit is scheduled for June. | June | FUTURE
      Carney plans to visit in June. | June | FUTURE
      Tuesday. | Tuesday | UNKNOWN
      He says the deal holds. It was signed Monday. | Monday | PAST
      """)
  void nearestCueDecides(String sentence, String expression, Tense expected) {
    int start = sentence.indexOf(expression);
    assertThat(TenseDetector.around(sentence, start, start + expression.length())).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"announced,PAST", "spoke,PAST", "will,FUTURE", "upcoming,FUTURE", "is,PRESENT", "hundred,UNKNOWN",
      "expected,FUTURE", "table,UNKNOWN"})
  void singleWordCues(String word, Tense expected) {
    assertThat(TenseDetector.cue(word)).isEqualTo(expected);
  }
}
