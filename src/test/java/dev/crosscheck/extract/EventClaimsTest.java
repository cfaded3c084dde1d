package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventClaimsTest {
  /** A Monday, so "on Friday" is 2024-03-08. */
  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

  private static List<Claim> events(String text) {
    return ExtractionFixture.extractWithStance(new EventClaims(), text, MONDAY);
  }

  private static String line(Claim c) {
    return c.subject() + " | " + c.slot() + " | " + c.attribute("with") + " | " + c.value() + " | " + c.attribute("state");
  }

  @Test
  void aPlannedMeetingOfTwoPeopleWithItsResolvedDay() {
    assertThat(events("Mayor Ana Silva will meet Governor Tom Reyes on Friday to discuss the budget.")).extracting(EventClaimsTest::line)
        .containsExactly("Ana Silva | meeting | Tom Reyes | 2024-03-08 | planned");
  }

  @Test
  void aCallBetweenTwoNamedPeopleJoinedByAnd() {
    assertThat(events("Ana Silva and Tom Reyes spoke by phone on Tuesday.")).extracting(EventClaimsTest::line)
        .containsExactly("Ana Silva | call | Tom Reyes | 2024-02-27 | happened");
  }

  @Test
  void takingOfficeWithAMonth() {
    assertThat(events("Tom Reyes became governor in January 2023, after a close race.")).extracting(EventClaimsTest::line)
        .containsExactly("Tom Reyes | took office as governor |  | 2023-01 | happened");
  }

  @Test
  void aPronounWithTwoPossibleReferentsMakesNoClaim() {
    assertThat(events("Ana Silva spoke to Tom Reyes after he won the election in May.")).extracting(EventClaimsTest::line)
        .containsExactly("Ana Silva | call | Tom Reyes | 2023-05-01..2024-03-04 | happened");
  }

  @Test
  void theTwoLeadersAreThePeopleOfTheLastEvent() {
    assertThat(events("Ana Silva will meet Tom Reyes on Friday. The two leaders first spoke by phone on 3 February."))
        .extracting(EventClaimsTest::line)
        .containsExactly("Ana Silva | meeting | Tom Reyes | 2024-03-08 | planned", "Ana Silva | call | Tom Reyes | 2024-02-03 | happened");
  }

  @Test
  void hedgedAndNegatedEventsAreMarked() {
    assertThat(events("Ana Silva could meet Tom Reyes next week.")).extracting(c -> c.attribute("modality")).containsExactly("hedged");
    assertThat(events("Ana Silva did not meet Tom Reyes on Friday.")).extracting(c -> c.attribute("modality")).containsExactly("negated");
  }

  @Test
  void wordsInsideQuotationsAndQuestionHeadingsMakeNoEventClaim() {
    assertThat(events("“I will meet Tom Reyes on Friday,” Ana Silva said.")).isEmpty();
    assertThat(events("Will Ana Silva meet Tom Reyes?\n\nNobody knows.")).isEmpty();
  }

  @Test
  void aDateCountedBackFromAnotherEvent() {
    assertThat(events("Ana Silva and Tom Reyes first spoke on 20 May 2023, three weeks after Tom Reyes became governor."))
        .extracting(EventClaimsTest::line)
        .containsExactly("Ana Silva | call | Tom Reyes | 2023-05-20 | happened", "Tom Reyes | took office as governor |  | 2023-04-26..2023-05-02 | happened");
  }

  @Test
  void theNextDayIsTheDayAfterTheDateWrittenBefore() {
    assertThat(events("Ana Silva won the election on 3 February. Ana Silva and Tom Reyes spoke by phone the next day."))
        .extracting(EventClaimsTest::line)
        .containsExactly("Ana Silva | won election |  | 2024-02-03 | happened", "Ana Silva | call | Tom Reyes | 2024-02-04 | happened");
  }

  @Test
  void theDayAfterAnotherEventIsNotTheDayAfterTheDateWrittenBefore() {
    // "the day after the count" is dated by the count, which the text does not date: no date, not 4 February
    assertThat(events("Ana Silva won the election on 3 February. Ana Silva and Tom Reyes spoke by phone the day after the count."))
        .extracting(EventClaimsTest::line)
        .containsExactly("Ana Silva | won election |  | 2024-02-03 | happened", "Ana Silva | call | Tom Reyes | undated | happened");
  }

  @Test
  void anEventAfterADatedOneHappenedBetweenThatDateAndPublication() {
    assertThat(events("Ana Silva, who was named mayor after her election victory on 2 February, met Tom Reyes."))
        .extracting(EventClaimsTest::line)
        .contains("Ana Silva | took office as mayor |  | 2024-02-02..2024-03-04 | happened", "Ana Silva | won election |  | 2024-02-02 | happened");
  }

  @Test
  void aDateNotYetConfirmedIsAClaimAboutTheLastMeeting() {
    assertThat(events("Ana Silva is expected to meet Tom Reyes soon. The date of the meeting has not been confirmed."))
        .extracting(EventClaimsTest::line)
        .containsExactly("Ana Silva | meeting | Tom Reyes | undated | planned", "Ana Silva | meeting | Tom Reyes | undated | unconfirmed");
  }

  @Test
  void aPlaceAfterTheEventWordIsNoPersonMet() {
    assertThat(events("Ana Silva met in Key Biscayne with aides.")).isEmpty();
    assertThat(events("Ana Silva met personally with Tom Reyes.")).extracting(EventClaimsTest::line)
        .containsExactly("Ana Silva | meeting | Tom Reyes | undated | happened");
  }

  @Test
  void thePresidencyOfAnOrganisationIsAnotherOffice() {
    assertThat(events("In 2002, Rosa Diaz became president of the state medical association, after years of work."))
        .extracting(c -> c.slot()).containsExactly("took office as president of the state medical association");
  }

  @Test
  void noSubjectNoClaim() {
    assertThat(events("The meeting was tense.")).isEmpty();
    assertThat(events("Officials met on Friday.")).isEmpty();
  }
}
