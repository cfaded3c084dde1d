package dev.crosscheck;

import java.nio.file.Path;

/**
 * Input the tool cannot use: a missing folder, an empty or non-UTF-8 source, unreadable metadata, a page
 * that cannot be fetched.
 * Its message is one line that names the file and the problem; the CLI prints it and exits 2.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(Path file, String problem) {
    super(file + ": " + problem);
  }

  /** For input that is not a file, such as a web address. */
  public BadInputException(String place, String problem) {
    super(place + ": " + problem);
  }

  public BadInputException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
