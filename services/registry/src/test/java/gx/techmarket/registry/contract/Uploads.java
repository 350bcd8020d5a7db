package gx.techmarket.registry.contract;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Documents for filings over HTTP: small files of each allowed type, multipart bodies written byte by byte (so a
 * test controls every part, its name and its declared type, as a browser or an attacker would send them), and the
 * upload of whatever a draft still lacks before it is filed.
 */
final class Uploads {

    static final String BOUNDARY = "techmarket-test-boundary-7f3a";

    private Uploads() {}

    /** A minimal PDF; {@code salt} makes its bytes (and so its SHA-256) its own. */
    static byte[] pdf(String salt) {
        return ("%PDF-1.7\n% " + salt + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    /** A ZIP with {@code entry} at its root: an OFD when the entry is {@code OFD.xml}. */
    static byte[] zipWith(String entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One part of a multipart/form-data body. */
    record Part(String name, String fileName, String contentType, byte[] content) {

        static Part file(String fileName, String contentType, byte[] content) {
            return new Part("file", fileName, contentType, content);
        }

        static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The multipart/form-data body of {@code parts}, file names in UTF-8 as browsers send them. */
    static byte[] body(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                    + part.name() + "\"");
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Posts {@code parts} to the contract's attachments as {@code token}; the answer, whatever it is. */
    static Response post(String token, String contractId, String language, Part... parts) {
        return given().auth().oauth2(token).header("Accept-Language", language)
                .contentType("multipart/form-data; boundary=" + BOUNDARY).body(body(List.of(parts)))
                .when().post("/contracts/" + contractId + "/attachments");
    }

    /** Uploads {@code content} as a document of {@code kind}; the new attachment's id. */
    static String upload(String token, String contractId, String kind, String fileName, byte[] content) {
        return post(token, contractId, "zh-CN", Part.file(fileName, "application/pdf", content),
                Part.field("kind", kind)).then().statusCode(201).extract().path("id");
    }

    /** Uploads a PDF for every document the contract still lacks (none when it has them all). */
    static void attachRequired(String token, String contractId) {
        List<String> missing = new ArrayList<>(given().auth().oauth2(token)
                .when().get("/contracts/" + contractId + "/attachments")
                .then().statusCode(200).extract().<List<String>>path("missing.kind"));
        for (String kind : missing) {
            upload(token, contractId, kind, kind.toLowerCase() + ".pdf", pdf(kind));
        }
    }
}
