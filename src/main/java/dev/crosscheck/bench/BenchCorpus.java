package dev.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.BadInputException;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The corpora the benchmark runs on: ECB+ news clusters as sources, and larger corpora made from them. */
public final class BenchCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}\\b");

  private BenchCorpus() {}

  /** ECB+'s documents, one source each, sentences one per line, ids from the document names. */
  public static List<Source> ecbPlus(Path jsonl) {
    List<Source> sources = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = JSON.readTree(line);
        StringBuilder text = new StringBuilder();
        for (JsonNode sentence : doc.path("sentences")) {
          text.append(sentence.path("text").asText()).append('\n');
        }
        String id = "ecb_" + doc.path("doc").asText("line" + number).replaceAll("[^A-Za-z0-9._-]", "_");
        sources.add(new Source(SourceMeta.bare(id), text.toString()));
      }
    } catch (IOException e) {
      throw new BadInputException(jsonl, "cannot read the ECB+ corpus: " + e.getMessage(), e);
    }
    return sources;
  }

  /**
   * {@code size} sources made by cycling through {@code base} under new ids, each copy lightly varied
   * (a sentence dropped, a small number changed) so that copies agree on most claims and differ on some.
   */
  public static List<Source> scaled(List<Source> base, int size, long seed) {
    List<Source> out = new ArrayList<>(size);
    Random random = new Random(seed);
    for (int i = 0; i < size; i++) {
      Source original = base.get(i % base.size());
      String id = String.format("r%05d_%s", i, original.id());
      out.add(new Source(SourceMeta.bare(id.length() > 120 ? id.substring(0, 120) : id), vary(original.text(), random)));
    }
    return out;
  }

  private static String vary(String text, Random random) {
    String[] lines = text.split("\n");
    StringBuilder out = new StringBuilder(text.length());
    int dropped = lines.length > 3 && random.nextInt(5) == 0 ? 1 + random.nextInt(lines.length - 1) : -1;
    for (int i = 0; i < lines.length; i++) {
      if (i == dropped) {
        continue;
      }
      String line = lines[i];
      if (random.nextInt(10) == 0) {
        Matcher m = NUMBER.matcher(line);
        if (m.find()) {
          line = line.substring(0, m.start()) + (Integer.parseInt(m.group()) + 1) + line.substring(m.end());
        }
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
