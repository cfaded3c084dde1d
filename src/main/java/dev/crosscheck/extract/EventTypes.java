package dev.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kinds of event a dated event claim can be about; a new kind is one more entry in {@link #ALL}. */
final class EventTypes {
  private static final Pattern NOUN_TRIGGER = Pattern.compile("(?i).*(?:meeting|sit-down|calls?|win|victory|triumph)$");
  /**
   * @param symmetric an event of two people ("Carney met Trump" = "Trump met Carney")
   * @param repeatable it can happen more than once (a call), so different dates may be different events
   * @param past what in the trigger says the event already happened
   */
  record Type(String name, boolean symmetric, boolean repeatable, Pattern trigger, Pattern past, List<String> cues) {
    /** Whether the trigger can match in {@code text}: every match holds one of the cues, and most sentences none. */
    boolean mayOccur(String text) {
      for (String cue : cues) {
        if (text.contains(cue)) {
          return true;
        }
      }
      return false;
    }

    /** Whether this trigger names the event as a thing ("the meeting") rather than an act ("met"). */
    boolean noun(String trigger) {
      return NOUN_TRIGGER.matcher(trigger).matches();
    }

    /** The claim's slot: the event type, and for taking office the office. */
    String slot(Matcher m) {
      if (!name.equals("took office")) {
        return name;
      }
      String party = m.group("party") != null ? m.group("party") : m.group("party2");
      String office = party != null ? party.toLowerCase(Locale.ROOT) + " leader" : m.group("office").toLowerCase(Locale.ROOT);
      // "president of Alabama's medical association" is another office than "president"
      String of = m.group("of") == null ? "" : " of " + m.group("of").toLowerCase(Locale.ROOT);
      return name + " as " + (office.equals("pm") ? "prime minister" : office) + of;
    }
  }

  private static final String EDGE = "(?<![\\p{L}\\p{N}-])";
  private static final String END = "(?![\\p{L}\\p{N}-])";
  private static final String NAME = "\\p{Lu}[\\p{L}’'.-]*(?: \\p{Lu}[\\p{L}’'.-]*)?";

  static final Type MEETING = new Type("meeting", true, true, Pattern.compile(
      EDGE + "(?:(?:face-to-face|in-person) )?(?:meeting|sit-down|meets|meet|met)" + END),
      Pattern.compile("^met$"), List.of("meet", "met", "sit-down"));
  static final Type CALL = new Type("call", true, true, Pattern.compile(
      EDGE + "(?:spoke(?: by (?:tele)?phone| privately| on the phone)?|(?:tele)?phone calls?|held calls? with|calls? with)" + END),
      Pattern.compile("^(?:spoke|held)"), List.of("spoke", "phone", "call"));
  static final Type TOOK_OFFICE = new Type("took office", false, false, Pattern.compile(
      EDGE + "(?:became|becomes|become|was named|was sworn in as|took over as|replaced " + NAME + " as|succeeded " + NAME
          + " as|won the) (?:Canada[’']s |the country[’']s |the )?(?<office>(?i:prime minister)|PM|(?i:premier|president|governor|mayor|chancellor|chief executive)|"
          + "(?<party>\\p{Lu}\\p{L}+) (?:leader|leadership)|leader of the (?<party2>\\p{Lu}\\p{L}+) Party)" + END
          + "(?: of (?<of>(?:the )?[\\p{L}’'.]+(?: [\\p{L}’'.]+){0,4}?)(?=[,.;]| and | in | after | before | from | since |$))?"),
      Pattern.compile("^(?:became|was|took|replaced|succeeded|won)"),
      List.of("becom", "became", "was named", "was sworn", "took over", "replaced ", "succeeded ", "won the"));
  static final Type WON_ELECTION = new Type("won election", false, false, Pattern.compile(
      EDGE + "(?:won the (?:federal |general |national |\\p{Lu}\\p{L}+ )?election|election (?:win|victory|triumph))" + END),
      Pattern.compile("^won"), List.of("election"));

  static final List<Type> ALL = List.of(MEETING, CALL, TOOK_OFFICE, WON_ELECTION);

  /** Every cue of every type (the index of its type in {@link #ALL}), by its first character. */
  private static final Map<Character, List<Map.Entry<String, Integer>>> CUES_BY_FIRST = new HashMap<>();
  /** {@link #CUES_BY_FIRST} for ASCII characters, asked at every character of every sentence. */
  private static final List<List<Map.Entry<String, Integer>>> CUES_BY_ASCII_FIRST = new ArrayList<>();
  private static final int ASCII = 128;

  static {
    for (int t = 0; t < ALL.size(); t++) {
      for (String cue : ALL.get(t).cues()) {
        CUES_BY_FIRST.computeIfAbsent(cue.charAt(0), k -> new ArrayList<>()).add(Map.entry(cue, t));
      }
    }
    for (char c = 0; c < ASCII; c++) {
      CUES_BY_ASCII_FIRST.add(CUES_BY_FIRST.getOrDefault(c, List.of()));
    }
  }

  /**
   * Per type of {@link #ALL}, whether {@link Type#mayOccur} holds for {@code text}, found in one pass over it rather
   * than a search per cue.
   */
  static boolean[] cued(String text) {
    boolean[] found = new boolean[ALL.size()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      for (Map.Entry<String, Integer> cue : c < ASCII ? CUES_BY_ASCII_FIRST.get(c)
          : CUES_BY_FIRST.getOrDefault(c, List.of())) {
        if (!found[cue.getValue()] && text.startsWith(cue.getKey(), i)) {
          found[cue.getValue()] = true;
        }
      }
    }
    return found;
  }

  private EventTypes() {}
}
