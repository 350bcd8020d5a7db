package gx.techmarket.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request written byte by byte on a socket, for what an HTTP client does not let a test send: a Content-Length
 * without the body, a chunked body that goes on after the server has refused it. Reads the status and headers.
 */
public record RawResponse(int status, List<String[]> headerLines) {

    /**
     * @param head the request line and headers, ending with the empty line
     * @param chunkedBytes if above 0, that many bytes of chunked body follow, in 8 KiB chunks, and its end, unless the
     *     server answers before
     */
    public static RawResponse send(URI server, String head, int chunkedBytes) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            byte[] chunk = ("2000\r\n" + "a".repeat(8192) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            try {
                for (int sent = 0; sent < chunkedBytes && in.available() == 0; sent += 8192) {
                    out.write(chunk);
                    out.flush();
                }
                if (chunkedBytes > 0 && in.available() == 0) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (IOException refusedMidway) {
                // the server answered and closed while the body was still coming: its answer is what counts
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> headers(String name) {
        return headerLines.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
    }

    private static RawResponse read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                break;
            }
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim()});
            }
        }
        return new RawResponse(status, headers);
    }
}
