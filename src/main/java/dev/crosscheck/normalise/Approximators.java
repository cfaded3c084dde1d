package dev.crosscheck.normalise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns hedged quantities into intervals: "over $60 billion" is (60e9, +inf), "about 20%" is a band of
 * plus or minus 10%, "between 20 and 25 per cent" is [20, 25].
 */
final class Approximators {
  private static final int LOOKBACK = 32;
  private static final BigDecimal TEN_PERCENT = new BigDecimal("0.1");
  private static final Pattern CUE = Pattern.compile("(?<![\\w])(?:(?<above>well\\sover|well\\sabove|just\\sover|over|more\\sthan"
      + "|above|exceeding|in\\sexcess\\sof|upwards\\sof|greater\\sthan|higher\\sthan|north\\sof)"
      + "|(?<atLeast>at\\sleast|no\\sless\\sthan|not\\sless\\sthan|a\\sminimum\\sof|as\\slow\\sas)"
      + "|(?<below>less\\sthan|fewer\\sthan|just\\sunder|under|below|short\\sof)"
      + "|(?<atMost>up\\sto|as\\smuch\\sas|as\\smany\\sas|as\\shigh\\sas|at\\smost|no\\smore\\sthan|not\\smore\\sthan"
      + "|a\\smaximum\\sof)"
      + "|(?<nearly>nearly|almost|close\\sto|just\\sshy\\sof)"
      + "|(?<about>about|around|approximately|roughly|some|an\\sestimated|estimated|circa|approx\\.?|~))\\s?\\z",
      Pattern.CASE_INSENSITIVE);
  /** The last word of every CUE ("more than" ends in "than"): CUE is looked for only after one of them or "~". */
  private static final Set<String> CUE_ENDS = Set.of("over", "above", "than", "exceeding", "of", "least", "as", "under",
      "below", "to", "most", "nearly", "almost", "about", "around", "approximately", "roughly", "some", "estimated",
      "circa", "approx");
  private static final Pattern RANGE_GAP = Pattern.compile("\\s?(?:-|–|—)\\s?|\\sto\\s|\\sand\\s");
  private static final Pattern RANGE_LEAD = Pattern.compile("(?<![\\w])(?:between|from)\\s\\z", Pattern.CASE_INSENSITIVE);

  private Approximators() {}

  static List<Expression> apply(String text, List<Expression> atoms) {
    List<Expression> ranged = ranges(text, atoms);
    List<Expression> out = new ArrayList<>(ranged.size());
    for (Expression e : ranged) {
      out.add(e.trace().rule().endsWith("range") ? e : hedged(text, e));
    }
    return out;
  }

  /** False where CUE cannot end just before {@code at} (with at most one whitespace character between). */
  private static boolean mayFollowCue(String text, int at) {
    int k = at;
    if (k > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(k - 1)) >= 0) {
      k--;
    }
    if (k > 0 && text.charAt(k - 1) == '~') {
      return true;
    }
    if (k > 0 && text.charAt(k - 1) == '.') {
      k--; // "approx."
    }
    int start = k;
    while (start > 0 && (text.charAt(start - 1) | 0x20) >= 'a' && (text.charAt(start - 1) | 0x20) <= 'z') {
      start--;
    }
    return start < k && CUE_ENDS.contains(text.substring(start, k).toLowerCase(Locale.ROOT));
  }

  private static Expression hedged(String text, Expression e) {
    if (!mayFollowCue(text, e.start())) {
      return e;
    }
    int from = Math.max(0, e.start() - LOOKBACK);
    Matcher m = CUE.matcher(text.substring(from, e.start()));
    if (!m.find()) {
      return e;
    }
    BigDecimal v = new BigDecimal(e.value());
    NumberInterval interval;
    String kind;
    if (m.group("above") != null) {
      interval = new NumberInterval(v, false, null, false);
      kind = "above";
    } else if (m.group("atLeast") != null) {
      interval = new NumberInterval(v, true, null, false);
      kind = "at-least";
    } else if (m.group("below") != null) {
      interval = new NumberInterval(null, false, v, false);
      kind = "below";
    } else if (m.group("atMost") != null) {
      interval = new NumberInterval(null, false, v, true);
      kind = "at-most";
    } else if (m.group("nearly") != null) {
      interval = new NumberInterval(v.subtract(v.abs().multiply(TEN_PERCENT)), true, v, v.signum() == 0);
      kind = "nearly";
    } else {
      BigDecimal band = v.abs().multiply(TEN_PERCENT);
      interval = new NumberInterval(v.subtract(band), true, v.add(band), true);
      kind = "about";
    }
    int start = from + m.start();
    return new Expression(text.substring(start, e.end()), start, e.end(), e.type(), e.value(), interval,
        e.unit(), e.currency(), Trace.of(e.trace().rule() + "+" + kind));
  }

  /** Joins "20 to 25%", "between $140 million and $150 million" into one closed interval. */
  private static List<Expression> ranges(String text, List<Expression> atoms) {
    List<Expression> out = new ArrayList<>();
    for (int i = 0; i < atoms.size(); i++) {
      Expression a = atoms.get(i);
      if (i + 1 < atoms.size()) {
        Expression joined = range(text, a, atoms.get(i + 1));
        if (joined != null) {
          out.add(joined);
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static @org.jspecify.annotations.Nullable Expression range(String text, Expression a, Expression b) {
    String gap = text.substring(a.end(), b.start());
    if (!RANGE_GAP.matcher(gap).matches() || !"number".equals(a.trace().rule()) && !sameKind(a, b)) {
      return null;
    }
    if (a.unit() != null && "years-old".equals(a.unit()) || "years-old".equals(b.unit())) {
      return null;
    }
    int from = Math.max(0, a.start() - LOOKBACK);
    Matcher lead = RANGE_LEAD.matcher(text.substring(from, a.start()));
    boolean led = lead.find();
    if (gap.trim().toLowerCase(Locale.ROOT).equals("and") && !led) {
      return null;
    }
    BigDecimal lo = new BigDecimal(a.value());
    BigDecimal hi = new BigDecimal(b.value());
    if (lo.compareTo(hi) >= 0) {
      return null;
    }
    int start = led ? from + lead.start() : a.start();
    return new Expression(text.substring(start, b.end()), start, b.end(), b.type(), a.value(),
        new NumberInterval(lo, true, hi, true), b.unit(), b.currency(), Trace.of(b.trace().rule() + "-range"));
  }

  private static boolean sameKind(Expression a, Expression b) {
    return a.type() == b.type() && Objects.equals(a.unit(), b.unit()) && Objects.equals(a.currency(), b.currency());
  }
}
