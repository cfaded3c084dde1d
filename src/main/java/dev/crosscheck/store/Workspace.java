package dev.crosscheck.store;

import dev.crosscheck.BadInputException;
import dev.crosscheck.CheckResult;
import dev.crosscheck.model.Claim;
import dev.crosscheck.report.ClaimsFile;
import dev.crosscheck.report.Json;
import dev.crosscheck.report.MarkdownReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

  /** Writes claims and reports; claims files of sources that are gone are removed. Returns the paths written. */
  public List<Path> write(CheckResult result) {
    List<Path> written = new ArrayList<>();
    try {
      for (Map.Entry<String, List<Claim>> e : result.claims().entrySet()) {
        Path file = claims().resolve(e.getKey() + CLAIMS_SUFFIX);
        AtomicFiles.writeIfChanged(file, Json.pretty(result.claimsFile(e.getKey())));
        written.add(file);
      }
      removeStaleClaims(result);
      Path json = reports().resolve("report.json");
      AtomicFiles.writeIfChanged(json, Json.pretty(result.report()));
      written.add(json);
      Path md = reports().resolve("report.md");
      AtomicFiles.writeIfChanged(md, MarkdownReport.render(result.report()));
      written.add(md);
    } catch (IOException e) {
      throw new BadInputException(root, "cannot write the results: " + e.getMessage(), e);
    }
    return written;
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
