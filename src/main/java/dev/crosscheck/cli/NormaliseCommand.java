package dev.crosscheck.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crosscheck.model.ReferenceDate;
import dev.crosscheck.normalise.Normaliser;
import dev.crosscheck.report.ExpressionJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck normalise}: prints the dates and quantities found in a text, as JSON. */
@Command(
    name = "normalise",
    mixinStandardHelpOptions = true,
    description = {
      "Finds dates, durations, percentages, money and numbers in a text and prints them as a JSON array",
      "with exact values (TIMEX3 strings for dates, numbers for quantities), intervals and traces.",
      "Text comes from --text or stdin. With --jsonl, each stdin line is {\"reference\":…,\"text\":…} and",
      "each output line is {\"expressions\":[…]}. Exit codes: 0 ok, 2 bad input."
    })
public final class NormaliseCommand implements Callable<Integer> {
  private static final int BAD_INPUT = 2;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--reference", paramLabel = "YYYY-MM-DD",
      description = "Publication date that relative expressions resolve against. Without it they stay unresolved.")
  private @Nullable String reference;

  @Option(names = "--estimated", description = "Mark the reference date as an estimate in traces.")
  private boolean estimated;

  @Option(names = "--text", paramLabel = "TEXT", description = "The text to normalise (default: read stdin).")
  private @Nullable String text;

  @Option(names = "--jsonl", description = "Batch mode: read JSON lines from stdin, write one result line each.")
  private boolean jsonl;

  public NormaliseCommand() {
    this(System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8));
  }

  public NormaliseCommand(InputStream in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    try {
      ReferenceDate fallback = reference == null ? null : parseReference(reference, "--reference");
      if (jsonl) {
        return batch(fallback);
      }
      String input = text != null ? text : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expressions(input, fallback)));
      return 0;
    } catch (BadInput e) {
      err.println("normalise: " + e.getMessage());
      return BAD_INPUT;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int batch(@Nullable ReferenceDate fallback) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new BadInput("line " + number + ": not JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject() || !node.path("text").isTextual()) {
        throw new BadInput("line " + number + ": expected an object with a string \"text\"");
      }
      JsonNode ref = node.path("reference");
      ReferenceDate reference = ref.isMissingNode() || ref.isNull() ? fallback
          : parseReference(ref.asText(), "line " + number + " \"reference\"");
      out.println(JSON.writeValueAsString(Map.of("expressions", expressions(node.get("text").asText(), reference))));
    }
    return 0;
  }

  private List<ExpressionJson> expressions(String input, @Nullable ReferenceDate reference) {
    return Normaliser.find(input, reference).stream().map(ExpressionJson::of).toList();
  }

  private ReferenceDate parseReference(String iso, String where) {
    try {
      return new ReferenceDate(LocalDate.parse(iso), estimated, "");
    } catch (DateTimeParseException e) {
      throw new BadInput(where + ": '" + iso + "' is not a valid date (YYYY-MM-DD): " + e.getMessage());
    }
  }

  /** Input the user must fix; reported on one line with exit code 2. */
  private static final class BadInput extends RuntimeException {
    BadInput(String message) {
      super(message);
    }
  }
}
