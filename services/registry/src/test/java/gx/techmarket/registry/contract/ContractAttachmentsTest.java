package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BROKER;
import static gx.techmarket.registry.contract.Flows.BUYER;
import static gx.techmarket.registry.contract.Flows.LIUZHOU_REGISTRAR;
import static gx.techmarket.registry.contract.Flows.OTHER_UNIVERSITY;
import static gx.techmarket.registry.contract.Flows.PROVINCE;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.registry.contract.Uploads.Part;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The documents of a filing over HTTP: stored by content with their hash and type, served back only to the
 * contract's parties and registrars, changed only by the filer while the filing is prepared, every bad upload refused
 * with a problem and nothing kept, and no filing without the documents its type requires.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class ContractAttachmentsTest {

    private static final int MIB = 1024 * 1024;

    @Inject
    AgroalDataSource db;

    @TestHTTPResource("/")
    URI root;

    @Test
    void aDocumentIsKeptByItsContentAndServedBackAsAnAttachmentOfTheRecognisedType() throws Exception {
        String id = Flows.brokeredDraft(db);
        byte[] pdf = Uploads.pdf("served back " + id);
        // a path and a right-to-left override in the name, and a lying declared type
        String name = "../../home/张三/专利\u202Efdp.exe权转让合同.pdf";
        Response created = Uploads.post(SELLER, id, "en", Part.file(name, "text/html", pdf),
                Part.field("kind", "SIGNED_CONTRACT"));
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("kind", equalTo("SIGNED_CONTRACT"))
                .body("kindLabel", equalTo("Signed contract"))
                .body("fileName", equalTo("专利fdp.exe权转让合同.pdf"))
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(pdf.length))
                .body("sha256", equalTo(sha256(pdf)))
                .body("actions", contains("download", "delete"));
        String attachment = created.path("id");

        Response download = given().auth().oauth2(BUYER).when()
                .get("/contracts/" + id + "/attachments/" + attachment);
        download.then().statusCode(200)
                .header("Content-Type", "application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"__fdp.exe_____.pdf\"; filename*=UTF-8''"
                        + "%E4%B8%93%E5%88%A9fdp.exe%E6%9D%83%E8%BD%AC%E8%AE%A9%E5%90%88%E5%90%8C.pdf");
        assertThat(download.asByteArray()).isEqualTo(pdf);

        given().auth().oauth2(SELLER).header("Accept-Language", "zh-CN").when().get("/contracts/" + id + "/attachments")
                .then().statusCode(200)
                .body("items.id", contains(attachment))
                .body("items[0].kindLabel", equalTo("技术合同文本（签字盖章）"))
                .body("actions", contains("upload"))
                .body("required.kind", contains("SIGNED_CONTRACT", "PATENT_CERTIFICATE"))
                .body("missing.kind", contains("PATENT_CERTIFICATE"))
                .body("missing[0].label", equalTo("专利证书"))
                .body("maxFileSize", equalTo(20 * MIB))
                .body("maxFiles", equalTo(30))
                .body("mediaTypes", contains("application/pdf", "image/jpeg", "image/png", "application/ofd"));
    }

    @Test
    void scansAndOfdAreAcceptedByTheirContentAndNothingElseIs() {
        String id = Flows.brokeredDraft(db);
        Uploads.post(SELLER, id, "zh-CN", Part.file("第1页.jpg", "image/jpeg", Uploads.jpeg()),
                Part.field("kind", "SIGNED_CONTRACT")).then().statusCode(201).body("mediaType", equalTo("image/jpeg"));
        // named .bin and declared octet-stream: the content decides
        Uploads.post(SELLER, id, "zh-CN", Part.file("第2页.bin", "application/octet-stream", Uploads.png()),
                Part.field("kind", "SIGNED_CONTRACT")).then().statusCode(201).body("mediaType", equalTo("image/png"));
        Uploads.post(SELLER, id, "zh-CN", Part.file("合同.ofd", "application/zip", Uploads.zipWith("OFD.xml")),
                Part.field("kind", "SIGNED_CONTRACT")).then().statusCode(201)
                .body("mediaType", equalTo("application/ofd"));
        long before = attachmentRows(id);

        Map<String, byte[]> refused = Map.of(
                "页面.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0},
                "archive.ofd", Uploads.zipWith("Doc_0/Document.xml"),
                "broken.ofd", Arrays.copyOf(Uploads.zipWith("OFD.xml"), 12));
        refused.forEach((file, bytes) -> Uploads.post(SELLER, id, "en", Part.file(file, "application/pdf", bytes),
                        Part.field("kind", "SIGNED_CONTRACT"))
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("ATTACHMENT_TYPE_NOT_ALLOWED"))
                .body("errors[0].field", equalTo("file")));
        assertThat(attachmentRows(id)).isEqualTo(before);
    }

    @Test
    void badUploadsAreRefusedWithAProblemAndKeepNothing() throws IOException {
        String id = Flows.brokeredDraft(db);
        long contents = Db.count(db, "select count(*) from attachment_content");
        byte[] pdf = Uploads.pdf("bad uploads " + id);

        Uploads.post(SELLER, id, "en", Part.file("空.pdf", "application/pdf", new byte[0]),
                Part.field("kind", "OTHER")).then().statusCode(400)
                .body("code", equalTo("ATTACHMENT_EMPTY")).body("errors[0].field", equalTo("file"));
        Uploads.post(SELLER, id, "en", Part.field("kind", "OTHER")).then().statusCode(400)
                .body("code", equalTo("ATTACHMENT_MISSING")).body("errors[0].field", equalTo("file"));
        // an empty body naming a boundary: the multipart parser's refusal is the client's, not a 500
        given().auth().oauth2(SELLER).header("Accept-Language", "en")
                .contentType("multipart/form-data; boundary=" + Uploads.BOUNDARY).body(new byte[0])
                .when().post("/contracts/" + id + "/attachments").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("MALFORMED_MULTIPART"))
                .body("title", equalTo("The uploaded form could not be read"));
        Uploads.post(SELLER, id, "en", Part.file("a.pdf", "application/pdf", pdf),
                Part.file("b.pdf", "application/pdf", pdf), Part.field("kind", "OTHER")).then().statusCode(400)
                .body("code", equalTo("ATTACHMENT_SINGLE_FILE"));
        for (String kind : List.of("", "signed_contract", "PATENT", "OTHER\u0000")) {
            Uploads.post(SELLER, id, "zh-CN", Part.file("a.pdf", "application/pdf", pdf), Part.field("kind", kind))
                    .then().statusCode(400)
                    .body("code", equalTo("ATTACHMENT_KIND_INVALID")).body("errors[0].field", equalTo("kind"));
        }
        Uploads.post(SELLER, id, "zh-CN", Part.file("a.pdf", "application/pdf", pdf)).then().statusCode(400)
                .body("code", equalTo("ATTACHMENT_KIND_INVALID"));
        // not multipart at all
        given().auth().oauth2(SELLER).contentType("application/json").body("{\"kind\": \"OTHER\"}")
                .when().post("/contracts/" + id + "/attachments").then().statusCode(415)
                .contentType("application/problem+json");

        // one byte over the limit of a file, in a request the server reads: the attachment's own 413
        byte[] tooLarge = Arrays.copyOf(pdf, 20 * MIB + 1);
        Uploads.post(SELLER, id, "en", Part.file("扫描件.pdf", "application/pdf", tooLarge), Part.field("kind", "OTHER"))
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("ATTACHMENT_TOO_LARGE"))
                .body("detail", equalTo("A file may not be larger than 20 MiB."));
        // a request declaring more than the body limit is answered before its body is read: the platform's 413
        String answer = headersOnly("POST /contracts/" + id + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + SELLER + "\r\nAccept-Language: en\r\n"
                + "Content-Type: multipart/form-data; boundary=" + Uploads.BOUNDARY + "\r\n"
                + "Content-Length: " + 22 * MIB + "\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        // exactly the limit is accepted
        Uploads.post(SELLER, id, "en", Part.file("扫描件.pdf", "application/pdf", Arrays.copyOf(pdf, 20 * MIB)),
                Part.field("kind", "OTHER")).then().statusCode(201).body("size", equalTo(20 * MIB));

        assertThat(attachmentRows(id)).isEqualTo(1);
        assertThat(Db.count(db, "select count(*) from attachment_content")).isEqualTo(contents + 1);
    }

    @Test
    void aContractCarriesAtMostThirtyFiles() {
        String id = Flows.brokeredDraft(db);
        for (int i = 0; i < 30; i++) {
            Uploads.upload(SELLER, id, "OTHER", "第" + i + "页.pdf", Uploads.pdf(id + " page " + i));
        }
        Uploads.post(SELLER, id, "zh-CN", Part.file("第31页.pdf", "application/pdf", Uploads.pdf(id + " 31")),
                Part.field("kind", "OTHER")).then().statusCode(409)
                .body("code", equalTo("ATTACHMENT_LIMIT_REACHED"))
                .body("detail", equalTo("一份合同最多可附 30 个文件；请先删除不需要的文件。"));
        // a removed one frees its place
        String first = given().auth().oauth2(SELLER).when().get("/contracts/" + id + "/attachments")
                .then().extract().path("items[0].id");
        given().auth().oauth2(SELLER).when().delete("/contracts/" + id + "/attachments/" + first)
                .then().statusCode(204);
        Uploads.upload(SELLER, id, "OTHER", "第31页.pdf", Uploads.pdf(id + " 31"));
    }

    @Test
    void theSameBytesAreStoredOnceAndGoWithTheirLastAttachment() {
        String one = Flows.brokeredDraft(db);
        String two = Flows.brokeredDraft(db);
        byte[] certificate = Uploads.pdf("shared certificate " + one);
        String hash = sha256(certificate);
        String first = Uploads.upload(SELLER, one, "PATENT_CERTIFICATE", "专利证书.pdf", certificate);
        String second = Uploads.upload(SELLER, two, "PATENT_CERTIFICATE", "证书副本.pdf", certificate);
        assertThat(contentRows(hash)).isEqualTo(1);

        given().auth().oauth2(SELLER).when().delete("/contracts/" + one + "/attachments/" + first)
                .then().statusCode(204);
        assertThat(contentRows(hash)).isEqualTo(1);
        given().auth().oauth2(SELLER).when().get("/contracts/" + one + "/attachments/" + first)
                .then().statusCode(404).body("code", equalTo("ATTACHMENT_NOT_FOUND"));
        given().auth().oauth2(SELLER).when().delete("/contracts/" + one + "/attachments/" + first)
                .then().statusCode(404).body("code", equalTo("ATTACHMENT_NOT_FOUND"));
        assertThat(given().auth().oauth2(SELLER).when().get("/contracts/" + two + "/attachments/" + second)
                .then().statusCode(200).extract().asByteArray()).isEqualTo(certificate);

        given().auth().oauth2(SELLER).when().delete("/contracts/" + two + "/attachments/" + second)
                .then().statusCode(204);
        assertThat(contentRows(hash)).isZero();
        // the record of what was attached stays
        assertThat(Db.count(db, "select count(*) from contract_attachment where sha256 = ? and deleted_at is not null",
                hash)).isEqualTo(2);
        // an attachment is reached through its own contract only
        String third = Uploads.upload(SELLER, two, "OTHER", "说明.pdf", Uploads.pdf("third " + two));
        given().auth().oauth2(SELLER).when().get("/contracts/" + one + "/attachments/" + third)
                .then().statusCode(404).body("code", equalTo("ATTACHMENT_NOT_FOUND"));
    }

    @Test
    void partiesAndRegistrarsReadTheDocumentsOnlyTheFilerChangesThemAndOnlyWhilePreparingTheFiling() {
        String id = Flows.brokeredDraft(db);
        String attachment = Uploads.upload(SELLER, id, "SIGNED_CONTRACT", "合同.pdf", Uploads.pdf("matrix " + id));
        String list = "/contracts/" + id + "/attachments";
        String one = list + "/" + attachment;

        // the other parties read, and may not change
        for (String party : List.of(BUYER, BROKER)) {
            given().auth().oauth2(party).when().get(list).then().statusCode(200)
                    .body("items.id", contains(attachment)).body("actions", empty())
                    .body("items[0].actions", contains("download"));
            given().auth().oauth2(party).when().get(one).then().statusCode(200);
            Uploads.post(party, id, "zh-CN", Part.file("x.pdf", "application/pdf", Uploads.pdf("x")),
                    Part.field("kind", "OTHER")).then().statusCode(403).body("code", equalTo("NOT_CONTRACT_FILER"));
            given().auth().oauth2(party).when().delete(one).then().statusCode(403)
                    .body("code", equalTo("NOT_CONTRACT_FILER"));
        }
        // strangers, operators and — before filing — registrars are told there is no such contract
        for (String stranger : List.of(OTHER_UNIVERSITY, PROVINCE, REGISTRAR)) {
            given().auth().oauth2(stranger).when().get(list).then().statusCode(404)
                    .body("code", equalTo("CONTRACT_NOT_FOUND"));
            given().auth().oauth2(stranger).when().get(one).then().statusCode(404)
                    .body("code", equalTo("CONTRACT_NOT_FOUND"));
        }
        Uploads.post(OTHER_UNIVERSITY, id, "zh-CN", Part.file("x.pdf", "application/pdf", Uploads.pdf("x")),
                Part.field("kind", "OTHER")).then().statusCode(404).body("code", equalTo("CONTRACT_NOT_FOUND"));
        // registrars never upload
        Uploads.post(REGISTRAR, id, "zh-CN", Part.file("x.pdf", "application/pdf", Uploads.pdf("x")),
                Part.field("kind", "OTHER")).then().statusCode(403).body("code", equalTo("FORBIDDEN"));

        Flows.submit(SELLER, id, Flows.millionWithEquipment());
        // filed: registrars of open points read it, the operators still do not, and nobody changes it
        for (String registrar : List.of(REGISTRAR, LIUZHOU_REGISTRAR)) {
            given().auth().oauth2(registrar).when().get(list).then().statusCode(200).body("actions", empty());
            given().auth().oauth2(registrar).when().get(one).then().statusCode(200);
        }
        given().auth().oauth2(PROVINCE).when().get(one).then().statusCode(404);
        given().auth().oauth2(SELLER).when().get(list).then().statusCode(200).body("actions", empty())
                .body("items[0].actions", contains("download"));
        Uploads.post(SELLER, id, "zh-CN", Part.file("x.pdf", "application/pdf", Uploads.pdf("late " + id)),
                Part.field("kind", "OTHER")).then().statusCode(409)
                .body("code", equalTo("ATTACHMENTS_NOT_EDITABLE"))
                .body("detail", equalTo("合同当前处于“已提交”状态；申请材料只能在草稿或退回补正时上传或删除。"));
        given().auth().oauth2(SELLER).when().delete(one).then().statusCode(409)
                .body("code", equalTo("ATTACHMENTS_NOT_EDITABLE"));

        // returned for correction: the filer supplements the documents again
        Flows.accept(id);
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("reasons", List.of("合同文本缺少受让方盖章页")))
                .when().post("/contracts/" + id + "/return-for-correction").then().statusCode(200);
        String stamped = Uploads.upload(SELLER, id, "SIGNED_CONTRACT", "盖章页.jpg", Uploads.pdf("stamped " + id));
        given().auth().oauth2(SELLER).when().delete(one).then().statusCode(204);
        given().auth().oauth2(REGISTRAR).when().get(list).then().statusCode(200)
                .body("items.id", hasItem(stamped)).body("items.id", not(hasItem(attachment)));
    }

    @Test
    void aFilingWithoutTheDocumentsItsTypeRequiresIsRefusedAndStaysADraft() {
        String id = Flows.brokeredDraft(db);
        String submit = "/contracts/" + id + "/submit";
        given().auth().oauth2(SELLER).contentType("application/json").header("Accept-Language", "zh-CN")
                .body(Flows.millionWithEquipment()).when().post(submit).then().statusCode(409)
                .body("code", equalTo("DOCUMENTS_MISSING"))
                .body("errors[0].field", equalTo("attachments"))
                .body("detail", equalTo("提交登记前还须上传：技术合同文本（签字盖章）、专利证书。"));
        // a document of another kind does not stand in for a required one
        Uploads.upload(SELLER, id, "OTHER", "说明.pdf", Uploads.pdf("other " + id));
        Uploads.upload(SELLER, id, "SIGNED_CONTRACT", "合同.pdf", Uploads.pdf("contract " + id));
        given().auth().oauth2(SELLER).contentType("application/json").header("Accept-Language", "en")
                .body(Flows.millionWithEquipment()).when().post(submit).then().statusCode(409)
                .body("code", equalTo("DOCUMENTS_MISSING"))
                .body("detail", equalTo("Before filing, upload: the patent certificate."));
        given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("totalContractAmount", nullValue());

        String certificate = Uploads.upload(SELLER, id, "PATENT_CERTIFICATE", "专利证书.pdf",
                Uploads.pdf("certificate " + id));
        given().auth().oauth2(SELLER).contentType("application/json").body(Flows.millionWithEquipment())
                .when().post(submit).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        assertThat(certificate).isNotBlank();
    }

    /**
     * Sends {@code head} (a request's line and headers, no body) and reads the answer: its status line and headers,
     * then as many bytes of body as it declares. The server answers without waiting for the body it refuses.
     */
    private String headersOnly(String head) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            while (!answer.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                answer.write(b);
            }
            Matcher length = Pattern.compile("(?i)content-length: *(\\d+)")
                    .matcher(answer.toString(StandardCharsets.UTF_8));
            if (length.find()) {
                answer.writeBytes(in.readNBytes(Integer.parseInt(length.group(1))));
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private long attachmentRows(String contractId) {
        return Db.count(db, "select count(*) from contract_attachment where contract_id = ?", UUID.fromString(contractId));
    }

    private long contentRows(String hash) {
        return Db.count(db, "select count(*) from attachment_content where sha256 = ?", hash);
    }

    private static String sha256(byte[] bytes) throws RuntimeException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
