package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NormaliseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    NormaliseCommand command = new NormaliseCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err));
    return new CommandLine(command).execute(args);
  }

  @Test
  void printsExpressionsWithValuesIntervalsAndTraces() throws Exception {
    int code = run("", "--reference", "2025-05-02", "--estimated", "--text",
        "Carney announced Friday that he will travel to Washington next Tuesday, bringing over $60 billion.");
    assertThat(code).isZero();
    JsonNode found = JSON.readTree(out.toString());
    assertThat(found).hasSize(3);
    JsonNode tuesday = found.get(1);
    assertThat(tuesday.toString()).isEqualTo("{\"text\":\"next Tuesday\",\"start\":58,\"end\":70,\"type\":\"date\","
        + "\"value\":\"2025-05-06\",\"interval\":{\"start\":\"2025-05-06\",\"end\":\"2025-05-07\"},"
        + "\"trace\":{\"rule\":\"weekday-next\",\"anchor\":\"published 2025-05-02, estimated\"}}");
    JsonNode money = found.get(2);
    assertThat(money.toString()).isEqualTo("{\"text\":\"over $60 billion\",\"start\":81,\"end\":97,\"type\":\"money\","
        + "\"value\":60000000000,\"unit\":\"dollar\",\"interval\":{\"lo\":60000000000,\"loInclusive\":false},"
        + "\"trace\":{\"rule\":\"money-dollar-unstated+above\"}}");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void readsStdinAndLeavesRelativeDatesUnresolvedWithoutReference() throws Exception {
    int code = run("They met last month.");
    assertThat(code).isZero();
    JsonNode found = JSON.readTree(out.toString());
    assertThat(found.get(0).get("value").asText()).isEqualTo("XXXX-XX");
    assertThat(found.get(0).has("interval")).isFalse();
    assertThat(found.get(0).at("/trace/rule").asText()).isEqualTo("unresolved-no-reference");
  }

  @Test
  void rejectsAnImpossibleReferenceDate() {
    int code = run("", "--reference", "2025-02-30", "--text", "today");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--reference").contains("2025-02-30").hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void batchModeWritesOneLinePerInputInOrder() throws Exception {
    String input = """
        {"reference":"2025-05-02","text":"He will travel next Tuesday."}
        {"text":"He will travel next Tuesday."}
        {"reference":"2025-05-06","text":"25 per cent"}
        """;
    int code = run(input, "--jsonl");
    assertThat(code).isZero();
    String[] lines = out.toString().split("\\R");
    assertThat(lines).hasSize(3);
    assertThat(JSON.readTree(lines[0]).at("/expressions/0/value").asText()).isEqualTo("2025-05-06");
    assertThat(JSON.readTree(lines[1]).at("/expressions/0/value").asText()).isEqualTo("XXXX-WXX-2");
    assertThat(JSON.readTree(lines[2]).at("/expressions/0/unit").asText()).isEqualTo("percent");
  }

  @Test
  void batchModeNamesTheBadLine() {
    String input = "{\"text\":\"today\"}\n{\"reference\":\"2025-13-01\",\"text\":\"today\"}\n";
    int code = run(input, "--jsonl");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("normalise: line 2").hasLineCount(1);
    assertThat(out.toString().split("\\R")).hasSize(1);
    run("not json\n", "--jsonl");
    assertThat(err.toString()).contains("line 1: not JSON");
  }
}
