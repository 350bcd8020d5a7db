package gx.techmarket.catalogue.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.Patent;
import gx.techmarket.contracts.events.PatentKind;
import gx.techmarket.contracts.events.PatentStatus;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules between a result's fields, without Quarkus: each refusal names the field it belongs to. */
class ResultRequestTest {

    @Test
    void aPriceOrNegotiableMakesContent() {
        assertThat(request(new BigDecimal("1200000.00"), false, List.of(TransferMode.TRANSFER)).toContent()
                .askingPrice()).isEqualByComparingTo("1200000.00");
        assertThat(request(null, true, List.of(TransferMode.TRANSFER, TransferMode.LICENSE)).toContent()
                .transferModes()).containsExactly(TransferMode.TRANSFER, TransferMode.LICENSE);
    }

    @Test
    void aPriceTypedWithNegotiableIsRefusedOnThePriceNotDropped() {
        ProblemException e = refused(request(new BigDecimal("50000.00"), true, List.of(TransferMode.TRANSFER)));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("PRICE_WITH_NEGOTIABLE");
        assertThat(e.field()).isEqualTo("askingPrice");
    }

    @Test
    void neitherPriceNorNegotiableIsRefusedOnThePrice() {
        ProblemException e = refused(request(null, false, List.of(TransferMode.TRANSFER)));
        assertThat(e.code()).isEqualTo("PRICE_REQUIRED");
        assertThat(e.field()).isEqualTo("askingPrice");
    }

    @Test
    void aRepeatedTransferModeOrPatentIsRefusedNotDropped() {
        ProblemException modes = refused(request(null, true, List.of(TransferMode.LICENSE, TransferMode.LICENSE)));
        assertThat(modes.code()).isEqualTo("DUPLICATE_ITEM");
        assertThat(modes.field()).isEqualTo("transferModes");
        PatentRequest patent = new PatentRequest("ZL202010123456.7", PatentKind.INVENTION, PatentStatus.GRANTED, null);
        PatentRequest sameLowerCase = new PatentRequest("zl202010123456.7", PatentKind.INVENTION,
                PatentStatus.TRANSFERRED, null);
        assertThat(refused(withPatents(patent, sameLowerCase)).field()).isEqualTo("patents");
    }

    @Test
    void aNumberNotWrittenAsItsKindsIsRefusedOnTheNumber() {
        ProblemException e = refused(withPatents(
                new PatentRequest("ZL202010123456.7", PatentKind.INVENTION, PatentStatus.GRANTED, null),
                new PatentRequest("ZL202010123456.7X", PatentKind.SOFTWARE_COPYRIGHT, PatentStatus.GRANTED, null)));
        assertThat(e.code()).isEqualTo("PATENT_NUMBER_FORMAT");
        assertThat(e.field()).isEqualTo("patents[1].number");
    }

    @Test
    void aPatentKindOtherThanItsNumberSaysIsRefusedOnTheKind() {
        // 2023 2 …: the kind digit 2 is a utility model's
        ProblemException e = refused(withPatents(
                new PatentRequest("ZL202320123456.1", PatentKind.INVENTION, PatentStatus.GRANTED, null)));
        assertThat(e.code()).isEqualTo("PATENT_KIND_MISMATCH");
        assertThat(e.field()).isEqualTo("patents[0].kind");
        assertThat(IpRules.kindOf("ZL93301234.5")).isEqualTo(PatentKind.DESIGN);
        assertThat(IpRules.kindOf("2021SR0123456")).isNull();
    }

    @Test
    void rightsOfEveryKindAreKeptNormalised() {
        ResultContent content = withPatents(
                new PatentRequest(" cn202310123456.7 ", PatentKind.INVENTION, PatentStatus.PENDING, " "),
                new PatentRequest("2021SR0123456", PatentKind.SOFTWARE_COPYRIGHT, PatentStatus.GRANTED, "控制软件V1.0"),
                new PatentRequest("CNA20191234.5", PatentKind.PLANT_VARIETY, PatentStatus.LAPSED, "桂糖42号"))
                .toContent();
        assertThat(content.patents()).extracting(Patent::number)
                .containsExactly("CN202310123456.7", "2021SR0123456", "CNA20191234.5");
        assertThat(content.patents().get(0).title()).isNull();
    }

    @Test
    void aContactWithNeitherPhoneNorEmailIsRefusedOnTheContact() {
        ResultRequest r = new ResultRequest("赤泥", "摘要", "ALUMINIUM", Maturity.PILOT, 6,
                List.of(TransferMode.LICENSE), null, true, null,
                List.of(new Contact("韦工", "13912345678", null, ContactVisibility.PUBLIC),
                        new Contact("黄工", " ", null, ContactVisibility.SIGNED_IN)),
                List.of(new Inventor(" 黄明 ", " ")), "451000", null);
        ProblemException e = refused(r);
        assertThat(e.code()).isEqualTo("CONTACT_WITHOUT_MEANS");
        assertThat(e.field()).isEqualTo("contacts[1]");
    }

    @Test
    void inventorsAreKeptInTheirOrderTrimmed() {
        ResultRequest r = new ResultRequest("赤泥", "摘要", "ALUMINIUM", Maturity.PILOT, 6,
                List.of(TransferMode.LICENSE), null, true, null, null,
                List.of(new Inventor(" 黄明 ", " "), new Inventor("李华", "广西大学")), "451000", null);
        assertThat(r.toContent().inventors()).containsExactly(new Inventor("黄明", null), new Inventor("李华", "广西大学"));
    }

    private static ResultRequest request(BigDecimal price, boolean negotiable, List<TransferMode> modes) {
        return new ResultRequest(" 赤泥制备路基材料技术 ", "利用氧化铝厂赤泥制备道路基层材料。", "ALUMINIUM", Maturity.PILOT, 6,
                modes, price, negotiable, null, null, null, "451000", null);
    }

    private static ResultRequest withPatents(PatentRequest... patents) {
        return new ResultRequest("赤泥", "摘要", "ALUMINIUM", Maturity.PILOT, 6, List.of(TransferMode.LICENSE), null,
                true, List.of(patents), null, null, "451000", null);
    }

    private static ProblemException refused(ResultRequest request) {
        ProblemException e = catchThrowableOfType(ProblemException.class, request::toContent);
        assertThat(e).as("refused").isNotNull();
        return e;
    }
}
