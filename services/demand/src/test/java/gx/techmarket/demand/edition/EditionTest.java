package gx.techmarket.demand.edition;

import static gx.techmarket.platform.listing.testing.Operators.BAISE_OPERATOR;
import static gx.techmarket.platform.listing.testing.Operators.PROVINCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.publishing.edition.EditionView;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
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
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionTest {

    static final String BAISE_ALUMINIUM = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String LIUZHOU_AUTO = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
    static final String RED_MUD = "=HYPERLINK(\"http://x\") 赤泥脱碱 " + UUID.randomUUID().toString().substring(0, 8);
    static final String GEARBOX = "新能源汽车减速器齿轮降噪 " + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditionService service;

    @Inject
    Clock clock;

    String redMudId;

    @BeforeEach
    void publishDemands() {
        if (redMudId == null) {
            redMudId = published(BAISE_ALUMINIUM, RED_MUD, "ALUMINIUM", "451000");
            published(LIUZHOU_AUTO, GEARBOX, "AUTOMOTIVE", "450200");
        }
    }

    @Test
    void theProvinceAdminMakesTheProvincesEditionOfListedDemandsWhichAnyoneDownloads() throws Exception {
        int count = given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("period", "2025-03", "scope", "450000"))
                .when().post("/editions").then().statusCode(201)
                .body("name", equalTo("广西企业技术需求目录（2025年3月）"))
                .body("kind", equalTo("DEMANDS"))
                .extract().path("itemCount");
        assertThat(count).isGreaterThanOrEqualTo(2);

        List<List<String>> rows = rows(given().when().get("/public/editions/2025-03/450000.xlsx").then()
                .statusCode(200).header("Content-Disposition", containsString("filename*=UTF-8''%E5%B9%BF%E8%A5%BF"))
                .extract().asByteArray());
        assertThat(rows.get(0)).startsWith("城市", "行业", "需求名称", "需求单位", "预算下限（元）", "预算上限（元）");
        assertThat(rows).hasSize(count + 1);
        List<String> redMud = rows.stream().filter(r -> r.get(2).equals(RED_MUD)).findFirst().orElseThrow();
        assertThat(redMud).containsSubsequence("百色市", "铝", RED_MUD, Orgs.BAISE_ALUMINIUM.name(), "3000000.0",
                "5000000.0", "委托开发、合作开发", "百色市",
                MarketClock.today(clock).plusDays(60).toString());
        assertThat(redMud.get(redMud.size() - 1)).isEqualTo("http://localhost:8080/market/demands/" + redMudId);

        try (PDDocument pdf = Loader.loadPDF(given().when().get("/public/editions/2025-03/450000.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("广西企业技术需求目录（2025年3月）", "柳州市 · 汽车",
                    "百色市 · 铝");
        }

        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("period", "2025-03", "scope", "450000"))
                .when().post("/editions").then().statusCode(409).body("code", equalTo("EDITION_EXISTS"));
    }

    @Test
    void aCitysAdminMakesOnlyItsCitysEdition() throws Exception {
        given().auth().oauth2(BAISE_OPERATOR).contentType("application/json")
                .body(Map.of("period", "2025-03", "scope", "451000"))
                .when().post("/editions").then().statusCode(201)
                .body("name", equalTo("百色市企业技术需求目录（2025年3月）"));
        List<List<String>> rows = rows(given().when().get("/public/editions/2025-03/451000.xlsx").then()
                .statusCode(200).extract().asByteArray());
        assertThat(rows).extracting(r -> r.get(2)).contains(RED_MUD).doesNotContain(GEARBOX);

        given().auth().oauth2(BAISE_OPERATOR).contentType("application/json")
                .body(Map.of("period", "2025-04", "scope", "450200"))
                .when().post("/editions").then().statusCode(403).body("code", equalTo("EDITION_SCOPE_NOT_OPERATED"));
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json")
                .body(Map.of("period", "2025-04", "scope", "451000"))
                .when().post("/editions").then().statusCode(403);
    }

    @Test
    void aBadPeriodOrScopeIsRefused() {
        String[][] cases = {{"2026-13", "450000", "EDITION_PERIOD_INVALID"},
                {"2019-12", "450000", "EDITION_PERIOD_OUT_OF_RANGE"}, {"2099-01", "450000", "EDITION_PERIOD_OUT_OF_RANGE"},
                {"2025-02", "451002", "EDITION_SCOPE_INVALID"}, {"2025-02", "440100", "EDITION_SCOPE_INVALID"}};
        for (String[] c : cases) {
            given().auth().oauth2(PROVINCE).contentType("application/json").header("Accept-Language", "en")
                    .body(Map.of("period", c[0], "scope", c[1]))
                    .when().post("/editions").then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo(c[2]));
        }
        given().when().get("/public/editions/2025-02/450000").then().statusCode(404)
                .body("code", equalTo("EDITION_NOT_FOUND")).body("title", equalTo("未找到该期目录"));
    }

    @Test
    void theMonthlyJobMakesLastMonthsEditionsOnce() {
        List<EditionView> made = service.makeMonthly(LocalDate.of(2025, 6, 1));

        assertThat(made).extracting(EditionView::period).containsOnly("2025-05");
        assertThat(made).extracting(EditionView::scope).contains("450000", "451000", "450200").doesNotHaveDuplicates();
        assertThat(service.makeMonthly(LocalDate.of(2025, 6, 1))).isEmpty();
    }

    private static String published(String token, String title, String industry, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("problem", "公司每年产生大量工业固废，堆存占地大、处理成本高，需要一种可工业化的处理与资源化利用技术。");
        body.put("industry", industry);
        body.put("budgetMin", "3000000.00");
        body.put("budgetMax", "5000000.00");
        body.put("deadline", LocalDate.now(MarketClock.CHINA).plusDays(60).toString());
        body.put("regionCode", region);
        body.put("cooperationModes", List.of("COMMISSIONED_DEVELOPMENT", "JOINT_DEVELOPMENT"));
        String id = given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/demands").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).when().post("/demands/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(PROVINCE).when().post("/demands/" + id + "/approve").then().statusCode(200);
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
