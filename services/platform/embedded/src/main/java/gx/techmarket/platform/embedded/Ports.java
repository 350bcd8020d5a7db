package gx.techmarket.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Port helpers for the embedded infrastructure. */
public final class Ports {

    private Ports() {}

    /** A port that was free on the loopback interface a moment ago. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    /** A free port for each name, no two alike (in the names' order): the ports of one market under test. */
    public static Map<String, Integer> distinctFree(List<String> names) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : names) {
            int port;
            do {
                port = free();
            } while (ports.containsValue(port));
            ports.put(name, port);
        }
        return ports;
    }

    /** Whether something accepts connections on {@code port} of the loopback interface. */
    public static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
