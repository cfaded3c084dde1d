package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.GoldenCases.FRIDAY;
import static dev.crosscheck.normalise.GoldenCases.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.crosscheck.model.ReferenceDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NormaliserTest {

  @Test
  void seed000NextTuesdayIsTheComingTuesdayWithItsTrace() throws IOException {
    String text = seed("000_bcfd6fea065c72ea");
    Expression e = only(text, FRIDAY, "next Tuesday");
    assertThat(e.value()).isEqualTo("2025-05-06");
    assertThat(e.trace()).isEqualTo(new Trace("weekday-next", "published 2025-05-02, estimated"));
    assertThat(e.describe())
        .isEqualTo("next Tuesday → 2025-05-06 (anchor: published 2025-05-02, estimated, rule weekday-next)");
  }

  @Test
  void seed004WeekdayWithDateResolvesToTheSameDay() throws IOException {
    Expression e = only(seed("004_6d7ed686b6d930b6"), FRIDAY, "Tuesday (May 06)");
    assertThat(e.value()).isEqualTo("2025-05-06");
    assertThat(e.trace().rule()).isEqualTo("weekday-date-agreement");
  }

  @Test
  void seed000And004AgreeOnTheMeetingDay() throws IOException {
    Expression a = only(seed("000_bcfd6fea065c72ea"), FRIDAY, "next Tuesday");
    Expression b = only(seed("004_6d7ed686b6d930b6"), FRIDAY, "Tuesday (May 06)");
    assertThat(Expressions.compatible(a, b)).isTrue();
    assertThat(a.interval()).isEqualTo(b.interval());
  }

  @Test
  void anAgeWithAHalfIsThatAgeNotItsLastDigit() {
    // "a 3.5-year-old" read as an age of 5 would contradict a source giving "three and a half"
    assertThat(only("The victim, a 3.5-year-old girl, was found.", null, "3.5-year-old").value()).isEqualTo("3.5");
    assertThat(Normaliser.find("a 1,5-year-old", null)).noneMatch(e -> e.value().equals("5"));
  }

  @Test
  void aSpokenYearBrokenOverTwoLinesIsOneYear() {
    // threw a NullPointerException (an internal error for the whole check) before its words were joined
    Expression e = only("It opened in two\nthousand and fifteen.", null, "two\nthousand and fifteen");
    assertThat(e.value()).isEqualTo("2015");
  }

  @Test
  void withoutReferenceWeekdayAndDateStayYearlessWhenTheTextNamesNoYear() throws IOException {
    Expression e = only(seed("004_6d7ed686b6d930b6"), null, "Tuesday (May 06)");
    assertThat(e.value()).isEqualTo("XXXX-05-06");
    assertThat(e.interval()).isNull();
    assertThat(e.trace().rule()).isEqualTo("unresolved-no-reference");
  }

  @Test
  void withoutReferenceTheWeekdayPicksAmongTheYearsTheTextNames() {
    // 2025-05-06 is a Tuesday, 2024-05-06 a Monday: only 2025 agrees with "Tuesday".
    String text = "Tariffs rose in 2024 and 2025. Carney meets Trump on Tuesday (May 06).";
    Expression e = only(text, null, "Tuesday (May 06)");
    assertThat(e.value()).isEqualTo("2025-05-06");
    assertThat(e.trace()).isEqualTo(new Trace("weekday-date-agreement", "year 2025 named in the text"));
  }

  @Test
  void withoutReferenceRelativeExpressionsAreUnresolvedAndAbsoluteOnesResolved() {
    String text = "He announced Friday he will travel next Tuesday, last month's deal of May 6, 2025 aside.";
    List<Expression> found = Normaliser.find(text, null);
    assertThat(found).extracting(Expression::text, Expression::value, e -> e.trace().rule()).contains(
        org.assertj.core.groups.Tuple.tuple("next Tuesday", "XXXX-WXX-2", "unresolved-no-reference"),
        org.assertj.core.groups.Tuple.tuple("Friday", "XXXX-WXX-5", "unresolved-no-reference"),
        org.assertj.core.groups.Tuple.tuple("last month", "XXXX-XX", "unresolved-no-reference"),
        org.assertj.core.groups.Tuple.tuple("May 6, 2025", "2025-05-06", "date"));
    assertThat(found).filteredOn(Expression::unresolved).allMatch(e -> e.trace().anchor() == null);
  }

  @Test
  void nextWeekdayOnTheSameWeekdayIsAWeekLater() {
    ReferenceDate tuesday = ReferenceDate.of(LocalDate.of(2025, 5, 6));
    assertThat(only("They will meet next Tuesday.", tuesday, "next Tuesday").value()).isEqualTo("2025-05-13");
    ReferenceDate monday = ReferenceDate.of(LocalDate.of(2025, 5, 5));
    assertThat(only("They will meet next Tuesday.", monday, "next Tuesday").value()).isEqualTo("2025-05-06");
  }

  @Test
  void bareMonthFollowsTheTense() {
    assertThat(only("Sales fell in June.", FRIDAY, "June").value()).isEqualTo("2024-06");
    assertThat(only("The summit will be held in June.", FRIDAY, "June").value()).isEqualTo("2025-06");
  }

  @Test
  void ordinalsInNamesAndModalVerbsAreNotExpressions() {
    assertThat(Normaliser.find("Trump wants Canada as the 51st state.", FRIDAY)).isEmpty();
    assertThat(Normaliser.find("Prices may rise, and the march went on.", FRIDAY)).isEmpty();
  }

  @Test
  void yearsAreDatesNotQuantities() {
    List<Expression> found = Normaliser.find("In 2025 about 2000 soldiers left.", FRIDAY);
    assertThat(found).extracting(Expression::text, e -> e.type().label())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2025", "date"),
            org.assertj.core.groups.Tuple.tuple("about 2000", "number"));
  }

  @Test
  void numbersWithSpacedScalesAndDecimalCommasAreRead() {
    assertThat(numbers("It rose to 2.33 k, then 1,674.5 G and 10G.")).containsExactly("2330", "1674500000000", "10000000000");
    assertThat(numbers("Prices of 5,00 and 1.111,11 were seen.")).containsExactly("5", "1111.11");
    assertThat(numbers("Area code one twenty two, or point 75.")).containsExactly("122", "0.75");
  }

  @Test
  void unitsListsAndNounsAreNotMisreadAsNumbers() {
    assertThat(numbers("Add 10g of sugar and 5 m of rope.")).containsExactly("5"); // never 10 billion, 5 million
    assertThat(numbers("See pages 22,24,26.")).isEmpty();
    assertThat(numbers("At some point two men left.")).containsExactly("2");
  }

  private static List<String> numbers(String text) {
    return Normaliser.find(text, null).stream().filter(e -> e.type() == ExpressionType.NUMBER)
        .map(Expression::value).toList();
  }

  @Test
  void compatibleComparesGranularityAndBounds() {
    Expression may = only("It happened in May.", FRIDAY, "May");
    Expression may6 = only("It happened on May 6.", ReferenceDate.of(LocalDate.of(2025, 5, 7)), "May 6");
    Expression may7 = only("It happened on May 7.", ReferenceDate.of(LocalDate.of(2025, 5, 7)), "May 7");
    assertThat(Expressions.compatible(may, may6)).isTrue();
    assertThat(may.value()).isNotEqualTo(may6.value());
    assertThat(Expressions.compatible(may6, may7)).isFalse();

    Expression over20 = only("over 20% of GDP", FRIDAY, "over 20%");
    Expression exactly21 = only("21% of GDP", FRIDAY, "21%");
    Expression points21 = only("21 percentage points", FRIDAY, "21 percentage points");
    assertThat(Expressions.compatible(over20, exactly21)).isTrue();
    assertThat(Expressions.compatible(over20, points21)).isFalse();

    Expression over60bn = only("over $60 billion", FRIDAY, "over $60 billion");
    Expression bn50 = only("$50 billion", FRIDAY, "$50 billion");
    Expression usd70bn = only("US$70 billion", FRIDAY, "US$70 billion");
    Expression eur70bn = only("€70 billion", FRIDAY, "€70 billion");
    assertThat(Expressions.compatible(over60bn, bn50)).isFalse();
    assertThat(Expressions.compatible(over60bn, usd70bn)).as("an unstated dollar may be US").isTrue();
    assertThat(Expressions.compatible(over60bn, eur70bn)).isFalse();
  }

  static Stream<String> seedIds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("sources"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seedIds")
  void offsetsAreExactSortedAndDisjoint(String id) throws IOException {
    String text = seed(id);
    List<Expression> found = Normaliser.find(text, FRIDAY);
    assertThat(found).isNotEmpty();
    int previousEnd = 0;
    for (Expression e : found) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      assertThat(e.start()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = e.end();
    }
  }

  @ParameterizedTest
  @MethodSource("seedIds")
  void normalisingAnExpressionAloneGivesTheSameValue(String id) throws IOException {
    for (Expression e : Normaliser.find(seed(id), FRIDAY)) {
      if (e.trace().rule().contains("past") || e.trace().rule().contains("future")
          || e.trace().rule().contains("nearest") || e.trace().rule().contains("agreement")) {
        continue; // these depend on the sentence's tense, which the bare text no longer has
      }
      List<Expression> again = Normaliser.find(e.text(), FRIDAY);
      assertThat(again).as(e.text()).hasSize(1);
      assertThat(again.get(0).value()).as(e.text()).isEqualTo(e.value());
      assertThat(again.get(0).interval()).as(e.text()).isEqualTo(e.interval());
    }
  }

  @Test
  void aYearAndACountJoinedByADashMidSentenceAreNoMonth() {
    List<Expression> found = Normaliser.find("In 2015 - 12 people died.", FRIDAY);
    assertThat(found).extracting(Expression::text).containsExactly("2015", "12");
  }

  @Test
  void anImplicitThisIsNotReadBeforeANamedYear() {
    assertThat(Normaliser.find("By the end of the year 2016 it was over.", FRIDAY)).extracting(Expression::value)
        .containsExactly("2016");
  }

  @Test
  void longLinesOfDigitsAndCommasDoNotHang() {
    String digits = "1,234,".repeat(35_000) + "9".repeat(5_000) + ", 25 per cent";
    assertThat(digits.length()).isGreaterThan(200_000);
    List<Expression> found = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Normaliser.find(digits, FRIDAY));
    assertThat(found).last().extracting(Expression::text).isEqualTo("25 per cent");
    String words = "one two ".repeat(15_000) + "over and over ".repeat(5_000);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Normaliser.find(words, FRIDAY));
  }

  private static String seed(String id) throws IOException {
    return Files.readString(Path.of("sources", id + ".txt"));
  }
}
