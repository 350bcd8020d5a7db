package gx.techmarket.catalogue.edition;

import static gx.techmarket.platform.listing.testing.Operators.BAISE_OPERATOR;
import static gx.techmarket.platform.listing.testing.Operators.PROVINCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import gx.techmarket.platform.publishing.edition.EditionView;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionTest {

    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String INJECTED = "=HYPERLINK(\"http://x\") 赤泥综合利用";
    static final String BAISE_TITLE = "赤泥中回收铁和氧化铝的联合工艺 " + UUID.randomUUID().toString().substring(0, 8);
    static final String NANNING_TITLE = "甘蔗糖蜜发酵生产酵母的清洁工艺 " + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditionService service;

    String baiseId;

    @BeforeEach
    void publishResults() {
        if (baiseId != null) {
            return;
        }
        baiseId = published(BAISE_TITLE, "ALUMINIUM", "451000", "1200000.00");
        published(INJECTED, "ALUMINIUM", "451000", null);
        published(NANNING_TITLE, "SUGAR", "450100", "500000.00");
    }

    @Test
    void theProvinceAdminMakesTheProvincesEditionWhichAnyoneDownloadsAsXlsxAndPdf() throws Exception {
        ExtractableResponse<Response> made = given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("period", "2025-03", "scope", "450000"))
                .when().post("/editions").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/public/editions/2025-03/450000"))
                .body("name", equalTo("广西可供转化的科技成果目录（2025年3月）"))
                .body("kind", equalTo("RESULTS"))
                .body("scopeName", equalTo("广西壮族自治区"))
                .body("xlsx.url", equalTo("/public/editions/2025-03/450000.xlsx"))
                .body("pdf.url", equalTo("/public/editions/2025-03/450000.pdf"))
                .extract();
        int count = made.path("itemCount");
        assertThat(count).isGreaterThanOrEqualTo(3);
        assertThat((String) made.path("generatedBy")).isNull();

        byte[] xlsx = given().when().get("/public/editions/2025-03/450000.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''"
                        + "%E5%B9%BF%E8%A5%BF"))
                .header("ETag", "\"" + made.path("xlsx.sha256") + "\"")
                .extract().asByteArray();
        List<List<String>> rows = rows(xlsx);
        assertThat(rows.get(0)).startsWith("城市", "行业", "成果名称", "持有单位");
        assertThat(rows).hasSize(count + 1);
        List<String> baise = rows.stream().filter(r -> r.get(2).equals(BAISE_TITLE)).findFirst().orElseThrow();
        assertThat(baise).containsSubsequence("百色市", "铝", BAISE_TITLE, Orgs.GXU.name(), "中试（TRL 6）", "转让、许可",
                "1200000.0", "百色市");
        assertThat(baise.get(baise.size() - 1)).isEqualTo("http://localhost:8080/market/results/" + baiseId);
        List<String> injected = rows.stream().filter(r -> r.get(2).equals(INJECTED)).findFirst().orElseThrow();
        assertThat(injected).contains("面议");

        byte[] pdf = given().when().get("/public/editions/2025-03/450000.pdf").then().statusCode(200)
                .contentType("application/pdf").header("Cache-Control", org.hamcrest.Matchers.containsString(
                        "immutable"))
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("广西可供转化的科技成果目录（2025年3月）", "收录条目：" + count + " 项", "百色市 · 铝",
                    "南宁市 · 制糖");
        }

        given().when().get("/public/editions/2025-03/450000").then().statusCode(200)
                .body("itemCount", equalTo(count)).body("pdf.sha256", equalTo(made.path("pdf.sha256")));
        given().when().get("/public/editions?scope=450000&size=100").then().statusCode(200)
                .body("items.period", org.hamcrest.Matchers.hasItem("2025-03"));

        // frozen: made once
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("period", "2025-03", "scope", "450000"))
                .when().post("/editions").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("EDITION_EXISTS"));
    }

    @Test
    void aCitysAdminMakesItsCitysEditionOnlyWithItsCitysResults() throws Exception {
        given().auth().oauth2(BAISE_OPERATOR).contentType("application/json")
                .body(Map.of("period", "2025-03", "scope", "451000"))
                .when().post("/editions").then().statusCode(201)
                .body("name", equalTo("百色市可供转化的科技成果目录（2025年3月）"));
        byte[] xlsx = given().when().get("/public/editions/2025-03/451000.xlsx").then().statusCode(200)
                .extract().asByteArray();
        List<List<String>> rows = rows(xlsx);
        assertThat(rows).extracting(r -> r.get(2)).contains(BAISE_TITLE, INJECTED).doesNotContain(NANNING_TITLE);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("百色市"));

        for (String other : new String[] {"450100", "450000"}) {
            given().auth().oauth2(BAISE_OPERATOR).contentType("application/json")
                    .body(Map.of("period", "2025-04", "scope", other))
                    .when().post("/editions").then().statusCode(403).body("code", equalTo("EDITION_SCOPE_NOT_OPERATED"));
        }
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("period", "2025-04", "scope", "450000"))
                .when().post("/editions").then().statusCode(403);
        given().contentType("application/json").body(Map.of("period", "2025-04", "scope", "450000"))
                .when().post("/editions").then().statusCode(401);
        given().when().get("/public/editions/2025-04/450100").then().statusCode(404)
                .body("code", equalTo("EDITION_NOT_FOUND"));
    }

    @Test
    void aBadPeriodOrScopeIsRefusedInChineseAndEnglishAndNothingIsMade() {
        String[][] cases = {{"2026-13", "450000", "EDITION_PERIOD_INVALID"}, {"2026-1", "450000", "EDITION_PERIOD_INVALID"},
                {"2019-12", "450000", "EDITION_PERIOD_OUT_OF_RANGE"}, {"2099-01", "450000", "EDITION_PERIOD_OUT_OF_RANGE"},
                {"2025-02", "451002", "EDITION_SCOPE_INVALID"}, {"2025-02", "440100", "EDITION_SCOPE_INVALID"},
                {"2025-02", "'; drop table edition; --", "EDITION_SCOPE_INVALID"}};
        for (String[] c : cases) {
            given().auth().oauth2(PROVINCE).contentType("application/json").header("Accept-Language", "en")
                    .body(Map.of("period", c[0], "scope", c[1].length() > 6 ? c[1].substring(0, 6) : c[1]))
                    .when().post("/editions").then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo(c[2]))
                    .body("title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("EDITION")));
        }
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("period", "2026-13", "scope",
                "450000")).when().post("/editions").then().statusCode(400).body("title", equalTo("期别格式不正确"));
        given().when().get("/public/editions/2026-13/450000").then().statusCode(400)
                .body("code", equalTo("EDITION_PERIOD_INVALID"));
        given().when().get("/public/editions/2025-02/451002.pdf").then().statusCode(400)
                .body("code", equalTo("EDITION_SCOPE_INVALID"));
        given().when().get("/public/editions?scope=4510").then().statusCode(400)
                .body("code", equalTo("EDITION_SCOPE_INVALID"));
        given().when().get("/public/editions?scope=450000&size=100").then().statusCode(200)
                .body("items.period", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("2025-02")));
    }

    @Test
    void theMonthlyJobMakesLastMonthsEditionsOfTheProvinceAndOfEveryCityWithAResultOnce() {
        List<EditionView> made = service.makeMonthly(LocalDate.of(2025, 6, 1));

        assertThat(made).extracting(EditionView::period).containsOnly("2025-05");
        assertThat(made).extracting(EditionView::scope).contains("450000", "451000", "450100")
                .doesNotHaveDuplicates();
        assertThat(made.get(0).scope()).isEqualTo("450000");
        assertThat(service.makeMonthly(LocalDate.of(2025, 6, 1))).isEmpty();
    }

    private static String published(String title, String industry, String region, String price) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "summary",
                "以拜耳法赤泥为原料，经还原焙烧与磁选回收铁精矿，浸出液返回氧化铝流程，中试线已稳定运行。", "industry", industry,
                "maturity", "PILOT", "trl", 6, "transferModes", List.of("TRANSFER", "LICENSE"), "priceNegotiable",
                price == null, "patents", List.of(Map.of("number", "ZL202010123456.2", "kind", "INVENTION",
                        "status", "GRANTED")), "regionCode", region));
        if (price != null) {
            body.put("askingPrice", price);
        }
        String id = given().auth().oauth2(GXU).contentType("application/json").body(body)
                .when().post("/results").then().statusCode(201).extract().path("id");
        given().auth().oauth2(GXU).when().post("/results/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(PROVINCE).when().post("/results/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    assertThat(cell == null || cell.getCellType() == CellType.STRING
                            || cell.getCellType() == CellType.NUMERIC).isTrue();
                    values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
