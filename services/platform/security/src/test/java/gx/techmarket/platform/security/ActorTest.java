package gx.techmarket.platform.security;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    static final Party GUILIN_SUGAR = new Party("91450300MA5KC7Q12L", "桂林桂糖制糖有限公司",
            OrgKind.ENTERPRISE, "450300", "91450100MA5K3B2L5H");
    static final Party GXU = new Party("124501004985024102", "广西大学", OrgKind.UNIVERSITY, "450100", null);

    @Test
    void aProvinceAdminOperatesEverySubMarketAndACityAdminOnlyItsOwn() {
        Actor province = new Actor("u1", "admin.gx", "管理员", Set.of(Role.ADMIN),
                new Party("11450000000008344N", "广西壮族自治区科学技术厅", OrgKind.GOVERNMENT, "450000", null));
        Actor baise = new Actor("u2", "admin.baise", "管理员", Set.of(Role.ADMIN),
                new Party("11451000008012452H", "百色市科学技术局", OrgKind.GOVERNMENT, "451000", null));
        Actor enterprise = new Actor("u3", "ent", "企业用户", Set.of(Role.ENTERPRISE), GUILIN_SUGAR);

        assertThat(province.isProvinceAdmin()).isTrue();
        assertThat(province.operates("451000")).isTrue();
        assertThat(baise.isProvinceAdmin()).isFalse();
        assertThat(baise.operates("451000")).isTrue();
        assertThat(baise.operates("450100")).isFalse();
        assertThat(baise.operates("451081")).as("its counties too").isTrue();
        assertThat(enterprise.operates("450300")).isFalse();
    }

    @Test
    void aCitysSubMarketIsTheCityAndItsCountiesAndTheProvincesAlsoWhatLiesOutside() {
        SubMarket baise = SubMarket.of("451000");
        assertThat(baise.prefix()).isEqualTo("4510");
        assertThat(baise.covers("451000")).isTrue();
        assertThat(baise.covers("451002")).as("右江区").isTrue();
        assertThat(baise.covers("451081")).as("靖西市").isTrue();
        assertThat(baise.covers("450100")).isFalse();
        assertThat(baise.covers("440300")).isFalse();
        assertThat(baise.covers(null)).isFalse();
        assertThat(baise.isProvince()).isFalse();

        SubMarket province = SubMarket.of("450000");
        assertThat(province.isProvince()).isTrue();
        assertThat(province.prefix()).isEqualTo("45");
        assertThat(province.covers("451081")).isTrue();
        assertThat(province.covers("440300")).as("an out-of-province organisation is the province's business").isTrue();

        SubMarket youjiang = SubMarket.of("451002");
        assertThat(youjiang.covers("451002")).isTrue();
        assertThat(youjiang.covers("451000")).as("a county does not run its city").isFalse();
        assertThatThrownBy(() -> SubMarket.of("45100")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rolesAreImmutable() {
        Actor actor = new Actor("u", "n", "d", new java.util.HashSet<>(List.of(Role.BROKER)), GXU);
        assertThatThrownBy(() -> actor.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aServiceWithoutAnAudienceRefusesToStart() {
        assertThatThrownBy(() -> AudienceRequired.verify(true, Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("quarkus.oidc.token.audience");
        AudienceRequired.verify(true, Optional.of(List.of("techmarket-catalogue")));
        AudienceRequired.verify(false, Optional.empty());
    }
}
