package gx.techmarket.catalogue.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gx.techmarket.contracts.events.Maturity;
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
        ResultRequest patents = new ResultRequest("赤泥", "摘要", "ALUMINIUM", Maturity.PILOT, 6,
                List.of(TransferMode.LICENSE), null, true, List.of("ZL202010123456.7", "ZL202010123456.7"), "451000");
        assertThat(refused(patents).field()).isEqualTo("patentNumbers");
    }

    private static ResultRequest request(BigDecimal price, boolean negotiable, List<TransferMode> modes) {
        return new ResultRequest(" 赤泥制备路基材料技术 ", "利用氧化铝厂赤泥制备道路基层材料。", "ALUMINIUM", Maturity.PILOT, 6,
                modes, price, negotiable, null, "451000");
    }

    private static ProblemException refused(ResultRequest request) {
        ProblemException e = catchThrowableOfType(ProblemException.class, request::toContent);
        assertThat(e).as("refused").isNotNull();
        return e;
    }
}
