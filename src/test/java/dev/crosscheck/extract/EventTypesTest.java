package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-pass cue search must pass a sentence to a trigger pattern exactly when a search per cue would. */
class EventTypesTest {
  @Test
  void findsTheSameCuesAsASearchPerCue() {
    List<String> sentences = List.of("Carney met Trump on Friday.", "They spoke by phone.", "She became premier in 2019.",
        "He won the election.", "Nothing happened here.", "", "sit-down", "metres of rain fell", "A phone call.",
        "The mayor was sworn in and took over as leader after the election.", "ÉLECTION", "élection called");
    for (String s : sentences) {
      boolean[] cued = EventTypes.cued(s);
      for (int k = 0; k < EventTypes.ALL.size(); k++) {
        assertThat(cued[k]).as("%s: %s", EventTypes.ALL.get(k).name(), s).isEqualTo(EventTypes.ALL.get(k).mayOccur(s));
      }
    }
    assertThat(EventTypes.cued("Carney met Trump.")[EventTypes.ALL.indexOf(EventTypes.MEETING)]).isTrue();
    assertThat(EventTypes.cued("Nothing happened.")).containsOnly(false);
  }
}
