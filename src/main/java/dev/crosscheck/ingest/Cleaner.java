package dev.crosscheck.ingest;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Note;
import dev.crosscheck.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a source's text into the text claims are read from: page furniture and text-generator leftovers
 * removed, hyperlink text that was broken onto lines of its own rejoined. Every change is recorded as a
 * {@link Note}, so nothing is removed silently. Pure: the same text always gives the same article.
 */
public final class Cleaner {
  private static final Pattern NEWSLETTER =
      Pattern.compile("(?i).{0,200}\\b(subscribe to|sign up for) (our|the) .{0,60}newsletters?\\b.{0,200}");
  /** Whole lines that are page furniture, not article text. */
  private static final List<Pattern> FURNITURE = List.of(
      Pattern.compile("(?i)ad+ve?rt[a-z]{0,9}ments?"),
      Pattern.compile("(?i)(sponsored( content)?|story continues below( the)? advertisement)"),
      Pattern.compile("(?i)(also read|read also|read more|related|recommended|must read)\\s*[:|-].{0,300}"),
      Pattern.compile("(?i)click here to .{0,300}"),
      NEWSLETTER,
      Pattern.compile("(?i)our website is the place for .{0,400}"),
      Pattern.compile("(?i)(please )?bookmark [a-z0-9.-]+\\.[a-z]{2,}.{0,200}"));

  /** Lines a text generator addressed to its user, which show the text passed through one. */
  private static final List<Pattern> GENERATOR = List.of(
      Pattern.compile("(?i)(do|would) you (want|like) (me to |a |an |the )?.{0,200}\\?"),
      Pattern.compile("(?i)(let me know if you('d| would) like|i hope this helps|as an ai language model).{0,300}"),
      Pattern.compile("(?i)(sure|certainly)[,!] here('s| is) .{0,200}"));

  /** The marks that end a sentence's line ({@link #endsSentence}). */
  private static final String SENTENCE_ENDS = ".!?\"”’)]";
  /**
   * The letters (ASCII, lower case) a match of each {@link #FURNITURE} and {@link #GENERATOR} pattern can start with,
   * "" for any: a line starting with none of them need not be tried. Their case is ignored for ASCII letters only.
   */
  private static final List<String> FURNITURE_INITIALS = List.of("a", "s", "arm", "c", "", "o", "pb");
  private static final List<String> GENERATOR_INITIALS = List.of("dw", "lia", "sc");
  private static final Pattern OPENS_FRAGMENT = Pattern.compile("^([a-z]|[,.;:)\\]”’]).*");
  private static final Pattern ENDS_DANGLING = Pattern.compile(
      "(?s).*(,|“|‘|\\(|\\b(the|a|an|to|of|in|on|as|at|by|for|from|with|and|or|but|that|which|who|"
          + "is|are|was|were|has|have|had|be|been|will|would|could|its|his|her|their|our|into|about|after|"
          + "before|under|over|than|this|these|those|according|In|The|A|An|On|According))$");
  private static final Pattern LIST_ITEM = Pattern.compile("^([-•*–]|\\d+[.)])\\s.*");

  private Cleaner() {}

  public static Article clean(Source source) {
    String[] lines = source.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<Note> notes = new ArrayList<>();
    List<Line> kept = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = stripTrailing(lines[i]);
      String trimmed = line.strip();
      if (matchesAny(FURNITURE, FURNITURE_INITIALS, trimmed)) {
        notes.add(new Note("removed-furniture", "removed page furniture: \"" + shorten(trimmed) + "\"", i + 1));
      } else if (matchesAny(GENERATOR, GENERATOR_INITIALS, trimmed)) {
        notes.add(new Note("removed-generator-text",
            "removed text addressed to a text generator's user: \"" + shorten(trimmed) + "\"", i + 1));
      } else {
        kept.add(new Line(line, i + 1));
      }
    }
    String text = join(kept, notes);
    notes.sort(java.util.Comparator.comparingInt(Note::line).thenComparing(Note::code));
    return new Article(source.meta(), text, notes);
  }

  private static String join(List<Line> lines, List<Note> notes) {
    StringBuilder out = new StringBuilder();
    int blankRun = 0;
    Line previous = null;
    boolean started = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.text.isBlank()) {
        blankRun++;
        continue;
      }
      if (previous != null && continues(previous.text, line.text, blankRun)) {
        String piece = line.text.strip();
        boolean glue = piece.matches("^[,.;:)\\]”’].*") || previous.text.endsWith("“") || previous.text.endsWith("‘")
            || previous.text.endsWith("(");
        if (!glue) {
          out.append(' ');
        }
        out.append(piece);
        notes.add(new Note("rejoined-line", "rejoined a line broken out of its sentence (link text?): \""
            + shorten(piece) + "\"", line.number));
        previous = new Line(out.substring(out.lastIndexOf("\n") + 1), line.number);
      } else {
        if (started) {
          out.append(blankRun > 0 ? "\n\n" : "\n");
        }
        out.append(line.text);
        previous = line;
        started = true;
      }
      blankRun = 0;
    }
    return out.toString();
  }

  /** Whether {@code next} continues the sentence that {@code prev} left open. */
  static boolean continues(String prev, String next, int blankLinesBetween) {
    String p = prev.strip();
    String n = next.strip();
    if (mayBeListItem(n) && LIST_ITEM.matcher(n).matches() || endsSentence(p)) {
      return false;
    }
    if (blankLinesBetween > 0) {
      // across a paragraph break only an attribution ("Kelly said,") joins the quote it introduces
      return (p.endsWith(",") || p.endsWith(":")) && (n.startsWith("“") || n.startsWith("\""));
    }
    if (p.endsWith(":")) {
      return false;
    }
    // ENDS_DANGLING can only match in the last few characters (its longest word is nine letters): the region
    // keeps it from backtracking over the whole line, and transparent bounds let \\b see the character before
    return OPENS_FRAGMENT.matcher(n).matches() || ENDS_DANGLING.matcher(p)
        .region(Math.max(0, p.length() - 16), p.length()).useTransparentBounds(true).matches();
  }

  /**
   * What {@code .*[.!?"”’)\]]$} matches: a line whose last character is one of the marks, with no line terminator
   * (which {@code .} does not match) before it.
   */
  private static boolean endsSentence(String line) {
    int last = line.length() - 1;
    if (last < 0 || SENTENCE_ENDS.indexOf(line.charAt(last)) < 0) {
      return false;
    }
    for (int i = 0; i < last; i++) {
      char c = line.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesAny(List<Pattern> patterns, List<String> initials, String line) {
    if (line.isEmpty() || line.length() > 600) {
      return false;
    }
    char first = line.charAt(0);
    char initial = first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first;
    for (int k = 0; k < patterns.size(); k++) {
      Pattern p = patterns.get(k);
      if (!initials.get(k).isEmpty() && initials.get(k).indexOf(initial) < 0) {
        continue;
      }
      if (p == NEWSLETTER) {
        // its leading .{0,200} is tried at every offset: first ask whether its words are there at all
        if (!subscribes(line)) {
          continue;
        }
      }
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether "subscribe to" or "sign up for" is in the line, in any case: every newsletter line holds one. */
  private static boolean subscribes(String line) {
    for (int i = 0; i < line.length(); i++) {
      if ((line.charAt(i) | 0x20) == 's' && (line.regionMatches(true, i, "subscribe to", 0, 12)
          || line.regionMatches(true, i, "sign up for", 0, 11))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line can be a list item: {@link #LIST_ITEM} wants a mark or a digit first. */
  private static boolean mayBeListItem(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(0);
    return "-•*–".indexOf(c) >= 0 || c >= '0' && c <= '9';
  }

  private static String stripTrailing(String line) {
    int end = line.length();
    while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || line.charAt(end - 1) == '\u00A0')) {
      end--;
    }
    return line.substring(0, end);
  }

  static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  private record Line(String text, int number) {}
}
