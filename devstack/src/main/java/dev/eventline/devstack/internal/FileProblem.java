package dev.eventline.devstack.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;

/**
 * What went wrong with a file, in words a user can act on: the JDK's messages name only the path
 * for some failures ({@code FileAlreadyExistsException: /x}) and a class name for others.
 */
public final class FileProblem {
  private FileProblem() {}

  public static String describe(IOException error) {
    return switch (error) {
      case FileAlreadyExistsException e -> e.getFile() + " exists and is not a directory";
      case AccessDeniedException e -> e.getFile() + ": permission denied";
      case FileSystemException e when e.getReason() != null -> e.getFile() + ": " + e.getReason();
      default -> error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    };
  }
}
