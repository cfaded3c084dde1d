package dev.crosscheck.store;

import dev.crosscheck.BadInputException;
import dev.crosscheck.CheckResult;
import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.model.SourceId;
import dev.crosscheck.report.ClaimsFile;
import dev.crosscheck.report.Json;
import dev.crosscheck.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A folder holding {@code sources/} (input), {@code claims/} and {@code reports/} (output). The only place
 * check results touch the disk; every file is written atomically.
 */
public record Workspace(Path root) {
  public static final String CLAIMS_SUFFIX = ".json";

  public Path sources() {
    return root.resolve("sources");
  }

  public Path claims() {
    return root.resolve("claims");
  }

  public Path reports() {
    return root.resolve("reports");
  }

  /** Creates the three folders; returns false when the workspace already had a {@code sources/} folder. */
  public boolean init() {
    boolean fresh = !Files.isDirectory(sources());
    try {
      Files.createDirectories(sources());
      Files.createDirectories(claims());
      Files.createDirectories(reports());
    } catch (IOException e) {
      throw new BadInputException(root, "cannot create the workspace: " + e.getMessage(), e);
    }
    return fresh;
  }

  /**
   * The claims files the last check wrote, by source id (what {@code sources} shows as checked). They are generated
   * output, so one that cannot be read (edited, truncated, an older layout) is skipped, never an error.
   */
  public Map<String, ClaimsFile> previousClaims() {
    return previousClaims(ClaimsCache.read(this));
  }

  /**
   * The same, taking each file's content from {@code cached} while the file is still the one the cache describes
   * (same size and time), and parsing only the others.
   */
  public Map<String, ClaimsFile> previousClaims(Map<String, ClaimsCache.Entry> cached) {
    Map<String, ClaimsFile> previous = new java.util.HashMap<>();
    if (!Files.isDirectory(claims())) {
      return previous;
    }
    try (Stream<Path> files = Files.list(claims())) {
      // read on all cores: a workspace of a thousand sources has a thousand of them
      List<ClaimsFile> read = files.filter(p -> p.getFileName().toString().endsWith(CLAIMS_SUFFIX)).sorted().toList()
          .parallelStream().map(p -> {
            String name = p.getFileName().toString();
            String id = name.substring(0, name.length() - CLAIMS_SUFFIX.length());
            ClaimsFile current = ClaimsCache.current(cached.get(id), p);
            return current != null ? current : reusable(p);
          }).toList();
      for (ClaimsFile file : read) {
        if (file != null) {
          previous.put(file.source(), file);
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return previous;
  }

  private static @Nullable ClaimsFile reusable(Path f) {
    try {
      ClaimsFile file = Json.MAPPER.readValue(f.toFile(), ClaimsFile.class);
      return ClaimsFile.SCHEMA.equals(file.schema()) && file.contentHash() != null ? file : null;
    } catch (IOException | RuntimeException e) {
      return null; // not reusable: the source is simply read again
    }
  }

  /**
   * Writes claims and reports; claims files of sources that are gone, and temp files a killed run left, are
   * removed. Returns the paths written.
   */
  public List<Path> write(CheckResult result) {
    return write(result, Set.of());
  }

  /**
   * The same, leaving alone the claims files of the sources in {@code unchanged}: files known (from
   * {@link ClaimsCache}, at the start of this check, under the workspace lock) to hold exactly what this check would
   * write. Re-rendering a thousand unchanged claims files was most of the time of adding one source.
   */
  public List<Path> write(CheckResult result, Set<String> unchanged) {
    List<Path> written = new ArrayList<>();
    try {
      AtomicFiles.removeLeftovers(claims());
      AtomicFiles.removeLeftovers(reports());
      // every file is rendered and written on all cores (each write is atomic on its own); the reports come
      // first so the longest renderings start early
      Map<Path, java.util.function.Supplier<byte[]>> files = new LinkedHashMap<>();
      ReportFiles.of(result.report()).forEach((name, rendering) -> files.put(reports().resolve(name), rendering));
      Set<Path> skipped = new java.util.HashSet<>();
      for (String id : result.claims().keySet()) {
        Path file = claims().resolve(id + CLAIMS_SUFFIX);
        files.put(file, () -> Json.prettyBytes(result.claimsFile(id)));
        if (unchanged.contains(id)) {
          skipped.add(file);
        }
      }
      List<Path> paths = List.copyOf(files.keySet());
      List<Path> toWrite = paths.stream().filter(f -> !(skipped.contains(f) && Files.isRegularFile(f))).toList();
      writeAll(toWrite, files, 4); // the four reports come first: only claims files are ever skipped
      removeStaleClaims(result);
      written.addAll(paths.subList(4, paths.size()));
      written.addAll(List.of(reports().resolve("report.json"), reports().resolve("report.md"),
          reports().resolve("report.html"), reports().resolve("report.csv")));
    } catch (IOException e) {
      throw new BadInputException(root, "cannot write the results: " + e.getMessage(), e);
    } catch (java.io.UncheckedIOException e) {
      throw new BadInputException(root, "cannot write the results: " + e.getCause().getMessage(), e.getCause());
    }
    return written;
  }

  /**
   * Stores a source's text and its sidecar ({@code metaJson} null: no sidecar). Replacing one drops its old
   * sidecar and its text under the other suffix. On any failure the folder is put back as it was.
   */
  public Path putSource(String id, String suffix, String text, @Nullable String metaJson) {
    SourceId.check(id);
    Path textFile = sources().resolve(id + suffix);
    Path metaFile = sources().resolve(id + SourceFiles.META_SUFFIX);
    Map<Path, byte[]> before = new LinkedHashMap<>();
    try {
      for (Path f : sourceFiles(id)) {
        before.put(f, Files.readAllBytes(f));
      }
      AtomicFiles.write(textFile, text);
      if (metaJson != null) {
        AtomicFiles.write(metaFile, metaJson);
      } else {
        Files.deleteIfExists(metaFile);
      }
      for (Path old : before.keySet()) {
        if (!old.equals(textFile) && !old.equals(metaFile)) {
          Files.delete(old);
        }
      }
    } catch (IOException e) {
      restore(textFile, before);
      throw new BadInputException(sources(), "cannot store source '" + id + "': " + e.getMessage(), e);
    }
    return textFile;
  }

  /** Removes a source's text, sidecar and claims; returns the files removed. */
  public List<Path> removeSource(String id) {
    SourceId.check(id);
    List<Path> files = new ArrayList<>(sourceFiles(id));
    if (files.stream().noneMatch(f -> SourceFiles.textSuffix(f) != null)) {
      throw new BadInputException(sources(), "no source with id '" + id + "'");
    }
    Path claimsFile = claims().resolve(id + CLAIMS_SUFFIX);
    if (Files.isRegularFile(claimsFile)) {
      files.add(claimsFile);
    }
    try {
      for (Path f : files) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new BadInputException(root, "cannot remove source '" + id + "': " + e.getMessage(), e);
    }
    return files;
  }

  /** The files in {@code sources/} that belong to {@code id}: its text (.txt or .md) and its sidecar. */
  private List<Path> sourceFiles(String id) {
    List<Path> files = new ArrayList<>();
    for (String suffix : List.of(".txt", ".md", SourceFiles.META_SUFFIX)) {
      Path f = sources().resolve(id + suffix);
      if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
        files.add(f);
      }
    }
    return files;
  }

  private static void restore(Path written, Map<Path, byte[]> before) {
    try {
      if (!before.containsKey(written)) {
        Files.deleteIfExists(written);
      }
      for (Map.Entry<Path, byte[]> e : before.entrySet()) {
        Files.write(e.getKey(), e.getValue());
      }
    } catch (IOException suppressed) {
      // the first failure is the one to report; this one can only repeat it
    }
  }

  /**
   * Renders and writes {@code paths} on all cores, in order: the first {@code reports} one task each, so the HTML
   * and JSON renderings (the longest) run side by side (a parallel stream put all four in one chunk); then the
   * claims files, in chunks.
   */
  private static void writeAll(List<Path> paths, Map<Path, java.util.function.Supplier<byte[]>> files, int reports)
      throws IOException {
    List<java.util.concurrent.Callable<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < paths.size(); ) {
      List<Path> chunk = paths.subList(i, i < reports ? i + 1 : Math.min(paths.size(), i + 32));
      tasks.add(() -> {
        for (Path file : chunk) {
          AtomicFiles.writeIfChanged(file, files.get(file).get());
        }
        return null;
      });
      i += chunk.size();
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors())), r -> {
          Thread t = new Thread(r, "crosscheck-write");
          t.setDaemon(true);
          return t;
        });
    try {
      for (java.util.concurrent.Future<Void> done : pool.invokeAll(tasks)) {
        done.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void removeStaleClaims(CheckResult result) throws IOException {
    try (Stream<Path> files = Files.list(claims())) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(CLAIMS_SUFFIX)
            && !result.claims().containsKey(name.substring(0, name.length() - CLAIMS_SUFFIX.length()))) {
          Files.delete(f);
        }
      }
    }
  }
}
