package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void aSentencesOpeningWordIsNoPartOfTheNameAfterIt() {
    assertThat(Names.trim("Today Apple")).isEqualTo("Apple");
    assertThat(Names.trim("Currently SeaMicro")).isEqualTo("SeaMicro");
    assertThat(Names.trim("Considering Lionsgate")).isEqualTo("Lionsgate");
    assertThat(Names.trim("Ironically Nichols")).isEqualTo("Nichols");
    assertThat(Names.trim("Sixteen-year-old Kimani Gray")).isEqualTo("Kimani Gray");
    assertThat(Names.trim("Half-brother Jonathan Carrasquillo")).isEqualTo("Jonathan Carrasquillo");
  }

  @Test
  void firstNamesThatAreAlsoWordsStayNames() {
    assertThat(Names.trim("Hope Solo")).isEqualTo("Hope Solo");
    assertThat(Names.trim("Chase Utley")).isEqualTo("Chase Utley");
    assertThat(Names.trim("Kelly Clarkson")).isEqualTo("Kelly Clarkson");
    assertThat(Names.trim("Billy King")).isEqualTo("Billy King");
    assertThat(Names.trim("Bettie Page")).isEqualTo("Bettie Page");
    assertThat(Names.trim("McNally")).isEqualTo("McNally");
    assertThat(Names.trim("Jean-Luc Picard")).isEqualTo("Jean-Luc Picard");
    assertThat(Names.trim("USA Today")).isEqualTo("USA Today");
  }

  @Test
  void anOccupationBeforeANameIsPeeledOffAndAloneNamesNoOne() {
    assertThat(Names.trim("Coach Sean Payton")).isEqualTo("Sean Payton");
    assertThat(Names.trim("Undersheriff Larry Waldie")).isEqualTo("Larry Waldie");
    assertThat(Names.trim("Mr LaRue")).isEqualTo("LaRue");
    assertThat(Names.trim("Dr. Benjamin")).isEqualTo("Benjamin");
    assertThat(Names.trim("Manager")).isEmpty();
    // after a first name the same word is a surname
    assertThat(Names.trim("Aaron Judge")).isEqualTo("Aaron Judge");
    assertThat(Names.trim("Tim Cook")).isEqualTo("Tim Cook");
  }
}
