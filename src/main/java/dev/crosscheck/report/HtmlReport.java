package dev.crosscheck.report;

import static dev.crosscheck.report.SourceLabels.orDash;
import static dev.crosscheck.report.SourceLabels.published;

import dev.crosscheck.model.Cited;
import dev.crosscheck.model.Entity;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Note;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.ReviewDecision;
import dev.crosscheck.model.SourceSummary;
import dev.crosscheck.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report as one self-contained HTML page (CSS and script inline, nothing fetched) that opens from disk.
 * The page is built as a jsoup DOM, so every piece of source text is a text node or attribute value and is
 * escaped by jsoup's serializer; a content security policy lets only this page's own script run.
 */
public final class HtmlReport {
  private static final String CSS = resource("report.css");
  private static final String JS = resource("report.js");
  private static final Map<FindingKind, String> HEADINGS = Map.of(
      FindingKind.CONTRADICTION, "Contradictions",
      FindingKind.QUOTE_MISMATCH, "Quote mismatches",
      FindingKind.UPDATE, "Updates",
      FindingKind.AGREEMENT, "Agreements");

  private HtmlReport() {}

  public static String render(Report report) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).indentAmount(1).outline(false);
    doc.child(0).attr("lang", "en");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
        "default-src 'none'; style-src 'sha256-" + sha256(CSS) + "'; script-src 'sha256-" + sha256(JS) + "'");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text("Consistency report");
    head.appendElement("style").appendChild(new DataNode(CSS));
    Element body = doc.body();
    body.appendElement("h1").text("Consistency report");
    body.appendElement("p").addClass("counts").text(counts(report));
    Map<String, SourceSummary> sources = report.sources().stream()
        .collect(Collectors.toMap(SourceSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, String> names = report.entities().stream()
        .collect(Collectors.toMap(Entity::id, Entity::name, (a, b) -> a));
    sourcesPanel(body.appendElement("section").id("sources"), report.sources());
    filters(body.appendElement("section").id("filters"), report, names);
    Element all = body.appendElement("section").id("findings");
    for (FindingKind kind : FindingKind.values()) {
      List<Finding> findings = report.findings().stream().filter(f -> f.kind() == kind).toList();
      Element group = all.appendElement("section").addClass("kind-group").attr("data-kind", kind.label());
      Element h2 = group.appendElement("h2").text(HEADINGS.get(kind) + " (");
      h2.appendElement("span").addClass("count-shown").text(String.valueOf(findings.size()));
      h2.appendText(")");
      findings.forEach(f -> finding(group, f, sources));
    }
    stale(body, report.staleReviews());
    entityIndex(body.appendElement("section").id("entities"), report);
    body.appendElement("script").appendChild(new DataNode(JS));
    return "<!DOCTYPE html>\n" + doc.child(doc.childNodeSize() - 1).outerHtml() + "\n";
  }

  private static String counts(Report r) {
    return r.sources().size() + " sources · " + r.count(FindingKind.CONTRADICTION) + " contradictions · "
        + r.count(FindingKind.QUOTE_MISMATCH) + " quote mismatches · " + r.count(FindingKind.UPDATE) + " updates · "
        + r.count(FindingKind.AGREEMENT) + " agreements · "
        + r.findings().stream().filter(f -> f.review().isOpen()).count() + " not reviewed";
  }

  private static void sourcesPanel(Element section, List<SourceSummary> sources) {
    section.appendElement("h2").text("Sources");
    Element head = section.appendElement("table").appendElement("thead").appendElement("tr");
    List<String> columns = List.of("id", "outlet", "title", "published", "words", "claims", "reliability",
        "cleaning notes");
    columns.forEach(c -> head.appendElement("th").text(c));
    Element rows = section.selectFirst("table").appendElement("tbody");
    for (SourceSummary s : sources) {
      Element tr = rows.appendElement("tr").attr("data-source", s.id());
      tr.appendElement("td").appendElement("code").text(s.id());
      tr.appendElement("td").text(orDash(s.outlet()));
      Element title = tr.appendElement("td");
      if (s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"))) {
        title.appendElement("a").attr("href", s.url()).attr("rel", "noreferrer").text(orDash(s.title()));
      } else {
        title.text(orDash(s.title()));
      }
      Element date = tr.appendElement("td").text(s.published() == null ? "unknown" : s.published().toString());
      if (s.estimated()) {
        date.appendText(" ").appendElement("span").addClass("estimated").attr("title", Objects.toString(s.basis(), ""))
            .text("estimated");
      }
      tr.appendElement("td").text(String.valueOf(s.words()));
      tr.appendElement("td").text(String.valueOf(s.claims()));
      tr.appendElement("td").attr("title", s.reliabilityBasis())
          .text(String.format(java.util.Locale.ROOT, "%.2f", s.reliability()))
          .appendElement("div").addClass("basis").text(s.reliabilityBasis());
      Element notes = tr.appendElement("td");
      if (s.notes().isEmpty()) {
        notes.text("—");
      } else {
        // folded: one page's furniture can leave dozens of notes, which would push the findings off screen
        Element details = notes.appendElement("details");
        details.appendElement("summary").text(s.notes().size() + (s.notes().size() == 1 ? " note" : " notes"));
        Element ul = details.appendElement("ul").addClass("notes");
        for (Note n : s.notes()) {
          ul.appendElement("li").text((n.line() > 0 ? "line " + n.line() + ": " : "") + n.message());
        }
      }
    }
  }

  private static void filters(Element section, Report report, Map<String, String> names) {
    Element kind = select(section, "Kind", "filter-kind");
    option(kind, "", "all kinds");
    for (FindingKind k : FindingKind.values()) {
      option(kind, k.label(), k.label());
    }
    Element source = select(section, "Source", "filter-source");
    option(source, "", "all sources");
    report.sources().forEach(s -> option(source, s.id(), s.outlet() == null ? s.id() : s.id() + " (" + s.outlet() + ")"));
    Element entity = select(section, "Entity", "filter-entity");
    option(entity, "", "all entities");
    TreeSet<String> cited = new TreeSet<>();
    report.findings().forEach(f -> cited.addAll(entities(f)));
    cited.forEach(e -> option(entity, e, names.getOrDefault(e, e)));
    Element status = select(section, "Review", "filter-status");
    option(status, "", "not dismissed");
    option(status, "all", "all, dismissed too");
    option(status, "open", "open");
    option(status, "confirmed", "confirmed");
    option(status, "dismissed", "dismissed");
    section.appendElement("span").id("shown");
  }

  private static Element select(Element section, String label, String id) {
    Element l = section.appendElement("label").text(label + " ");
    return l.appendElement("select").id(id);
  }

  private static void option(Element select, String value, String text) {
    select.appendElement("option").attr("value", value).text(text);
  }

  private static void finding(Element group, Finding f, Map<String, SourceSummary> sources) {
    Element article = group.appendElement("article").addClass("finding").id("f-" + f.id())
        .attr("data-kind", f.kind().label()).attr("data-sources", String.join(" ", f.sources()))
        .attr("data-entities", String.join(" ", entities(f))).attr("data-status", f.review().status().label());
    if (!f.review().isOpen() && f.review().status().label().equals("dismissed")) {
      article.attr("hidden", true);
    }
    article.appendElement("h3").text(f.summary());
    Element sides = article.appendElement("div").addClass("sides");
    for (Cited c : f.claims()) {
      Element side = sides.appendElement("div").addClass("side").attr("data-source", c.source());
      SourceSummary s = sources.get(c.source());
      String who = c.source() + (s == null ? "" : " · " + orDash(s.outlet()) + " · "
          + (s.published() == null ? "date unknown" : published(s)));
      side.appendElement("div").addClass("who").text(who);
      evidence(side.appendElement("blockquote"), c.evidence(), Highlights.of(f, c));
      Element value = side.appendElement("div").addClass("value").text("value ");
      value.appendElement("code").text(c.value());
      value.appendText(" · chars " + c.start() + "–" + c.end());
    }
    Element meta = article.appendElement("p").addClass("meta");
    meta.appendText("rule ").appendElement("code").text(f.rule());
    meta.appendText(" · compared " + f.values().stream().collect(Collectors.joining(" vs ")) + " · severity "
        + f.severity().label() + " · confidence " + f.confidence() + " · id ");
    meta.appendElement("code").text(f.id());
    // independence and reliability: copies counted as one voice, which side is better supported
    for (String note : f.notes()) {
      article.appendElement("p").addClass("note").text(note + ".");
    }
    Element review = article.appendElement("p").addClass("review");
    review.appendElement("span").addClass("status").addClass("status-" + f.review().status().label())
        .text(f.review().status().label());
    ReviewDecision d = f.review().decision();
    if (d != null) {
      review.appendText(" by " + d.reviewer() + " on " + d.at() + (d.note().isEmpty() ? "" : ": " + d.note())
          + ("key".equals(f.review().matched()) ? " (decided on " + d.finding() + ", before the sources changed)" : ""));
    }
  }

  /** The evidence as text nodes, with the compared words in {@code <mark>}: no source text is ever markup. */
  private static void evidence(Element quote, String text, List<Span> marks) {
    int at = 0;
    for (Span m : marks) {
      quote.appendText(text.substring(at, m.start()));
      quote.appendElement("mark").text(m.of(text));
      at = m.end();
    }
    quote.appendText(text.substring(at));
  }

  private static void stale(Element body, List<ReviewDecision> stale) {
    if (stale.isEmpty()) {
      return;
    }
    Element section = body.appendElement("section").id("stale");
    section.appendElement("h2").text("Stale review decisions (" + stale.size() + ")");
    section.appendElement("p").text("Decisions on findings that no check finds any more (a source was removed or "
        + "changed). They are kept in reports/reviews.json; 'crosscheck review reopen <id>' removes one.");
    Element ul = section.appendElement("ul");
    for (ReviewDecision d : stale) {
      Element li = ul.appendElement("li").addClass("stale");
      li.appendElement("code").text(d.finding());
      li.appendText(": " + d.decision().label() + " by " + d.reviewer() + " on " + d.at()
          + (d.note().isEmpty() ? "" : ": " + d.note()));
    }
  }

  private static void entityIndex(Element section, Report report) {
    section.appendElement("h2").text("Entity index");
    Map<String, Long> findings = report.findings().stream().flatMap(f -> entities(f).stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    Element head = section.appendElement("table").appendElement("thead").appendElement("tr");
    List.of("name", "kind", "id", "also written", "sources", "findings").forEach(c -> head.appendElement("th").text(c));
    Element rows = section.selectFirst("table").appendElement("tbody");
    for (Entity e : report.entities()) {
      Element tr = rows.appendElement("tr");
      tr.appendElement("td").text(e.name());
      tr.appendElement("td").text(e.kind().toString());
      tr.appendElement("td").appendElement("code").text(e.id());
      tr.appendElement("td").text(e.aliases().isEmpty() ? "—" : String.join("; ", e.aliases()));
      tr.appendElement("td").text(String.join(", ", e.sources()));
      Element n = tr.appendElement("td");
      long count = findings.getOrDefault(e.id(), 0L);
      if (count == 0) {
        n.text("0");
      } else {
        n.appendElement("a").addClass("show-entity").attr("href", "#findings").attr("data-entity", e.id())
            .text(String.valueOf(count));
      }
    }
  }

  /** The entity ids a finding is about (a quote finding may name several, joined by " / "). */
  private static List<String> entities(Finding f) {
    return List.of(f.entity().split(" / "));
  }


  private static String sha256(String s) {
    return Base64.getEncoder().encodeToString(com.google.common.hash.Hashing.sha256()
        .hashString(s, StandardCharsets.UTF_8).asBytes());
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
