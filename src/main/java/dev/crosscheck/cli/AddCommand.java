package dev.crosscheck.cli;

import dev.crosscheck.model.Words;
import dev.crosscheck.BadInputException;
import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.ingest.Duplicates;
import dev.crosscheck.ingest.PageFetcher;
import dev.crosscheck.ingest.PageMeta;
import dev.crosscheck.ingest.Readability4JExtractor;
import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.ingest.SourceInput;
import dev.crosscheck.ingest.SourceSlug;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceId;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.store.Workspace;
import dev.crosscheck.store.WorkspaceLock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Adds an article to sources/: a .txt or .md file, a saved web page (.html, .htm) or a web address"
        + " (http:// or https://). From a page only the article text is kept, and its title, outlet, address and date"
        + " are read from the page; the options below override them.")
final class AddCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;
  @Mixin LockOption lock;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|URL", description = "A .txt, .md, .html or .htm file, or an http(s):// address.")
  String input;

  @Option(names = "--id", paramLabel = "ID",
      description = "The source id (its file name in sources/). Default: made from the title or file name.")
  @Nullable String id;

  @Option(names = "--title", paramLabel = "TITLE", description = "The article's headline.") @Nullable String title;
  @Option(names = "--outlet", paramLabel = "OUTLET", description = "Who published it, e.g. 'The Coastal Courier'.") @Nullable String outlet;
  @Option(names = "--url", paramLabel = "URL", description = "Where it was published.") @Nullable String url;
  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The publication date.") @Nullable String published;
  @Option(names = "--estimated", description = "The publication date is an estimate, not stated by the outlet.") boolean estimated;
  @Option(names = "--basis", paramLabel = "TEXT", description = "Why the date is believed, e.g. 'Wayback capture of 2025-03-15'.") @Nullable String basis;
  @Option(names = "--replace", description = "Replace an existing source with the same id.") boolean replace;
  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "For a web address: how long to wait for the page (default: ${DEFAULT-VALUE}).") double timeout;
  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "10",
      description = "For a web address: refuse pages larger than this (default: ${DEFAULT-VALUE} MB).") int maxSize;

  @Override
  public Integer call() {
    Workspace ws = new Workspace(workspace.path());
    try (WorkspaceLock held = lock.acquire(ws.root(), "add")) {
      return add(ws);
    }
  }

  private int add(Workspace ws) {
    List<Source> existing = SourceFiles.readAll(ws.sources());
    SourceInput.Read read = new SourceInput(new Readability4JExtractor(), new PageFetcher(limits())).read(input);
    SourceMeta meta = meta(read.page(), chooseId(read, ws.sources()));
    if (!replace && existing.stream().anyMatch(s -> s.id().equals(meta.id()))) {
      throw new BadInputException(ws.sources(), "a source with id '" + meta.id()
          + "' already exists: give another --id, or --replace to replace it");
    }
    Article added = Cleaner.clean(new Source(meta, read.text()));
    List<Article> others = existing.stream().filter(s -> !s.id().equals(meta.id())).map(Cleaner::clean).toList();
    Optional<Article> same = Duplicates.sameText(added, others);
    if (same.isPresent()) {
      throw new BadInputException(input, "the same text is already in sources/ as '" + same.get().id() + "'");
    }
    Path written = ws.putSource(meta.id(), read.suffix(), read.text(), SourceFiles.metaJson(meta));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("added %s: %s (%d words%s)%n", meta.id(), ws.root().relativize(written), Words.count(added.text()),
        describe(meta));
    Duplicates.mostlyShared(added, others).ifPresent(a ->
        out.printf("note: shares most of its text with %s (syndicated copy?)%n", a.id()));
    out.println("run 'crosscheck check' to compare it with the other sources");
    out.flush();
    return Main.OK;
  }

  private PageFetcher.Limits limits() {
    if (!(timeout > 0) || maxSize <= 0) {
      throw new BadInputException(input, "--timeout and --max-size must be positive");
    }
    Duration wait = Duration.ofMillis(Math.round(timeout * 1000));
    PageFetcher.Limits d = PageFetcher.Limits.DEFAULT;
    return new PageFetcher.Limits(wait.compareTo(d.connectTimeout()) < 0 ? wait : d.connectTimeout(), wait,
        (long) maxSize << 20, d.maxRedirects());
  }

  private String chooseId(SourceInput.Read read, Path sources) {
    if (id != null) {
      try {
        return SourceId.check(id);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(sources, e.getMessage());
      }
    }
    String name = title != null ? title : read.page().title() != null ? read.page().title() : read.name();
    return SourceSlug.of(name);
  }

  private SourceMeta meta(PageMeta page, String sourceId) {
    LocalDate date = published != null ? date(published) : page.published();
    if (estimated && date == null) {
      throw new BadInputException(input, "--estimated needs a publication date: give --published");
    }
    return new SourceMeta(sourceId, or(title, page.title()), or(outlet, page.outlet()), or(url, page.url()),
        date, estimated, blankToNull(basis));
  }

  private LocalDate date(String value) {
    try {
      LocalDate d = LocalDate.parse(value.strip());
      if (d.getYear() >= 1800 && d.getYear() <= 2200) {
        return d;
      }
    } catch (DateTimeException e) {
      // reported below
    }
    throw new BadInputException(input, "--published '" + value + "' is not a date (YYYY-MM-DD)");
  }

  private static @Nullable String or(@Nullable String option, @Nullable String fromPage) {
    String o = blankToNull(option);
    return o != null ? o : fromPage;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String describe(SourceMeta meta) {
    StringBuilder b = new StringBuilder();
    if (meta.outlet() != null) {
      b.append(", ").append(meta.outlet());
    }
    if (meta.published() != null) {
      b.append(", ").append(meta.published()).append(meta.estimated() ? " (estimated)" : "");
    }
    return b.toString();
  }
}
