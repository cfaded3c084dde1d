package dev.crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What an article page says about itself: JSON-LD {@code NewsArticle} first (publishers fill it for search
 * engines, so it is the most careful), then Open Graph and {@code article:} meta tags, then the plain page.
 */
public record PageMeta(@Nullable String title, @Nullable String outlet, @Nullable String url, @Nullable LocalDate published) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static final PageMeta NONE = new PageMeta(null, null, null, null);

  public static PageMeta read(Document page) {
    JsonNode ld = newsArticle(page);
    String title = first(ld == null ? null : text(ld.get("headline")), meta(page, "og:title"),
        meta(page, "twitter:title"), page.title());
    JsonNode publisher = ld == null ? null : ld.get("publisher");
    String outlet = first(publisher == null ? null : publisher.isTextual() ? text(publisher) : text(publisher.get("name")),
        meta(page, "og:site_name"));
    String url = first(canonical(page), meta(page, "og:url"), ld == null ? null : text(ld.get("url")));
    LocalDate published = firstDate(ld == null ? null : text(ld.get("datePublished")),
        meta(page, "article:published_time"), meta(page, "datePublished"), meta(page, "date"));
    return new PageMeta(title, outlet, url, published);
  }

  /** The canonical link, absolute when the page's own address is known. */
  private static @Nullable String canonical(Document page) {
    Element link = page.selectFirst("link[rel=canonical][href]");
    if (link == null) {
      return null;
    }
    String absolute = link.absUrl("href");
    return absolute.isEmpty() ? link.attr("href") : absolute;
  }

  /** The page's JSON-LD article object, which may sit in an array or an {@code @graph}; malformed blocks are skipped. */
  private static @Nullable JsonNode newsArticle(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (IOException e) {
        continue;
      }
      List<JsonNode> candidates = new ArrayList<>();
      collect(root, candidates, 0);
      for (JsonNode node : candidates) {
        if (isArticle(node.get("@type"))) {
          return node;
        }
      }
    }
    return null;
  }

  private static void collect(@Nullable JsonNode node, List<JsonNode> into, int depth) {
    if (node == null || depth > 3) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, into, depth + 1));
    } else if (node.isObject()) {
      into.add(node);
      collect(node.get("@graph"), into, depth + 1);
    }
  }

  private static boolean isArticle(@Nullable JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("");
    return t.endsWith("Article") || t.equals("BlogPosting");
  }

  private static @Nullable String meta(Document page, String name) {
    for (Element m : page.select("meta[content]")) {
      if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
          || name.equalsIgnoreCase(m.attr("itemprop"))) {
        return blankToNull(m.attr("content"));
      }
    }
    return null;
  }

  private static @Nullable String text(@Nullable JsonNode n) {
    return n != null && n.isTextual() ? blankToNull(n.textValue()) : null;
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      String s = blankToNull(v);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** The date as the publisher wrote it: {@code 2025-04-25T23:30:00-04:00} is the 25th where it was published. */
  private static @Nullable LocalDate firstDate(@Nullable String... values) {
    for (String v : values) {
      if (v == null || v.length() < 10) {
        continue;
      }
      try {
        LocalDate d = LocalDate.parse(v.strip().substring(0, 10).toUpperCase(Locale.ROOT));
        if (d.getYear() >= 1800 && d.getYear() <= 2200) {
          return d;
        }
      } catch (DateTimeException e) {
        // not an ISO date: try the next place
      }
    }
    return null;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip().replaceAll("\\s+", " ");
    return t.isEmpty() ? null : t;
  }
}
