package dev.eventline.devstack.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/** Files only this user may read, for the devstack's passwords and keys. */
public final class PrivateFiles {
  private PrivateFiles() {}

  /** Writes {@code content}, creating the file owner-only (rw-------) if it is new. */
  public static void write(Path file, String content) throws IOException {
    if (!Files.exists(file)) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(file, content);
  }

  /** Writes {@code properties} with a comment line, as {@link #write} does. */
  public static void write(Path file, Properties properties, String comment) throws IOException {
    StringWriter text = new StringWriter();
    properties.store(text, comment);
    write(file, text.toString());
  }
}
