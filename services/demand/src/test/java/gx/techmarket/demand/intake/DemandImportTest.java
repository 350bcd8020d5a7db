package gx.techmarket.demand.intake;

import static gx.techmarket.platform.listing.testing.Operators.PROVINCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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

/** The bulk import of demands over HTTP, as the results import: template, all or nothing, once per file. */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
class DemandImportTest {

    static final String XLSX = DemandImportResource.XLSX;
    static final String ENTERPRISE = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTemplateIsForEnterprises() throws IOException {
        byte[] template = given().auth().oauth2(ENTERPRISE).when().get("/demands/import/template")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getSheet(Template.DATA_SHEET).getRow(0).getCell(0).getStringCellValue()).isEqualTo("需求名称");
        }
        given().auth().oauth2(PROVINCE).when().get("/demands/import/template").then().statusCode(403);
        // anonymous: 401 problem+json before the REST layer looks at what is asked for or sent (SignedInPaths)
        given().when().get("/demands/import/template").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        given().contentType("multipart/form-data; boundary=x").body("--x--\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).when().post("/demands/import")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aCleanFileBecomesDraftsOnceAndAWrongOneNothing() throws IOException, SQLException {
        long before = rows("demand");
        Map<String, String> second = row("赤泥综合利用技术需求");
        second.put("cooperationModes", "委托开发；技术咨询");
        byte[] file = workbook(List.of(row("蔗渣制备可降解餐具的成型工艺"), second));

        List<String> ids = upload(file).statusCode(201).body("alreadyImported", equalTo(false))
                .body("demands", hasSize(2)).extract().path("demands.id");
        given().auth().oauth2(ENTERPRISE).when().get("/demands/" + ids.get(1)).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("budgetMin", equalTo("3000000.00"))
                .body("deadline", equalTo("2099-06-30"))
                .body("cooperationModes", contains("COMMISSIONED_DEVELOPMENT", "CONSULTING"));
        upload(file).statusCode(200).body("alreadyImported", equalTo(true)).body("demands.id", equalTo(ids));
        assertThat(rows("demand")).isEqualTo(before + 2);

        Map<String, String> inverted = row("预算倒置的需求");
        inverted.put("budgetMin", "6000000");
        Map<String, String> past = row("已过期的需求");
        past.put("deadline", "2020-01-01");
        Map<String, String> garbled = row("格式错误的需求");
        garbled.put("budgetMax", "五百万");
        garbled.put("deadline", "明年");
        upload(workbook(List.of(inverted, past, garbled))).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IMPORT_ROWS_INVALID"))
                .body("rows.find { it.row == 2 }.code", equalTo("BUDGET_RANGE_INVALID"))
                .body("rows.find { it.row == 3 }.code", equalTo("DEADLINE_IN_PAST"))
                .body("rows.find { it.row == 3 }.column", equalTo("F"))
                .body("rows.findAll { it.row == 4 }.code", contains("NOT_AN_AMOUNT", "NOT_A_DATE"));
        assertThat(rows("demand")).isEqualTo(before + 2);
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefused() throws SQLException {
        long before = rows("demand_import");
        upload("需求名称\n蔗渣\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("code", equalTo("IMPORT_NOT_XLSX"));
        given().auth().oauth2(ENTERPRISE).contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(multipart("other", null, "x".getBytes(StandardCharsets.UTF_8))).when().post("/demands/import")
                .then().statusCode(400).body("code", equalTo("IMPORT_FILE_MISSING"));
        assertThat(rows("demand_import")).isEqualTo(before);
    }

    private static ValidatableResponse upload(byte[] file) {
        return given().auth().oauth2(ENTERPRISE).header("Accept-Language", "zh-CN")
                .contentType("multipart/form-data; boundary=" + BOUNDARY).body(multipart("file", "需求导入.xlsx", file))
                .when().post("/demands/import").then();
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


    private static Map<String, String> row(String title) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("title", title);
        row.put("problem", "产品湿强度不足、脱模困难，需要成型工艺和配方改进方案。");
        row.put("industry", "制糖");
        row.put("budgetMin", "3000000.00");
        row.put("budgetMax", "5000000");
        row.put("deadline", "2099-06-30");
        row.put("regionCode", "百色市（451000）");
        row.put("cooperationModes", "合作开发");
        return row;
    }

    private static byte[] workbook(List<Map<String, String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Template.DATA_SHEET);
            List<Column> columns = DemandSheet.TEMPLATE.columns();
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).header());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    String value = rows.get(r).get(columns.get(c).key());
                    if (value != null) {
                        row.createCell(c).setCellValue(value);
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
