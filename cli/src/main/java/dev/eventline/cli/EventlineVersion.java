package dev.eventline.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the CLI jar's manifest at build time. */
final class EventlineVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Eventline.class.getPackage().getImplementationVersion();
    return new String[] {
      "eventline " + (version == null ? "(development build)" : version),
      "Java " + Runtime.version() + " at " + System.getProperty("java.home")
    };
  }
}
