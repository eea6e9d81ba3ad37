package dev.eventline.devstack.internal;

import dev.eventline.devstack.DevstackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks free ports on the loopback interface, and checks that a chosen one is free. */
public final class LoopbackPorts {
  private LoopbackPorts() {}

  /** A port that was free a moment ago; the caller binds it soon. */
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on loopback", e);
    }
  }

  /** Returns {@code port} when it is free, a {@link #free()} one when it is 0, or fails clearly. */
  public static int freeOrChosen(int port, String what) {
    if (port == 0) {
      return free();
    }
    if (port < 1 || port > 65535) {
      throw new DevstackException(what + " port " + port + " is not a valid port (1-65535)");
    }
    try (ServerSocket socket = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new DevstackException(
          what
              + " port "
              + port
              + " is already in use; choose another or omit it to pick a free one");
    }
  }
}
