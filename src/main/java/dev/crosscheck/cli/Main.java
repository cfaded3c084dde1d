package dev.crosscheck.cli;

import dev.crosscheck.BadInputException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line: a thin shell over {@link dev.crosscheck.CrossCheck}. Exit codes: 0 ok, 1 a findings
 * policy failed, 2 a usage or input error (one line on stderr naming the file and the problem), 3 a bug.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
    description = {"Checks news articles against each other: extracts their claims, and reports where "
        + "sources agree and where they contradict each other, with the evidence from each side.",
        "With no command, runs 'check'."})
public final class Main implements Callable<Integer> {
  /** The commands, in the order help lists them. */
  private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(CheckCommand.class, AddCommand.class,
      SourcesCommand.class, RemoveCommand.class, ClaimsCommand.class, EntitiesCommand.class, InitCommand.class,
      WatchCommand.class, NormaliseCommand.class, BenchCommand.class, ReviewCommand.class, ExportCommand.class, CommandLine.HelpCommand.class);
  public static final int OK = 0;
  public static final int POLICY_FAILED = 1;
  public static final int BAD_INPUT = 2;
  public static final int BUG = 3;

  @Mixin WorkspaceOption workspace;
  @Mixin LockOption lock;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CheckCommand check = new CheckCommand();
    check.workspace = workspace;
    check.lock = lock;
    check.quiet = false;
    check.spec = spec;
    return check.call();
  }

  /** Runs the command line with the given streams and returns the exit code; never calls System.exit. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        // commands that write their own output get this run's streams, not System's
        return cls == NormaliseCommand.class ? cls.cast(new NormaliseCommand(System.in, out, err)) : defaults.create(cls);
      }
    };
    CommandLine cli = new CommandLine(new Main(), factory);
    // picocli reads every command's annotations when it is added (a quarter of a second of a cold start for all of
    // them), so a run that names its command gets only that one; help, errors and the bare default get them all
    Class<?> named = named(args);
    for (Class<?> command : COMMANDS) {
      if (named == null || command == named) {
        cli.addSubcommand(command.getAnnotation(Command.class).name(), commandLine(command, factory));
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof BadInputException) {
        err.println("crosscheck: " + e.getMessage());
        err.flush();
        return BAD_INPUT;
      }
      err.println("crosscheck: internal error: " + e);
      err.flush();
      return BUG;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (RuntimeException | Error e) {
      err.println("crosscheck: internal error: " + e);
      code = BUG;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The command the first word that names one names, unless that is help (which lists them all); else null. */
  private static @org.jspecify.annotations.Nullable Class<?> named(String... args) {
    for (String arg : args) {
      for (Class<?> command : COMMANDS) {
        if (command.getAnnotation(Command.class).name().equals(arg)) {
          return command == CommandLine.HelpCommand.class ? null : command;
        }
      }
    }
    return null;
  }

  private static CommandLine commandLine(Class<?> command, CommandLine.IFactory factory) {
    try {
      return new CommandLine(factory.create(command), factory);
    } catch (Exception e) {
      throw new CommandLine.InitializationException("cannot create " + command.getSimpleName(), e);
    }
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }
}
