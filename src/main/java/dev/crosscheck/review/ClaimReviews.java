package dev.crosscheck.review;

import dev.crosscheck.model.Cited;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Review;
import dev.crosscheck.model.ReviewDecision;
import dev.crosscheck.model.SourceSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Confirmed contradictions as schema.org ClaimReview JSON-LD, the form fact-checking sites publish and search
 * engines read. A contradiction does not say which side is wrong, so the claims reviewed are those of the side
 * fewer sources take (every side on a tie), each rated "Contradicted by other sources".
 */
public final class ClaimReviews {
  public static final String RATING = "Contradicted by other sources";

  private ClaimReviews() {}

  /** The organisation publishing the reviews, their schema.org {@code author}. */
  public record Organisation(String name, @Nullable String url) {
    public Organisation {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("an organisation needs a name");
      }
    }
  }

  /** One ClaimReview per claim reviewed, ordered by finding id then source. */
  public static List<Map<String, Object>> of(Report report, Organisation organisation) {
    Map<String, SourceSummary> sources = report.sources().stream()
        .collect(Collectors.toMap(SourceSummary::id, Function.identity()));
    List<Map<String, Object>> reviews = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.kind() != FindingKind.CONTRADICTION || f.review().status() != Review.Status.CONFIRMED) {
        continue;
      }
      ReviewDecision d = Objects.requireNonNull(f.review().decision());
      for (Cited c : minoritySide(f)) {
        reviews.add(review(f, c, d, sources.get(c.source()), organisation));
      }
    }
    return reviews;
  }

  private static List<Cited> minoritySide(Finding f) {
    Map<String, Long> sourcesPerValue = new TreeMap<>();
    f.values().forEach(v -> sourcesPerValue.put(v, f.claims().stream().filter(c -> c.value().equals(v))
        .map(Cited::source).distinct().count()));
    long fewest = sourcesPerValue.values().stream().mapToLong(Long::longValue).min().orElse(0);
    return f.claims().stream().filter(c -> sourcesPerValue.getOrDefault(c.value(), 0L) == fewest).toList();
  }

  private static Map<String, Object> review(Finding f, Cited c, ReviewDecision d, @Nullable SourceSummary source,
      Organisation organisation) {
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("@context", "https://schema.org");
    review.put("@type", "ClaimReview");
    review.put("identifier", f.id() + "/" + c.source());
    review.put("claimReviewed", c.evidence());
    review.put("itemReviewed", claim(source));
    Map<String, Object> rating = new LinkedHashMap<>();
    rating.put("@type", "Rating");
    rating.put("alternateName", RATING);
    rating.put("ratingExplanation", f.summary());
    review.put("reviewRating", rating);
    if (!d.note().isEmpty()) {
      review.put("reviewBody", d.note());
    }
    review.put("author", organisation(organisation.name(), organisation.url()));
    review.put("datePublished", d.at().substring(0, "YYYY-MM-DD".length()));
    return review;
  }

  private static Map<String, Object> claim(@Nullable SourceSummary source) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("@type", "Claim");
    if (source == null) {
      return claim;
    }
    if (source.outlet() != null) {
      claim.put("author", organisation(source.outlet(), null));
    }
    if (source.published() != null) {
      claim.put("datePublished", source.published().toString());
    }
    Map<String, Object> appearance = new LinkedHashMap<>();
    appearance.put("@type", "CreativeWork");
    putIfPresent(appearance, "url", source.url());
    putIfPresent(appearance, "headline", source.title());
    if (source.published() != null) {
      appearance.put("datePublished", source.published().toString());
    }
    if (source.outlet() != null) {
      appearance.put("publisher", organisation(source.outlet(), null));
    }
    claim.put("appearance", appearance);
    return claim;
  }

  private static Map<String, Object> organisation(String name, @Nullable String url) {
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("@type", "Organization");
    org.put("name", name);
    putIfPresent(org, "url", url);
    return org;
  }

  private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
