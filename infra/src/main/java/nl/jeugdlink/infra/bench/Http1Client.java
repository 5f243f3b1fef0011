package nl.jeugdlink.infra.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A deliberately small HTTP/1.1 client for the benchmark: keep-alive connections in a pool, one
 * request per connection at a time, no TLS, no redirects. It costs far less CPU per request than
 * {@code java.net.http.HttpClient}, which matters when client and platform share two cores.
 */
final class Http1Client implements AutoCloseable {

    record Response(int status, String body) {
    }

    private final String host;
    private final int port;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    Http1Client(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** POSTs a JSON body. A pooled connection the server closed meanwhile is replaced once, before anything was read. */
    Response postJson(String path, String bearerToken, byte[] body) throws IOException {
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAuthorization: Bearer " + bearerToken
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        Connection pooled = idle.poll();
        if (pooled != null) {
            try {
                return exchange(pooled, head, body);
            } catch (StaleConnectionException e) {
                pooled.close();
            }
        }
        return exchange(new Connection(host, port), head, body);
    }

    private Response exchange(Connection connection, byte[] head, byte[] body) throws IOException {
        try {
            Response response = connection.exchange(head, body);
            if (connection.reusable) {
                idle.offer(connection);
            } else {
                connection.close();
            }
            return response;
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() {
        for (Connection c = idle.poll(); c != null; c = idle.poll()) {
            c.close();
        }
    }

    private static final class StaleConnectionException extends IOException {
        StaleConnectionException() {
            super("connection closed by the server before the response");
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean used;
        private boolean reusable = true;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = socket.getOutputStream();
        }

        Response exchange(byte[] head, byte[] body) throws IOException {
            boolean wasUsed = used;
            used = true;
            byte[] request = new byte[head.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                if (wasUsed) {
                    throw new StaleConnectionException();
                }
                throw e;
            }
            String statusLine = readLine(wasUsed);
            if (statusLine == null) {
                if (wasUsed) {
                    throw new StaleConnectionException();
                }
                throw new EOFException("no response");
            }
            String[] parts = statusLine.split(" ", 3);
            int status = Integer.parseInt(parts[1]);
            long contentLength = -1;
            boolean chunked = false;
            for (String line = readLine(false); line != null && !line.isEmpty(); line = readLine(false)) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> contentLength = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> reusable &= !value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream(512);
            if (chunked) {
                while (true) {
                    String sizeLine = readLine(false);
                    if (sizeLine == null) {
                        throw new EOFException("chunk size");
                    }
                    int semicolon = sizeLine.indexOf(';');
                    int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                    if (size == 0) {
                        for (String trailer = readLine(false); trailer != null && !trailer.isEmpty(); trailer = readLine(false)) {
                            // trailers are ignored
                        }
                        break;
                    }
                    content.write(in.readNBytes(size));
                    readLine(false);
                }
            } else if (contentLength >= 0) {
                content.write(in.readNBytes((int) contentLength));
            } else {
                content.write(in.readAllBytes());
                reusable = false;
            }
            return new Response(status, content.toString(StandardCharsets.UTF_8));
        }

        /** One CRLF-terminated line, or null at end of stream. */
        private String readLine(boolean firstOfResponse) throws IOException {
            StringBuilder line = new StringBuilder(64);
            while (true) {
                int b;
                try {
                    b = in.read();
                } catch (IOException e) {
                    if (firstOfResponse && line.isEmpty()) {
                        throw new StaleConnectionException();
                    }
                    throw e;
                }
                if (b < 0) {
                    return line.isEmpty() ? null : line.toString();
                }
                if (b == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
