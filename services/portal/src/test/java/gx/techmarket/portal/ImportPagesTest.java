package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bulk import pages: the template passed on as a download, the file passed on as multipart, the drafts made, and
 * a refusal shown as a table of errors by row and column next to the file field.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ImportPagesTest extends PortalTest {

    @Test
    void shouldOfferTheTemplateAndTheFileFieldToHoldersOnly() {
        stubs.json("GET", "/catalogue/results/import/template", 200, "PK-template-bytes");
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get("/results/import");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"import-form\"", "enctype=\"multipart/form-data\"",
                "href=\"/results/import/template\"", "批量导入科技成果");

        HttpResponse<String> template = browser.send(HttpRequest.newBuilder(
                browser.resolve("/results/import/template")).GET());
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()).isEqualTo("PK-template-bytes");
        assertThat(template.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");

        assertThat(Browser.signedIn(portal, keycloak, ADMIN_GX).get("/results/import").status()).isEqualTo(403);
        assertThat(Browser.signedIn(portal, keycloak, UNI_GXU).get("/demands/import").status()).isEqualTo(403);
        assertThat(Browser.signedIn(portal, keycloak, ENT_GXSUGAR).get("/demands/import").body())
                .contains("批量导入技术需求", "action=\"/demands/import\"");
    }

    @Test
    void shouldPassTheFileOnAndListTheDrafts() {
        stubs.json("POST", "/catalogue/results/import", 201, """
                {"id":"%s","fileName":"成果.xlsx","sha256":"ab","importedAt":"2026-11-01T02:00:00Z",
                 "alreadyImported":false,"results":[{"id":"%s","title":"赤泥综合利用制备建材技术"}]}"""
                .formatted(Fixtures.RESULT_ID, Fixtures.RESULT_ID));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        HttpResponse<String> answer = upload(browser, "/results/import");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("data-testid=\"import-result\" data-already=\"false\"",
                "已导入 1 项", "href=\"/results/" + Fixtures.RESULT_ID + "\">赤泥综合利用制备建材技术</a>");
        var sent = stubs.calls("POST", "/catalogue/results/import").get(0);
        assertThat(sent.header("Content-Type")).startsWith("multipart/form-data");
        assertThat(sent.body()).contains("filename=\"成果.xlsx\"", "PK-workbook");
    }

    @Test
    void shouldShowTheRowErrorsAsATableNextToTheFileField() {
        stubs.problem("POST", "/catalogue/results/import", 422, """
                {"type":"urn:techmarket:problem:import-rows-invalid","title":"文件中有错误，未导入任何数据","status":422,
                 "detail":"2 行共有 2 处错误，已按行、列列出；改正后重新上传，整个文件才会导入。","code":"IMPORT_ROWS_INVALID",
                 "rows":[{"row":3,"column":"A","header":"成果名称","code":"REQUIRED","message":"此项必填"},
                         {"row":5,"column":"J","header":"知识产权","code":"PATENT_KIND_MISMATCH",
                          "message":"所选类型与专利号不符"}]}""");
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        HttpResponse<String> answer = upload(browser, "/results/import");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("data-testid=\"import-refusal\" data-code=\"IMPORT_ROWS_INVALID\"",
                "2 行共有 2 处错误", "<tr data-row=\"3\" data-column=\"A\" data-code=\"REQUIRED\">"
                        + "<td data-label=\"行\">3</td><td data-label=\"列\">A</td><td data-label=\"列名\">成果名称</td>"
                        + "<td data-label=\"问题\" class=\"free-text\">此项必填</td></tr>",
                "data-row=\"5\" data-column=\"J\" data-code=\"PATENT_KIND_MISMATCH\"", "aria-invalid=\"true\"");

        stubs.problem("POST", "/catalogue/results/import", 400, Fixtures.problem(400, "IMPORT_NOT_XLSX",
                "不是 Excel（.xlsx）文件", "[]"));
        HttpResponse<String> notXlsx = upload(browser, "/results/import");
        assertThat(notXlsx.statusCode()).isEqualTo(400);
        assertThat(notXlsx.body()).contains("data-testid=\"problem\" data-code=\"IMPORT_NOT_XLSX\"");
    }

    private static HttpResponse<String> upload(Browser browser, String path) {
        String shown = browser.get(path).body();
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(shown);
        assertThat(token.find()).isTrue();
        String boundary = "----portal-import-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n"
                + token.group(1) + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"成果.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\nPK-workbook\r\n--" + boundary
                + "--\r\n";
        return browser.send(HttpRequest.newBuilder(browser.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", browser.cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }
}
