package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.EXPERT_GXAS;
import static gx.techmarket.portal.support.DemoUser.REGISTRAR_NANNING;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.DemoUser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 技术合同认定登记 in the portal since issue 15, against the registry's answers: the registrar's queue by deadline with
 * its filters, a filing's page (deadline, amounts as filed and as recognised, attachments, pre-check, review, the
 * actions listed), 不予登记 with its grounds, 变更 and 注销登记 confirmed first, the seller's 新建登记申请 with 预审 and
 * attachments, the expert's opinion, the admin's working calendar, the point's statistics and the public
 * verification of a certificate.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RegistrationPagesTest extends PortalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTRACT = "/registry/contracts/" + Fixtures.CONTRACT_ID;
    private static final String PAGE = "/contracts/" + Fixtures.CONTRACT_ID;
    private static final String ACTIONS = "/registrations/" + Fixtures.CONTRACT_ID;
    private static final Pattern TESTID = Pattern.compile("data-testid=\"([a-z-]+)\"");
    private static final List<String> CONTROLS = List.of("contract-accept", "contract-register", "contract-return",
            "contract-resubmit", "contract-assess-form", "contract-start-review-form", "contract-refuse-form",
            "contract-amend-form", "contract-deregister-form", "contract-object-form",
            "contract-edit");

    @Test
    void shouldListTheQueueByDeadlineWithItsFiltersAndFlagTheOverdue() {
        stubs.json("GET", "/registry/contracts/queue", 200,
                Fixtures.page(Fixtures.filing("ACCEPTED", true, "")));
        Browser browser = Browser.signedIn(portal, keycloak, REGISTRAR_NANNING);

        Browser.Page queue = browser.get("/registrations/queue?status=UNDER_REVIEW&overdue=true&type=TRANSFER_PATENT"
                + "&sort=drop&size=50");

        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("data-testid=\"filing-row\"", "data-due-on=\"2026-12-15\" data-overdue=\"true\"",
                "已超期", "5,500,000.00 元", "Zuckerwerk GmbH");
        List<gx.techmarket.portal.support.ServiceStubs.Call> calls = stubs.calls("GET", "/registry/contracts/queue");
        String asked = calls.get(calls.size() - 1).query();
        assertThat(asked).contains("status=UNDER_REVIEW", "overdue=true", "type=TRANSFER_PATENT", "sort=deadline",
                "size=50").doesNotContain("drop");
        browser.get("/registrations/queue?status=NOPE&type=NOPE");
        calls = stubs.calls("GET", "/registry/contracts/queue");
        assertThat(calls.get(calls.size() - 1).query()).doesNotContain("status=", "type=", "overdue=");
    }

    @Test
    void shouldListTheSellersFilingsWithDeadlineAndCertificate() {
        stubs.json("GET", "/registry/contracts/mine", 200, Fixtures.page(Fixtures.filing("REGISTERED", false, """
                "certificate":{"pdf":"/contracts/%s/certificate.pdf","verificationCode":"K7P2X9Q4M1N8R3T6",
                 "verificationPath":"/verify/26450101000001?code=K7P2X9Q4M1N8R3T6"}""".formatted(Fixtures.CONTRACT_ID))
                .replace("\"registrationNumber\":null", "\"registrationNumber\":\"26450101000001\"")));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page mine = browser.get("/registrations/mine?status=REGISTERED");

        assertThat(mine.body()).contains("data-testid=\"filing-row\"", "26450101000001",
                "data-testid=\"filing-certificate\"", "data-due-on=\"2026-12-15\"", "剩余 3 个工作日",
                "href=\"/registrations/new\"");
        List<gx.techmarket.portal.support.ServiceStubs.Call> calls = stubs.calls("GET", "/registry/contracts/mine");
        assertThat(calls.get(calls.size() - 1).query()).contains("status=REGISTERED");
    }

    @Test
    void shouldShowAFilingWithItsDeadlineAmountsAttachmentsPrecheckAndReview() {
        stubs.json("GET", CONTRACT, 200, Fixtures.filing("UNDER_REVIEW", false, "", "register", "refuse"));
        stubs.json("GET", CONTRACT + "/attachments", 200, Fixtures.attachments(false));
        stubs.json("GET", CONTRACT + "/precheck", 200, Fixtures.precheck());
        Browser browser = Browser.signedIn(portal, keycloak, REGISTRAR_NANNING);

        Browser.Page page = browser.get(PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"contract-deadline\" data-due-on=\"2026-12-15\"",
                "应于 2026-12-15 前办结（15 个工作日，自 2026-11-24 起算）", "剩余 3 个工作日",
                "技术转让（专利权）", "Zuckerwerk GmbH", "境外 DE", "ZL202310123456.7", "70.00%",
                "data-testid=\"contract-filed-amounts\"", "5,700,000.00 元", "5,500,000.00 元",
                "核定：模压机按设备扣除", "工艺文件", "data-testid=\"attachment-row\"", "合同.pdf", "200 KB",
                "href=\"/registrations/" + Fixtures.CONTRACT_ID + "/attachments/" + Fixtures.ATTACHMENT_ID + "\"",
                "data-testid=\"attachments-missing\"", "尚缺的材料：<span data-kind=\"PATENT_CERTIFICATE\">专利证书",
                "data-testid=\"precheck\"", "技术交易额达到500万元，将提请专家评审", "专利证书", "30 个工作日",
                "data-testid=\"contract-review\"", "李明（广西科学院）", "王芳（桂林电子科技大学）", "建议准予登记",
                "属于技术转让。", "尚有 1 位专家未提交意见", "南宁市技术合同登记站")
                .doesNotContain("attachment-delete-form", "attachment-upload-form", "contract-certificate");
    }

    @Test
    void shouldOfferTheCertificateAndItsVerificationWhereTheRegistryShowsThem() {
        stubs.json("GET", CONTRACT, 200, Fixtures.filing("AMENDED", false, """
                "certificate":{"pdf":"/contracts/%s/certificate.pdf","verificationCode":"K7P2X9Q4M1N8R3T6",
                 "verificationPath":"/verify/26450101000001?code=K7P2X9Q4M1N8R3T6"}""".formatted(Fixtures.CONTRACT_ID))
                .replace("\"amendmentNumber\":0,\"amendedAt\":null", "\"amendmentNumber\":2,"
                        + "\"amendedAt\":\"2026-12-03T02:00:00Z\""));
        stubs.json("GET", CONTRACT + "/certificate.pdf", 200, "%PDF-1.7 certificate");
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get(PAGE);
        HttpResponse<String> pdf = browser.send(HttpRequest.newBuilder(browser.resolve(ACTIONS + "/certificate.pdf"))
                .GET());

        assertThat(page.body()).contains("href=\"/registrations/" + Fixtures.CONTRACT_ID + "/certificate.pdf\"",
                "href=\"/verify/26450101000001?code=K7P2X9Q4M1N8R3T6\"", "第 2 次变更登记（2026-12-03 10:00）");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).isEqualTo("%PDF-1.7 certificate");
    }

    @ParameterizedTest(name = "{0} with [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            REGISTRAR_NANNING | accept                                     | contract-accept
            REGISTRAR_NANNING | assess start-review refuse register return-for-correction | contract-assess-form contract-start-review-form contract-refuse-form contract-register contract-return
            REGISTRAR_NANNING | amend deregister                           | contract-amend-form contract-deregister-form
            REGISTRAR_NANNING |                                            |
            UNI_GXU           | edit resubmit                              | contract-edit contract-resubmit
            UNI_GXU           | objections                                 | contract-object-form
            """)
    void shouldOfferExactlyTheActionsTheRegistryLists(String user, String actions, String expected) throws Exception {
        DemoUser viewer = (DemoUser) DemoUser.class.getField(user).get(null);
        stubs.json("GET", CONTRACT, 200, Fixtures.filing("ACCEPTED", false, "", words(actions).toArray(String[]::new)));

        Browser.Page page = Browser.signedIn(portal, keycloak, viewer).get(PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(testIds(page.body()).stream().filter(CONTROLS::contains).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(words(expected));
    }

    @Test
    void shouldRefuseOnlyWithGroundsAndOnlyOnceConfirmed() throws Exception {
        stubs.json("GET", CONTRACT, 200, Fixtures.filing("ACCEPTED", false, "", "refuse"));
        stubs.json("POST", CONTRACT + "/refuse", 200, Fixtures.filing("NOT_REGISTERED", false, """
                "refusal":{"grounds":[{"code":"DOCUMENTS_MISSING","label":"申请材料不齐全"},
                 {"code":"SEALS_INCOMPLETE","label":"签章不齐全"}],"explanation":"缺少专利证书",
                 "refusedAt":"2026-12-03T02:00:00Z","stamp":"未予登记"}"""));
        Browser browser = Browser.signedIn(portal, keycloak, REGISTRAR_NANNING);
        browser.get(PAGE);

        Browser.Page noGrounds = browser.post(ACTIONS + "/refuse", "explanation", "缺少专利证书", "confirmed", "yes");
        Browser.Page confirm = browser.post(ACTIONS + "/refuse", "grounds", "DOCUMENTS_MISSING", "grounds",
                "SEALS_INCOMPLETE", "explanation", "缺少专利证书");

        assertThat(noGrounds.status()).isEqualTo(400);
        assertThat(noGrounds.body()).contains("data-testid=\"error-grounds\"", "缺少专利证书");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("请确认：不予登记", "申请材料不齐全", "签章不齐全",
                "name=\"grounds\" value=\"DOCUMENTS_MISSING\"", "name=\"grounds\" value=\"SEALS_INCOMPLETE\"");
        assertThat(stubs.calls("POST", CONTRACT + "/refuse")).isEmpty();

        stubs.json("GET", CONTRACT, 200, Fixtures.filing("NOT_REGISTERED", false, """
                "refusal":{"grounds":[{"code":"DOCUMENTS_MISSING","label":"申请材料不齐全"},
                 {"code":"SEALS_INCOMPLETE","label":"签章不齐全"}],"explanation":"缺少专利证书",
                 "refusedAt":"2026-12-03T02:00:00Z","stamp":"未予登记"}"""));
        Browser.Page refused = browser.post(ACTIONS + "/refuse", "grounds", "DOCUMENTS_MISSING", "grounds",
                "SEALS_INCOMPLETE", "explanation", "缺少专利证书", "confirmed", "yes");

        assertThat(refused.uri().getPath()).isEqualTo(PAGE);
        assertThat(refused.body()).contains("data-testid=\"contract-stamp\">未予登记", "申请材料不齐全", "签章不齐全");
        JsonNode sent = JSON.readTree(stubs.calls("POST", CONTRACT + "/refuse").get(0).body());
        assertThat(sent.toString()).isEqualTo(
                "{\"grounds\":[\"DOCUMENTS_MISSING\",\"SEALS_INCOMPLETE\"],\"explanation\":\"缺少专利证书\"}");
    }

    @Test
    void shouldShowTheRegistrysRefusalNextToTheField() {
        stubs.json("GET", CONTRACT, 200, Fixtures.filing("ACCEPTED", false, "", "register"));
        stubs.problem("POST", CONTRACT + "/register", 409, Fixtures.problem(409, "EXPERT_REVIEW_REQUIRED",
                "技术交易额达到500万元，须经专家评审", null));
        Browser browser = Browser.signedIn(portal, keycloak, REGISTRAR_NANNING);
        browser.get(PAGE);

        Browser.Page refused = browser.post(PAGE + "/register", "confirmed", "yes");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("技术交易额达到500万元，须经专家评审", "data-testid=\"contract-detail\"");
    }

    @Test
    void shouldStartAReviewAmendAndDeregisterWithTheBodiesTheRegistryTakes() throws Exception {
        stubs.json("GET", CONTRACT, 200, Fixtures.filing("ACCEPTED", false, "", "start-review", "amend",
                "deregister"));
        stubs.json("POST", CONTRACT + "/start-review", 200, Fixtures.filing("UNDER_REVIEW", false, ""));
        stubs.json("POST", CONTRACT + "/amend", 200, Fixtures.filing("AMENDED", false, ""));
        stubs.json("POST", CONTRACT + "/deregister", 200, Fixtures.filing("DEREGISTERED", false, ""));
        Browser browser = Browser.signedIn(portal, keycloak, REGISTRAR_NANNING);
        browser.get(PAGE);

        Browser.Page unconfirmed = browser.post(ACTIONS + "/deregister", "reason", "RESCINDED", "explanation",
                "双方协议解除");
        browser.post(ACTIONS + "/start-review", "reason", "LARGE", "field", "SUGAR", "size", "5", "confirmed", "yes");
        browser.post(ACTIONS + "/amend", "totalContractAmount", "5,000,000.00", "reason", "价款变更",
                "itemCategory", "EQUIPMENT", "itemDescription", "模压机", "itemAmount", "400000", "confirmed", "yes");
        browser.post(ACTIONS + "/deregister", "reason", "RESCINDED", "explanation", "双方协议解除", "confirmed", "yes");

        assertThat(unconfirmed.body()).contains("请确认：注销登记", "合同解除", "双方协议解除");
        assertThat(JSON.readTree(stubs.calls("POST", CONTRACT + "/start-review").get(0).body()).toString())
                .isEqualTo("{\"reason\":\"LARGE\",\"field\":\"SUGAR\",\"size\":5}");
        assertThat(JSON.readTree(stubs.calls("POST", CONTRACT + "/amend").get(0).body()).toString()).isEqualTo(
                "{\"totalContractAmount\":\"5000000.00\",\"nonTechnicalItems\":[{\"category\":\"EQUIPMENT\","
                        + "\"description\":\"模压机\",\"amount\":\"400000.00\"}],\"reason\":\"价款变更\"}");
        assertThat(stubs.calls("POST", CONTRACT + "/deregister")).hasSize(1);
        assertThat(JSON.readTree(stubs.calls("POST", CONTRACT + "/deregister").get(0).body()).toString())
                .isEqualTo("{\"reason\":\"RESCINDED\",\"explanation\":\"双方协议解除\"}");
    }

    @Test
    void shouldAssessTheAmountsAndResolveAnObjection() throws Exception {
        stubs.json("GET", CONTRACT, 200, Fixtures.filing("ACCEPTED", false, """
                "objections":[{"id":"%s","raisedByUscc":"11450100MB1234567X","raisedByName":"国家税务总局南宁市税务局",
                 "raisedAs":"AUTHORITY","grounds":"金额存疑","status":"OPEN",
                 "raisedAt":"2026-12-03T02:00:00Z","actions":["resolve"]}]""".formatted(Fixtures.OBJECTION_ID),
                "assess"));
        stubs.json("POST", CONTRACT + "/assess", 200, Fixtures.filing("ACCEPTED", false, ""));
        stubs.json("POST", CONTRACT + "/objections/" + Fixtures.OBJECTION_ID + "/resolve", 200,
                Fixtures.filing("ACCEPTED", false, ""));
        Browser browser = Browser.signedIn(portal, keycloak, REGISTRAR_NANNING);
        Browser.Page page = browser.get(PAGE);
        assertThat(page.body()).contains("data-testid=\"objection\"", "金额存疑", "objection-resolve-form",
                "value=\"500000.00\" inputmode=\"decimal\"");

        browser.post(ACTIONS + "/assess", "itemCategory", "EQUIPMENT", "itemDescription", "模压机", "itemAmount",
                "500000", "carrierKind", "TEST_EQUIPMENT", "carrierDescription", "试验模具", "carrierQuantity", "2",
                "reason", "模压机按设备扣除");
        browser.post(ACTIONS + "/objections/" + Fixtures.OBJECTION_ID + "/resolve", "outcome", "DISMISSED",
                "explanation", "金额与合同一致", "confirmed", "yes");

        assertThat(JSON.readTree(stubs.calls("POST", CONTRACT + "/assess").get(0).body()).toString()).isEqualTo(
                "{\"nonTechnicalItems\":[{\"category\":\"EQUIPMENT\",\"description\":\"模压机\",\"amount\":\"500000.00\"}],"
                        + "\"carriers\":[{\"kind\":\"TEST_EQUIPMENT\",\"description\":\"试验模具\",\"quantity\":2}],"
                        + "\"reason\":\"模压机按设备扣除\"}");
        assertThat(JSON.readTree(stubs.calls("POST", CONTRACT + "/objections/" + Fixtures.OBJECTION_ID + "/resolve")
                .get(0).body()).toString()).isEqualTo("{\"outcome\":\"DISMISSED\",\"explanation\":\"金额与合同一致\"}");
    }

    @Test
    void shouldFileANewContractOfTheChosenTypeWithAForeignBuyer() throws Exception {
        stubs.json("POST", "/registry/contracts", 201, Fixtures.filing("DRAFT", false, "", "submit", "attachments"));
        stubs.json("GET", CONTRACT, 200, Fixtures.filing("DRAFT", false, "", "submit", "attachments"));
        stubs.json("POST", "/registry/contracts/precheck", 200, Fixtures.precheck());
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get("/registrations/new").body()).contains("data-testid=\"filing-technical-field\"",
                "<option value=\"SUGAR\">制糖</option>", "未注明");
        assertThat(browser.get("/registrations/new").body()).contains("data-testid=\"filing-form\"",
                "data-types=\"TRANSFER_PATENT LICENSE_PATENT\"", "技术转让（集成电路布图设计专有权）");
        String[] typed = {"contractType", "TRANSFER_PATENT", "title", "蔗渣高强度模压成型技术专利权转让合同",
            "subject", "蔗渣模压成型专利", "description", "转让专利权。\n附工艺文件。", "signedOn", "2026-11-20",
            "totalContractAmount", "6,000,000.00", "counterpartySource", "foreign", "counterparty.uscc", "",
            "foreign.name", "Zuckerwerk GmbH", "foreign.country", "de", "inventorRewardShare", "70",
            "technicalField", "SUGAR", "details.patentNumber", "ZL202310123456.7", "details.trainingContent", "不属于该类型，不发送",
            "itemCategory", "EQUIPMENT", "itemDescription", "模压机", "itemAmount", "500000",
            "carrierKind", "DOCUMENTS", "carrierDescription", "工艺文件", "carrierQuantity", "1"};

        Browser.Page prechecked = browser.post("/registrations", append(typed, "precheck", "yes"));
        Browser.Page filed = browser.post("/registrations", typed);

        assertThat(prechecked.status()).isEqualTo(200);
        assertThat(prechecked.body()).contains("data-testid=\"precheck\"", "完成人奖酬比例低于70%",
                "value=\"Zuckerwerk GmbH\"");
        JsonNode asked = JSON.readTree(stubs.calls("POST", "/registry/contracts/precheck").get(0).body());
        assertThat(asked.get("sellerKind").asText()).isEqualTo("UNIVERSITY");
        assertThat(asked.get("totalContractAmount").asText()).isEqualTo("6000000.00");
        assertThat(filed.uri().getPath()).isEqualTo(PAGE);
        assertThat(stubs.calls("POST", "/registry/contracts")).hasSize(1);
        JsonNode sent = JSON.readTree(stubs.calls("POST", "/registry/contracts").get(0).body());
        assertThat(sent.get("contractType").asText()).isEqualTo("TRANSFER_PATENT");
        assertThat(sent.get("description").asText()).isEqualTo("转让专利权。\n附工艺文件。");
        assertThat(sent.get("counterparty").toString())
                .isEqualTo("{\"foreign\":true,\"name\":\"Zuckerwerk GmbH\",\"country\":\"DE\"}");
        assertThat(sent.get("details").toString()).isEqualTo("{\"patentNumber\":\"ZL202310123456.7\"}");
        assertThat(sent.get("inventorRewardShare").asText()).isEqualTo("70");
        assertThat(sent.get("technicalField").asText()).isEqualTo("SUGAR");
        assertThat(sent.get("nonTechnicalItems").toString())
                .isEqualTo("[{\"category\":\"EQUIPMENT\",\"description\":\"模压机\",\"amount\":\"500000.00\"}]");
        assertThat(sent.get("carriers").toString())
                .isEqualTo("[{\"kind\":\"DOCUMENTS\",\"description\":\"工艺文件\",\"quantity\":1}]");
        assertThat(sent.has("import")).isFalse();
    }

    @Test
    void shouldResubmitACorrectedFilingWithItsAmountsOnceConfirmed() throws Exception {
        stubs.json("GET", CONTRACT, 200, Fixtures.filing("NEEDS_CORRECTION", false, "", "edit", "resubmit"));
        stubs.json("POST", CONTRACT + "/resubmit", 200, Fixtures.filing("RESUBMITTED", false, ""));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get(PAGE).body()).contains("action=\"/contracts/" + Fixtures.CONTRACT_ID + "/resubmit\"",
                "value=\"6000000.00\" data-testid=\"contract-total-amount-input\"")
                .doesNotContain("data-testid=\"contract-submit\"");
        String[] typed = {"totalContractAmount", "6000000.00", "signedOn", "2026-11-20", "title", "",
            "itemCategory", "EQUIPMENT", "itemDescription", "模压机", "itemAmount", "500000.00"};

        Browser.Page confirm = browser.post(PAGE + "/resubmit", typed);
        browser.post(PAGE + "/resubmit", append(typed, "confirmed", "yes"));

        assertThat(confirm.body()).contains("请确认：重新提交");
        assertThat(stubs.calls("POST", CONTRACT + "/resubmit")).hasSize(1);
        JsonNode sent = JSON.readTree(stubs.calls("POST", CONTRACT + "/resubmit").get(0).body());
        assertThat(sent.get("totalContractAmount").asText()).isEqualTo("6000000.00");
        assertThat(sent.get("signedOn").asText()).isEqualTo("2026-11-20");
    }

    @Test
    void shouldEditAFilingAsTheRegistryHoldsIt() throws Exception {
        stubs.json("GET", CONTRACT, 200, Fixtures.filing("NEEDS_CORRECTION", false, "", "edit", "resubmit"));
        stubs.json("PUT", CONTRACT, 200, Fixtures.filing("NEEDS_CORRECTION", false, "", "edit", "resubmit"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page form = browser.get(ACTIONS + "/edit");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("action=\"/registrations/" + Fixtures.CONTRACT_ID + "/edit\"",
                "value=\"蔗渣模压成型专利\"", "value=\"ZL202310123456.7\"", "value=\"Zuckerwerk GmbH\"",
                "value=\"6000000.00\"", "value=\"70.00\"", "value=\"工艺文件\"");
        Browser.Page saved = browser.post(ACTIONS + "/edit", "contractType", "TRANSFER_PATENT", "title", "新名称",
                "subject", "蔗渣模压成型专利", "description", "d", "signedOn", "2026-11-20",
                "totalContractAmount", "6000000.00", "counterpartySource", "foreign", "foreign.name",
                "Zuckerwerk GmbH", "foreign.country", "DE", "details.patentNumber", "ZL202310123456.7");
        assertThat(saved.uri().getPath()).isEqualTo(PAGE);
        JsonNode sent = JSON.readTree(stubs.calls("PUT", CONTRACT).get(0).body());
        assertThat(sent.get("title").asText()).isEqualTo("新名称");
        assertThat(sent.get("details").toString()).isEqualTo("{\"patentNumber\":\"ZL202310123456.7\"}");
    }

    @Test
    void shouldAskForTheCounterpartyAndShowTheRegistrysFieldErrors() {
        stubs.problem("POST", "/registry/contracts", 400, Fixtures.problem(400, "VALIDATION_FAILED", "请检查",
                "[{\"field\":\"details.patentNumber\",\"code\":\"PATENT_NUMBER_INVALID\",\"message\":\"专利号校验位不符\"}]"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/registrations/new");

        Browser.Page missing = browser.post("/registrations", "contractType", "TRANSFER_PATENT", "title", "t",
                "subject", "s", "description", "d", "signedOn", "2026-11-20", "totalContractAmount", "100",
                "counterpartySource", "directory", "counterparty.uscc", "");
        Browser.Page refused = browser.post("/registrations", "contractType", "TRANSFER_PATENT", "title", "t",
                "subject", "s", "description", "d", "signedOn", "2026-11-20", "totalContractAmount", "100",
                "counterpartySource", "external", "external.uscc", "91440300MA5FXXXX1A", "external.name", "深圳某公司",
                "external.region", "440300",
                "details.patentNumber", "ZL202310123456.1");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("data-testid=\"error-counterparty.uscc\"");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-testid=\"error-details.patentNumber\"", "专利号校验位不符");
        assertThat(stubs.calls("POST", "/registry/contracts")).hasSize(1);
    }

    @Test
    void shouldPassAnUploadOnToTheRegistryAndADownloadBack() {
        stubs.json("GET", CONTRACT, 200, Fixtures.filing("DRAFT", false, "", "attachments"));
        stubs.json("POST", CONTRACT + "/attachments", 201, Fixtures.attachment(true));
        stubs.json("GET", CONTRACT + "/attachments", 200, Fixtures.attachments(true));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        String shown = browser.get(PAGE).body();
        assertThat(shown).contains("data-testid=\"attachment-upload-form\"", "data-testid=\"attachment-delete-form\"");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(shown);
        assertThat(token.find()).isTrue();
        String boundary = "----portal-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token.group(1)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nSIGNED_CONTRACT\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contract.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 test\r\n--" + boundary + "--\r\n";

        HttpResponse<String> uploaded = browser.send(HttpRequest.newBuilder(browser.resolve(ACTIONS + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", browser.cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith(PAGE);
        String sent = stubs.calls("POST", CONTRACT + "/attachments").get(0).body();
        assertThat(stubs.calls("POST", CONTRACT + "/attachments").get(0).header("Content-Type"))
                .startsWith("multipart/form-data");
        assertThat(sent).contains("name=\"kind\"", "SIGNED_CONTRACT", "filename=\"contract.pdf\"", "%PDF-1.7 test");

        stubs.json("GET", CONTRACT + "/attachments/" + Fixtures.ATTACHMENT_ID, 200, "%PDF-1.7 test");
        HttpResponse<String> download = browser.send(HttpRequest.newBuilder(
                browser.resolve(ACTIONS + "/attachments/" + Fixtures.ATTACHMENT_ID)).GET());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("%PDF-1.7 test");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void shouldTakeAnExpertsOpinionOnItsReviewsPage() throws Exception {
        stubs.json("GET", "/registry/contracts/reviews/mine", 200,
                Fixtures.page(Fixtures.filing("UNDER_REVIEW", false, "", "opinions")));
        stubs.json("POST", CONTRACT + "/opinions", 201, Fixtures.filing("UNDER_REVIEW", false, ""));
        Browser browser = Browser.signedIn(portal, keycloak, EXPERT_GXAS);
        assertThat(browser.get("/registrations/reviews").body()).contains("data-testid=\"review-row\"",
                "蔗渣模压成型专利", "ZL202310123456.7", "李明（广西科学院）", "data-testid=\"contract-opinion-form\"",
                "action=\"/registrations/" + Fixtures.CONTRACT_ID + "/opinions\"");

        Browser.Page empty = browser.post(ACTIONS + "/opinions", "conclusion", "REGISTER", "opinion", " ");
        Browser.Page given = browser.post(ACTIONS + "/opinions", "conclusion", "REGISTER", "opinion",
                "属于技术转让，\n价款明确。");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("data-testid=\"error-opinion\"");
        assertThat(given.uri().getPath()).isEqualTo("/registrations/reviews");
        assertThat(stubs.calls("POST", CONTRACT + "/opinions")).hasSize(1);
        assertThat(JSON.readTree(stubs.calls("POST", CONTRACT + "/opinions").get(0).body()).toString())
                .isEqualTo("{\"conclusion\":\"REGISTER\",\"opinion\":\"属于技术转让，\\n价款明确。\"}");
    }

    @Test
    void shouldLoadAYearsWorkingCalendarOnceConfirmed() throws Exception {
        stubs.json("GET", "/registry/calendar/2027", 200, "{\"year\":2027,\"loaded\":false,\"source\":null,\"days\":[]}");
        stubs.json("PUT", "/registry/calendar/2027", 200, """
                {"year":2027,"loaded":true,"source":"国办发明电〔2026〕1号","publishedOn":"2026-11-10","loadedBy":"admin.gx",
                 "loadedAt":"2026-12-05T02:00:00Z","days":[{"date":"2027-01-01","kind":"HOLIDAY","name":"元旦"}]}""");
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(browser.get("/registrations/calendar?year=2027").body())
                .contains("data-testid=\"calendar-not-loaded\"", "data-testid=\"calendar-form\"");

        Browser.Page bad = browser.post("/registrations/calendar", "year", "2027", "source", "国办发明电〔2026〕1号",
                "publishedOn", "2026-11-10", "days", "2027-01-01 HOLIDAY 元旦\n2027-02-31 WORKDAY 春节调休");
        Browser.Page confirm = browser.post("/registrations/calendar", "year", "2027", "source", "国办发明电〔2026〕1号",
                "publishedOn", "2026-11-10", "days", "2027-01-01 HOLIDAY 元旦\n\n2027-02-07 WORKDAY 春节调休");
        browser.post("/registrations/calendar", "year", "2027", "source", "国办发明电〔2026〕1号",
                "publishedOn", "2026-11-10", "days", "2027-01-01 HOLIDAY 元旦\n\n2027-02-07 WORKDAY 春节调休",
                "confirmed", "yes");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("第 2 行应为");
        assertThat(confirm.body()).contains("请确认：载入工作日历");
        assertThat(stubs.calls("PUT", "/registry/calendar/2027")).hasSize(1);
        assertThat(JSON.readTree(stubs.calls("PUT", "/registry/calendar/2027").get(0).body()).toString()).isEqualTo(
                "{\"source\":\"国办发明电〔2026〕1号\",\"publishedOn\":\"2026-11-10\",\"days\":[{\"date\":\"2027-01-01\","
                        + "\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},{\"date\":\"2027-02-07\",\"kind\":\"WORKDAY\","
                        + "\"name\":\"春节调休\"}]}");
        assertThat(Browser.signedIn(portal, keycloak, REGISTRAR_NANNING).get("/registrations/calendar?year=2027")
                .body()).doesNotContain("data-testid=\"calendar-form\"");
    }

    @Test
    void shouldShowThePointsStatisticsByMonthAndType() {
        stubs.json("GET", "/registry/contracts/stats", 200, """
                {"from":"2026-01-01","to":"2026-12-05","scope":"124501004983071214",
                 "rows":[{"month":"2026-11","contractType":"TRANSFER_PATENT","registered":3,"deregistered":1,
                 "refused":1,"totalContractAmount":"9000000.00","technologyTransactionAmount":"8500000.00"}],
                 "totals":{"registered":3,"deregistered":1,"refused":1,"totalContractAmount":"9000000.00",
                 "technologyTransactionAmount":"8500000.00"}}""");
        Browser browser = Browser.signedIn(portal, keycloak, REGISTRAR_NANNING);

        Browser.Page stats = browser.get("/registrations/stats?from=2026-01-01&to=2026-12-05");

        assertThat(stats.body()).contains("data-testid=\"stats-row\" data-month=\"2026-11\"", "技术转让（专利权）",
                "8,500,000.00 元", "data-testid=\"stats-totals\"");
        assertThat(stubs.calls("GET", "/registry/contracts/stats").get(0).query())
                .isEqualTo("from=2026-01-01&to=2026-12-05");
    }

    @Test
    void shouldVerifyACertificateForAnyoneWithoutSigningIn() {
        stubs.json("GET", "/registry/public/certificates/26450101000001", 200, """
                {"registrationNumber":"26450101000001","title":"蔗渣高强度模压成型技术专利权转让合同",
                 "contractType":"TRANSFER_PATENT","contractCategory":"TRANSFER","contractTypeLabel":"技术转让（专利权转让）",
                 "sellerName":"广西大学","buyerName":"Zuckerwerk GmbH","intermediaryName":null,
                 "totalContractAmount":"6000000.00","technologyTransactionAmount":"5500000.00",
                 "signedOn":"2026-11-20","registeredOn":"2026-12-04","registrationPointName":"南宁市技术合同登记站",
                 "ruleSetVersion":"CN-2026","status":"REGISTERED","statusLabel":"有效","amendmentNumber":0,
                 "amendedOn":null,"deregisteredOn":null}""");
        Browser anonymous = Browser.open(portal);

        Browser.Page found = anonymous.get("/verify/26450101000001?code=K7P2X9Q4M1N8R3T6");
        stubs.problem("GET", "/registry/public/certificates/26450101000001", 404,
                Fixtures.problem(404, "CERTIFICATE_NOT_FOUND", "not found", null));
        Browser.Page wrong = anonymous.get("/verify/26450101000001?code=WRONG");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.uri().getPath()).isEqualTo("/verify/26450101000001");
        assertThat(found.body()).contains("data-testid=\"certificate-facts\" data-status=\"REGISTERED\"", "有效",
                "技术转让（专利权转让）",
                "广西大学", "Zuckerwerk GmbH", "5,500,000.00 元", "南宁市技术合同登记站", "2026-12-04");
        assertThat(stubs.calls("GET", "/registry/public/certificates/26450101000001").get(0).query())
                .isEqualTo("code=K7P2X9Q4M1N8R3T6");
        assertThat(stubs.calls("GET", "/registry/public/certificates/26450101000001").get(0).header("Authorization"))
                .isNull();
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.body()).contains("data-testid=\"certificate-not-found\"");
    }

    private static String[] append(String[] pairs, String... more) {
        String[] all = java.util.Arrays.copyOf(pairs, pairs.length + more.length);
        System.arraycopy(more, 0, all, pairs.length, more.length);
        return all;
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    private static List<String> testIds(String html) {
        Matcher m = TESTID.matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
