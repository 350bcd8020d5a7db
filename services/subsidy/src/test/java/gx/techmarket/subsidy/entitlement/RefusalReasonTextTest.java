package gx.techmarket.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.problems.Messages;
import gx.techmarket.subsidy.programme.Assessment;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every reason a refusal can give reads in both languages of the market (plain Java: the message bundles only). */
class RefusalReasonTextTest {

    @Test
    void everyReasonHasItsTextInChineseAndEnglish() {
        for (Assessment.Reason reason : Assessment.Reason.values()) {
            for (Locale locale : new Locale[] {Messages.ZH_CN, Messages.EN}) {
                assertThat(Messages.text(RefusalView.reasonKey(reason), locale))
                        .as("%s in %s", reason, locale).isPresent();
            }
        }
    }

    @Test
    void theAffiliatedBuyerIsToldWhyInItsLanguage() {
        assertThat(Messages.text(RefusalView.reasonKey(Assessment.Reason.BUYER_AFFILIATED_WITH_SELLER), Messages.ZH_CN))
                .contains("买方与卖方存在关联关系（同一集团或上下级单位），不享受企业购买科技成果转化后补助");
        assertThat(Messages.text(RefusalView.reasonKey(Assessment.Reason.CONTRACT_TYPE_NOT_ELIGIBLE), Messages.EN))
                .contains("The contract's type is not one the programme supports.");
    }
}
