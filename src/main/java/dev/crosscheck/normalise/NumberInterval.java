package dev.crosscheck.normalise;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The numbers a quantity may mean. A null bound is infinite: "over $60 billion" is (60e9, +inf).
 *
 * @param loClosed whether {@code lo} itself is included (ignored when lo is null)
 * @param hiClosed whether {@code hi} itself is included (ignored when hi is null)
 */
public record NumberInterval(
    @Nullable BigDecimal lo, boolean loClosed, @Nullable BigDecimal hi, boolean hiClosed)
    implements Interval {

  public NumberInterval {
    if (lo != null && hi != null) {
      int order = lo.compareTo(hi);
      if (order > 0 || (order == 0 && !(loClosed && hiClosed))) {
        throw new IllegalArgumentException("empty number interval " + render(lo, loClosed, hi, hiClosed));
      }
    }
  }

  public static NumberInterval exactly(BigDecimal value) {
    return new NumberInterval(value, true, value, true);
  }

  @Override
  public boolean overlaps(Interval other) {
    if (!(other instanceof NumberInterval o)) {
      return false;
    }
    return below(lo, loClosed, o.hi, o.hiClosed) && below(o.lo, o.loClosed, hi, hiClosed);
  }

  /** True when the lower bound lies below the upper one, so something sits between them. */
  private static boolean below(
      @Nullable BigDecimal lower, boolean lowerClosed, @Nullable BigDecimal upper, boolean upperClosed) {
    if (lower == null || upper == null) {
      return true;
    }
    int order = lower.compareTo(upper);
    return order < 0 || (order == 0 && lowerClosed && upperClosed);
  }

  @Override
  public String toString() {
    return render(lo, loClosed, hi, hiClosed);
  }

  private static String render(
      @Nullable BigDecimal lo, boolean loClosed, @Nullable BigDecimal hi, boolean hiClosed) {
    return (lo == null ? "(-inf" : (loClosed ? "[" : "(") + lo.toPlainString())
        + ", "
        + (hi == null ? "+inf)" : hi.toPlainString() + (hiClosed ? "]" : ")"));
  }
}
