package dev.crosscheck.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that bound an open period: "since 2016" is [2016, +inf), "before May" is (-inf, May), "by the
 * end of June" is (-inf, end of June], "2018 or later" is [2018, +inf). The value stays the date's; the
 * interval opens on one side and the rule gets the bound as a suffix ("year+since"), as a hedge does
 * for a quantity. Without this, "since 2016" would agree only with claims about 2016 itself.
 */
final class DateBounds {
  private static final int LOOKBACK = 24;
  private static final Pattern BEFORE = Pattern.compile("(?<![\\w])(?:(?<since>since|starting(?:\\s(?:on|from|in))?"
      + "|beginning(?:\\s(?:on|in))?|as\\searly\\sas)|(?<after>after|later\\sthan|greater\\sthan)"
      + "|(?<before>before|earlier\\sthan|prior\\sto)|(?<until>by|until|till|no\\slater\\sthan|as\\slate\\sas)|(?<around>around|circa))\\s\\z",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AFTER = Pattern.compile("\\A\\s(?:(?<later>or\\slater|and\\slater|and\\safter|onwards"
      + "|or\\safter)|(?<earlier>or\\searlier|and\\searlier|or\\sbefore))\\b", Pattern.CASE_INSENSITIVE);

  private DateBounds() {}

  static List<Expression> apply(String text, List<Expression> sorted) {
    List<Expression> out = new ArrayList<>(sorted.size());
    int previousEnd = 0;
    for (Expression e : sorted) {
      Expression bounded = e.type() == ExpressionType.DATE && e.interval() instanceof DateInterval d
          && d.start() != null && d.end() != null && !e.value().startsWith("(") ? bounded(text, e, d, previousEnd) : e;
      out.add(bounded);
      previousEnd = bounded.end();
    }
    return out;
  }

  private static Expression bounded(String text, Expression e, DateInterval d, int previousEnd) {
    int from = Math.max(previousEnd, e.start() - LOOKBACK);
    Matcher m = BEFORE.matcher(text.substring(from, e.start()));
    String rule = e.trace().rule();
    if (m.find() && (m.group("around") == null || !rule.equals("deictic-day") && !rule.contains("-this")
        && !rule.startsWith("ago-"))) { // "walking around today", "turn things around this week"
      String kind = m.group("since") != null ? "since" : m.group("after") != null ? "after"
          : m.group("before") != null ? "before" : m.group("around") != null ? "around" : "until";
      DateInterval open = switch (kind) {
        case "around" -> d; // "around May 5" keeps the date: how far "around" reaches is not stated
        case "since" -> new DateInterval(d.start(), null);
        case "after" -> new DateInterval(d.end(), null);
        case "before" -> new DateInterval(null, d.start());
        default -> new DateInterval(null, d.end());
      };
      return with(text, e, from + m.start(), e.end(), open, kind);
    }
    Matcher a = AFTER.matcher(text.substring(e.end(), Math.min(text.length(), e.end() + 16)));
    if (a.find()) {
      boolean later = a.group("later") != null;
      DateInterval open = later ? new DateInterval(d.start(), null) : new DateInterval(null, d.end());
      return with(text, e, e.start(), e.end() + a.end(), open, later ? "or-later" : "or-earlier");
    }
    return e;
  }

  private static Expression with(String text, Expression e, int start, int end, DateInterval open, String kind) {
    return new Expression(text.substring(start, end), start, end, e.type(), e.value(), open, null, null,
        new Trace(e.trace().rule() + "+" + kind.toLowerCase(Locale.ROOT), e.trace().anchor()));
  }
}
