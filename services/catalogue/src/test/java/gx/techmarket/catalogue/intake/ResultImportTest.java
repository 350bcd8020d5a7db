package gx.techmarket.catalogue.intake;

import static gx.techmarket.platform.listing.testing.Operators.PROVINCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.spreadsheet.Column;
import gx.techmarket.platform.spreadsheet.Template;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The bulk import of results over HTTP: the template, a clean file imported as drafts once, a file with wrong rows
 * refused whole with the errors by row and column, files that are no template refused, formulas kept as text.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
class ResultImportTest {

    static final String XLSX = ResultImportResource.XLSX;
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTemplateHasTheChineseHeadersAndIsOnlyForHolders() throws IOException {
        byte[] template = given().auth().oauth2(GXU).when().get("/results/import/template")
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", startsWith("attachment;"))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = wb.getSheet(Template.DATA_SHEET).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("成果名称");
            assertThat(header.getLastCellNum()).isEqualTo((short) ResultSheet.TEMPLATE.columns().size());
            assertThat(wb.getSheet(Template.INSTRUCTIONS_SHEET)).isNotNull();
        }
        given().auth().oauth2(PROVINCE).when().get("/results/import/template").then().statusCode(403);
        // anonymous: 401 problem+json before the REST layer looks at what is asked for or sent (SignedInPaths)
        given().when().get("/results/import/template").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        given().contentType("multipart/form-data; boundary=x").body("--x--\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).when().post("/results/import")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", "Bearer not-a-token").when().get("/results/import/template").then()
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aCleanFileBecomesDraftsOnceWithEveryFieldAndFormulasAsText() throws IOException, SQLException {
        Map<String, String> first = row("蔗渣生物法制浆成套技术");
        first.put("patents", "ZL202010123456.7 发明 已授权 一种蔗渣制浆方法\n2023SR0456789 软件著作权 已登记");
        first.put("inventors", "黄明（广西大学）；李华");
        first.put("contactName", "韦工");
        first.put("contactPhone", "0771-3232123");
        first.put("contactVisibility", "登录用户可见");
        first.put("keywords", "蔗渣；生物制浆");
        Map<String, String> second = row("=HYPERLINK(\"http://evil.example/\",\"点击领奖\")");
        second.put("askingPrice", "");
        second.put("priceNegotiable", "是");
        second.put("transferModes", "许可；合作开发");
        byte[] file = workbook(List.of(first, second));
        long before = rows("result");

        List<String> ids = upload(file).statusCode(201)
                .body("alreadyImported", equalTo(false))
                .body("results", hasSize(2))
                .body("results[1].title", equalTo("=HYPERLINK(\"http://evil.example/\",\"点击领奖\")"))
                .extract().path("results.id");

        assertThat(rows("result")).isEqualTo(before + 2);
        given().auth().oauth2(GXU).when().get("/results/" + ids.get(0)).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("industry", equalTo("SUGAR"))
                .body("maturity", equalTo("PILOT"))
                .body("askingPrice", equalTo("1200000.00"))
                .body("patents.kind", contains("INVENTION", "SOFTWARE_COPYRIGHT"))
                .body("patents[0].title", equalTo("一种蔗渣制浆方法"))
                .body("inventors.name", contains("黄明", "李华"))
                .body("inventors[0].affiliation", equalTo("广西大学"))
                .body("contacts[0].visibility", equalTo("SIGNED_IN"))
                .body("keywords", contains("蔗渣", "生物制浆"))
                .body("holder.uscc", equalTo(Orgs.GXU.uscc()));
        given().auth().oauth2(GXU).when().get("/results/" + ids.get(1)).then().statusCode(200)
                .body("priceNegotiable", equalTo(true))
                .body("keywords", hasSize(0))
                .body("transferModes", contains("LICENSE", "JOINT_DEVELOPMENT"));

        // the same file again: recognised, nothing imported twice
        upload(file).statusCode(200)
                .body("alreadyImported", equalTo(true))
                .body("results.id", equalTo(ids));
        assertThat(rows("result")).isEqualTo(before + 2);
    }

    @Test
    void aFileWithWrongRowsIsRefusedWholeWithTheErrorsByRowAndColumn() throws IOException, SQLException {
        Map<String, String> good = row("赤泥制备路基材料技术");
        Map<String, String> bad = row("");
        bad.put("industry", "造船");
        bad.put("trl", "七");
        Map<String, String> mismatch = row("糖厂澄清控制系统");
        mismatch.put("patents", "ZL202320123456.1 发明 已授权");
        mismatch.put("contactName", "韦工");
        mismatch.put("contactPhone", "12345");
        mismatch.put("contactVisibility", "公开");
        mismatch.put("keywords", "澄清；" + "糖厂澄清控制".repeat(6));
        Map<String, String> priced = row("芒果果渣膳食纤维");
        priced.put("priceNegotiable", "是");
        long before = rows("result");

        upload(workbook(List.of(good, bad, mismatch, priced))).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IMPORT_ROWS_INVALID"))
                .body("rows.find { it.row == 3 && it.column == 'A' }.code", equalTo("REQUIRED"))
                .body("rows.find { it.row == 3 && it.column == 'C' }.code", equalTo("NOT_IN_LIST"))
                .body("rows.find { it.row == 3 && it.column == 'E' }.code", equalTo("NOT_AN_INTEGER"))
                .body("rows.find { it.row == 4 && it.header == '联系电话' }.code", equalTo("Pattern"))
                .body("rows.find { it.row == 5 && it.header == '意向价格（元）' }.code", equalTo("PRICE_WITH_NEGOTIABLE"))
                .body("rows.find { it.row == 5 }.message", equalTo("已选择“面议”，请删去意向价格或取消“面议”"))
                .body("rows.find { it.row == 4 && it.header == '关键词' }.column", equalTo("P"))
                .body("rows.row", hasItem(4))
                .body("rows.findAll { it.row == 2 }", hasSize(0));

        Map<String, String> onlyMismatch = row("糖厂澄清控制系统");
        onlyMismatch.put("patents", "ZL202320123456.1 发明 已授权");
        upload(workbook(List.of(onlyMismatch))).statusCode(422)
                .body("rows[0].code", equalTo("PATENT_KIND_MISMATCH"))
                .body("rows[0].column", equalTo("J"));
        assertThat(rows("result")).isEqualTo(before);
    }

    @Test
    void filesThatAreNoTemplateAreRefusedAndNothingChanges() throws IOException, SQLException {
        long before = rows("result_import");
        upload("成果名称,成熟度\n芒果,中试\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("code", equalTo("IMPORT_NOT_XLSX"));
        byte[] missing;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row header = wb.createSheet(Template.DATA_SHEET).createRow(0);
            header.createCell(0).setCellValue("成果名称");
            header.createCell(1).setCellValue("备注");
            wb.write(out);
            missing = out.toByteArray();
        }
        upload(missing).statusCode(400).body("code", equalTo("IMPORT_COLUMNS_MISSING"))
                .body("detail", org.hamcrest.Matchers.containsString("备注"));
        given().auth().oauth2(GXU).contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(multipart("other", null, "x".getBytes(StandardCharsets.UTF_8))).when().post("/results/import")
                .then().statusCode(400).body("code", equalTo("IMPORT_FILE_MISSING"));
        given().auth().oauth2(PROVINCE).contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(multipart("file", "r.xlsx", missing)).when().post("/results/import")
                .then().statusCode(403);
        assertThat(rows("result_import")).isEqualTo(before);
    }

    private static ValidatableResponse upload(byte[] file) {
        return given().auth().oauth2(GXU).header("Accept-Language", "zh-CN")
                .contentType("multipart/form-data; boundary=" + BOUNDARY).body(multipart("file", "成果导入.xlsx", file))
                .when().post("/results/import").then();
    }

    static final String BOUNDARY = "techmarket-import-boundary-5c1e";

    /** A multipart/form-data body with one part {@code name} (a file when {@code fileName} is given). */
    static byte[] multipart(String name, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: " + XLSX) + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }


    /** A row as a person fills in the template, every column by its key. */
    private static Map<String, String> row(String title) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("title", title);
        row.put("summary", "针对糖厂蔗渣利用率低的问题，研发生物法制浆成套技术。");
        row.put("industry", "制糖");
        row.put("maturity", "中试");
        row.put("trl", "6");
        row.put("transferModes", "转让");
        row.put("askingPrice", "1200000.00");
        row.put("priceNegotiable", "否");
        row.put("regionCode", "南宁市（450100）");
        return row;
    }

    private static byte[] workbook(List<Map<String, String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Template.DATA_SHEET);
            List<Column> columns = ResultSheet.TEMPLATE.columns();
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).header());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    String value = rows.get(r).get(columns.get(c).key());
                    if (value != null && !value.isEmpty()) {
                        if (value.startsWith("=")) {
                            row.createCell(c).setCellFormula(value.substring(1));
                        } else {
                            row.createCell(c).setCellValue(value);
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private long rows(String table) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
