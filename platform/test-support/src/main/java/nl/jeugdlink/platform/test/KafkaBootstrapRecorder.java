package nl.jeugdlink.platform.test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bootstrap address in front of a real broker that notes the client id of every Kafka client that
 * connects through it: how a test shows which clients found the cluster from a setting. A Kafka
 * request header carries the client id right after its size, api key, api version and correlation id
 * (every header version does), so reading the first request of a connection names its client. The
 * broker advertises its own address, so only bootstrap and metadata connections pass here.
 */
public final class KafkaBootstrapRecorder implements AutoCloseable {

    private final InetSocketAddress broker;
    private final ServerSocket server;
    private final Set<String> clientIds = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public KafkaBootstrapRecorder(String bootstrap) {
        String first = bootstrap.split(",")[0].trim();
        int colon = first.lastIndexOf(':');
        this.broker = new InetSocketAddress(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)));
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("kafka-bootstrap-recorder").start(this::accept);
    }

    /** {@code host:port} to give the clients as their bootstrap servers. */
    public String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** The client ids that connected here so far. */
    public Set<String> clientIds() {
        return Set.copyOf(clientIds);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(broker.getAddress(), broker.getPort());
                Thread.ofVirtual().start(() -> forward(client, upstream, true));
                Thread.ofVirtual().start(() -> forward(upstream, client, false));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void forward(Socket from, Socket to, boolean request) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            if (request) {
                DataInputStream data = new DataInputStream(in);
                int size = data.readInt();
                byte[] body = data.readNBytes(size);
                noteClientId(body);
                out.write(new byte[] {(byte) (size >>> 24), (byte) (size >>> 16), (byte) (size >>> 8), (byte) size});
                out.write(body);
                out.flush();
            }
            in.transferTo(out);
        } catch (IOException e) {
            // one side went away
        } finally {
            close(from);
            close(to);
        }
    }

    private void noteClientId(byte[] header) {
        // api key (2), api version (2), correlation id (4), then the client id as a nullable INT16-sized string.
        if (header.length < 10) {
            return;
        }
        int length = (short) (((header[8] & 0xff) << 8) | (header[9] & 0xff));
        if (length > 0 && 10 + length <= header.length) {
            clientIds.add(new String(header, 10, length, StandardCharsets.UTF_8));
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
