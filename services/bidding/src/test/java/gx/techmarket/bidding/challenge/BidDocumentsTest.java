package gx.techmarket.bidding.challenge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The documents of a bid over HTTP: PDFs only, recognised by content, sealed with the bid, changed only by the lead
 * while bids are open, every bad upload refused with a problem and nothing kept.
 */
@QuarkusTest
class BidDocumentsTest extends BiddingServiceTest {

    static final String BOUNDARY = "techmarket-bid-boundary-51c2";
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String GXAS = Tokens.of(Role.UNIVERSITY, Orgs.GXAS);
    static final String GUET = Tokens.of(Role.UNIVERSITY, Orgs.GUET);
    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    @Test
    void theLeadAttachesPdfsThatAreSealedWithTheBid() throws Exception {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String bid = given().auth().oauth2(GXU).contentType("application/json")
                .body(Flow.consortiumBody("2000000.00", List.of(Orgs.GXAS.uscc())))
                .when().post("/challenges/" + id + "/bids").then().statusCode(201)
                .body("actions", contains("withdraw", "upload")).extract().path("id");
        byte[] pdf = pdf("技术方案 " + bid);
        String doc = post(GXU, bid, List.of(new Part("../../方案\u202Efdp.exe书.pdf", "text/html", pdf)))
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("fileName", equalTo("方案fdp.exe书.pdf"))
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(pdf.length))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))))
                .body("actions", contains("download", "delete"))
                .extract().path("id");

        // the lead and the consortium's member see it; nobody else, before the deadline
        given().auth().oauth2(GXU).when().get("/bids/" + bid + "/documents").then().statusCode(200)
                .body("items.id", contains(doc)).body("actions", contains("upload"))
                .body("mediaTypes", contains("application/pdf"));
        given().auth().oauth2(GXAS).when().get("/bids/" + bid + "/documents").then().statusCode(200)
                .body("items[0].actions", contains("download")).body("actions", empty());
        byte[] served = given().auth().oauth2(GXAS).when().get("/bids/" + bid + "/documents/" + doc).then()
                .statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment;"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(served).isEqualTo(pdf);
        for (String sealedFrom : List.of(DEMANDER, BAISE_ADMIN, GUET)) {
            given().auth().oauth2(sealedFrom).when().get("/bids/" + bid + "/documents").then().statusCode(404);
            given().auth().oauth2(sealedFrom).when().get("/bids/" + bid + "/documents/" + doc).then().statusCode(404);
        }
        post(GXAS, bid, List.of(new Part("成员.pdf", "application/pdf", pdf("成员")))).statusCode(403)
                .body("code", equalTo("NOT_BID_LEAD"));

        // removed: the record stays, the content goes when nothing else refers to it
        String second = post(GXU, bid, List.of(new Part("资质.pdf", "application/pdf", pdf("资质 " + bid))))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(GXU).when().delete("/bids/" + bid + "/documents/" + second).then().statusCode(204);
        given().auth().oauth2(GXU).when().delete("/bids/" + bid + "/documents/" + second).then().statusCode(404)
                .body("code", equalTo("DOCUMENT_NOT_FOUND"));
        assertThat(Db.count(db, "select count(*) from bid_document where id = ? and deleted_at is not null",
                UUID.fromString(second))).isEqualTo(1);
        assertThat(Db.count(db, "select count(*) from bid_document_content c join bid_document d"
                + " on d.sha256 = c.sha256 where d.id = ?", UUID.fromString(second))).isZero();

        // after the deadline: the counterparty and the operator read them; nobody changes them
        clock.advance(Flow.pastTheDeadline());
        given().auth().oauth2(DEMANDER).when().get("/bids/" + bid + "/documents").then().statusCode(200)
                .body("items.id", contains(doc)).body("items[0].actions", contains("download"))
                .body("actions", empty());
        given().auth().oauth2(BAISE_ADMIN).when().get("/bids/" + bid + "/documents/" + doc).then().statusCode(200);
        post(GXU, bid, List.of(new Part("迟到.pdf", "application/pdf", pdf("迟到")))).statusCode(409)
                .body("code", equalTo("BID_AFTER_DEADLINE"));
        given().auth().oauth2(GXU).when().delete("/bids/" + bid + "/documents/" + doc).then().statusCode(409);
    }

    @Test
    void aBadUploadIsRefusedAndNothingIsKept() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String bid = Flow.bid(GXU, id, "2100000.00");
        long before = rows("bid_document") + rows("bid_document_content");
        post(GXU, bid, List.of(new Part("方案.pdf", "application/pdf", "<html>not a pdf</html>".getBytes(
                StandardCharsets.UTF_8)))).statusCode(415).body("code", equalTo("DOCUMENT_TYPE_NOT_ALLOWED"));
        post(GXU, bid, List.of(new Part("空.pdf", "application/pdf", new byte[0]))).statusCode(400)
                .body("code", equalTo("DOCUMENT_EMPTY"));
        post(GXU, bid, List.of(new Part("a.pdf", "application/pdf", pdf("a")),
                new Part("b.pdf", "application/pdf", pdf("b")))).statusCode(400)
                .body("code", equalTo("DOCUMENT_SINGLE_FILE"));
        post(GXU, bid, List.of(new Part(null, null, "只有说明，没有文件".getBytes(StandardCharsets.UTF_8))))
                .statusCode(400).body("code", equalTo("DOCUMENT_MISSING"));
        // an empty body: cut short for the parser when a boundary is named, no file at all when none is
        given().auth().oauth2(GXU).contentType("multipart/form-data; boundary=" + BOUNDARY).body(new byte[0]).when()
                .post("/bids/" + bid + "/documents").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("MALFORMED_MULTIPART"));
        given().auth().oauth2(GXU).contentType("multipart/form-data").body(new byte[0]).when()
                .post("/bids/" + bid + "/documents").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("DOCUMENT_MISSING"));
        post(GXU, UUID.randomUUID().toString(), List.of(new Part("a.pdf", "application/pdf", pdf("x"))))
                .statusCode(404).body("code", equalTo("BID_NOT_FOUND"));
        post(GUET, bid, List.of(new Part("a.pdf", "application/pdf", pdf("y")))).statusCode(404);
        assertThat(rows("bid_document") + rows("bid_document_content")).isEqualTo(before);

        // a withdrawn bid's documents do not change
        given().auth().oauth2(GXU).when().post("/bids/" + bid + "/withdraw").then().statusCode(200);
        post(GXU, bid, List.of(new Part("a.pdf", "application/pdf", pdf("z")))).statusCode(409)
                .body("code", equalTo("BID_NOT_CHANGEABLE"));
        given().auth().oauth2(GXU).when().get("/bids/mine?status=WITHDRAWN&size=100").then()
                .body("items.id", hasItem(bid));
    }

    /** A minimal PDF; {@code salt} makes its bytes (and so its SHA-256) its own. */
    static byte[] pdf(String salt) {
        return ("%PDF-1.7\n% " + salt + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A file part; without a file name, a plain form field {@code note}. */
    record Part(String fileName, String contentType, byte[] content) {}

    /** Posts the files as a multipart/form-data body written byte by byte (file names in UTF-8, as browsers do). */
    static ValidatableResponse post(String token, String bid, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + (part.fileName() == null
                    ? "name=\"note\"\r\n\r\n"
                    : "name=\"file\"; filename=\"" + part.fileName() + "\"\r\nContent-Type: " + part.contentType()
                            + "\r\n\r\n")).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return given().auth().oauth2(token).header("Accept-Language", "en")
                .contentType("multipart/form-data; boundary=" + BOUNDARY).body(out.toByteArray())
                .when().post("/bids/" + bid + "/documents").then();
    }
}
