package gx.techmarket.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.ContractCategory;
import org.junit.jupiter.api.Test;

/** The title a brokered contract gets when the broker gives none. */
class DefaultBrokeredTitleTest {

    @Test
    void aResultNamedAfterItsTechnologyIsNotGivenASecond技术() {
        assertThat(ContractService.defaultBrokeredTitle("赤泥基免烧砖制备技术", ContractCategory.TRANSFER))
                .isEqualTo("赤泥基免烧砖制备技术转让合同");
        assertThat(ContractService.defaultBrokeredTitle("甘蔗糖厂清洁生产与蔗渣高值化利用成套技术", ContractCategory.LICENSE))
                .isEqualTo("甘蔗糖厂清洁生产与蔗渣高值化利用成套技术许可合同");
    }

    @Test
    void anyOtherResultGets技术转让合同Or技术许可合同() {
        assertThat(ContractService.defaultBrokeredTitle(" 芒果深加工保鲜工艺 ", ContractCategory.TRANSFER))
                .isEqualTo("芒果深加工保鲜工艺技术转让合同");
        assertThat(ContractService.defaultBrokeredTitle("铝电解槽余热回收装置", ContractCategory.LICENSE))
                .isEqualTo("铝电解槽余热回收装置技术许可合同");
    }
}
