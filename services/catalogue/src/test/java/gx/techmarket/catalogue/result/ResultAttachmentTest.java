package gx.techmarket.catalogue.result;

import static gx.techmarket.catalogue.result.Requests.GUET;
import static gx.techmarket.catalogue.result.Requests.GXU;
import static gx.techmarket.platform.listing.testing.Operators.PROVINCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import gx.techmarket.platform.testing.TechmarketTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A result's images and PDFs: the type recognised from the bytes, only the holder adds and removes them while the
 * result may change, whoever may see the result downloads them, always as a download.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
class ResultAttachmentTest {

    static final String BOUNDARY = "techmarket-attachment-boundary-9d2b";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void theHolderAttachesImagesAndPdfsThatEveryoneWhoSeesTheResultDownloads() {
        String id = ResultLifecycleTest.create(GXU, Requests.mango());
        String report = upload(GXU, id, "中试报告.pdf", PDF).statusCode(201)
                .body("mediaType", equalTo("application/pdf"))
                .body("fileName", equalTo("中试报告.pdf"))
                .body("size", equalTo(PDF.length))
                .extract().path("id");
        // declared as a PDF, named .pdf: the bytes say PNG
        upload(GXU, id, "photo.pdf", PNG).statusCode(201).body("mediaType", equalTo("image/png"));

        given().auth().oauth2(GXU).when().get("/results/" + id).then().statusCode(200)
                .body("attachments.fileName", contains("中试报告.pdf", "photo.pdf"))
                .body("attachments[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("sha256")));
        byte[] downloaded = given().auth().oauth2(GXU).when().get("/results/" + id + "/attachments/" + report)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment;"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        // another university does not see the draft, nor its files
        given().auth().oauth2(GUET).when().get("/results/" + id + "/attachments/" + report).then().statusCode(404);
        given().when().get("/public/results/" + id + "/attachments/" + report).then().statusCode(404);
        upload(GUET, id, "x.pdf", PDF).statusCode(404);

        given().auth().oauth2(GXU).when().post("/results/" + id + "/submit").then().statusCode(200);
        upload(GXU, id, "late.pdf", PDF).statusCode(409).body("code", equalTo("RESULT_NOT_EDITABLE"));
        given().auth().oauth2(PROVINCE).when().post("/results/" + id + "/approve").then().statusCode(200);
        assertThat(given().when().get("/public/results/" + id + "/attachments/" + report).then().statusCode(200)
                .extract().asByteArray()).isEqualTo(PDF);
        given().auth().oauth2(GUET).when().get("/results/" + id + "/attachments/" + report).then().statusCode(200);
        given().auth().oauth2(GXU).when().delete("/results/" + id + "/attachments/" + report)
                .then().statusCode(409).body("code", equalTo("RESULT_NOT_EDITABLE"));
    }

    @Test
    void whatIsNoImageOrPdfIsRefusedAndARemovedFileIsGone() {
        String id = ResultLifecycleTest.create(GXU, Requests.mango());
        upload(GXU, id, "evil.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .statusCode(415).body("code", equalTo("ATTACHMENT_TYPE_NOT_ALLOWED"));
        upload(GXU, id, "empty.pdf", new byte[0]).statusCode(400).body("code", equalTo("ATTACHMENT_EMPTY"));
        String attached = upload(GXU, id, "a.pdf", PDF).statusCode(201).extract().path("id");
        given().auth().oauth2(GUET).when().delete("/results/" + id + "/attachments/" + attached).then()
                .statusCode(404);
        given().auth().oauth2(GXU).when().delete("/results/" + id + "/attachments/" + attached).then()
                .statusCode(204);
        given().auth().oauth2(GXU).when().get("/results/" + id).then().body("attachments", hasSize(0));
        given().auth().oauth2(GXU).when().get("/results/" + id + "/attachments/" + attached).then()
                .statusCode(404).body("code", equalTo("ATTACHMENT_NOT_FOUND"));
    }

    static ValidatableResponse upload(String token, String resultId, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return given().auth().oauth2(token).contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(out.toByteArray()).when().post("/results/" + resultId + "/attachments").then();
    }
}
