package dev.crosscheck.normalise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money said in two parts: "20 dollars 43 cents", "$20 and 43c", "3 GBP 1 pence", "15 dollars 50." is
 * 20.43, 20.43, 3.01, 15.50. Without a cents word the second number must end the clause, since
 * "$20 and 43 people" is two things.
 */
final class MoneyCents {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final Pattern TAIL = Pattern.compile("\\A\\s{1,3}(?:and\\s{1,3})?(?<num>\\d{1,2}(?![\\d.,]\\d)|"
      + NumberWords.SPELLED + ")(?:\\s?(?<unit>cents?\\b|c\\b|¢|pence\\b|p\\b|pennies\\b|penny\\b))?", FLAGS);
  /** What may follow a bare second number: end of text, punctuation, or "and"/"more". */
  private static final Pattern CLAUSE_END = Pattern.compile("\\A(?:\\s*\\z|\\s*[.,;:!?)]|\\s(?:and|more)\\b)", FLAGS);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private MoneyCents() {}

  /** New, longer candidates for money atoms followed by a cents part; the atoms themselves stay. */
  static List<Expression> join(String text, List<Expression> atoms) {
    List<Expression> out = new ArrayList<>();
    for (Expression e : atoms) {
      if (e.type() != ExpressionType.MONEY || "cent".equals(e.unit()) || new BigDecimal(e.value()).scale() > 0
          && new BigDecimal(e.value()).stripTrailingZeros().scale() > 0) {
        continue;
      }
      String after = text.substring(e.end(), Math.min(text.length(), e.end() + 80));
      Matcher m = TAIL.matcher(after);
      if (!m.find()) {
        continue;
      }
      BigDecimal cents = NumberWords.value(m.group("num"));
      if (cents == null || cents.signum() <= 0 || cents.compareTo(HUNDRED) >= 0 || cents.stripTrailingZeros().scale() > 0) {
        continue;
      }
      if (m.group("unit") == null && !CLAUSE_END.matcher(after.substring(m.end())).find()) {
        continue;
      }
      int end = e.end() + m.end();
      BigDecimal value = new BigDecimal(e.value()).add(cents.divide(HUNDRED));
      out.add(new Expression(text.substring(e.start(), end), e.start(), end, ExpressionType.MONEY,
          NumberWords.plain(value), NumberInterval.exactly(value.stripTrailingZeros()), e.unit(), e.currency(),
          Trace.of(e.trace().rule() + "+cents")));
    }
    return out;
  }
}
