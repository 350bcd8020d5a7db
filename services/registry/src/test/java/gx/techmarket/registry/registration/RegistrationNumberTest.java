package gx.techmarket.registry.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistrationNumberTest {

    static final KnownPoint NANNING = KnownPoint.of("124501004983071214", "南宁市技术合同登记站", "450100", "0101");

    @Test
    void shouldLayOutYearProvinceCityPointAndSerial() {
        assertThat(RegistrationNumber.of(LocalDate.of(2026, 9, 22), NANNING, 123).format())
                .isEqualTo("26450101000123");
        assertThat(new RegistrationNumber(2026, "01", "03", 124).format()).isEqualTo("26450103000124");
        assertThat(RegistrationNumber.of(LocalDate.of(2030, 1, 1), NANNING, 999_999).format())
                .isEqualTo("30450101999999").hasSize(14);
        assertThat(new RegistrationNumber(2009, "14", "02", 1)).hasToString("09451402000001");
    }

    @Test
    void shouldNameThePointsCode() {
        assertThat(NANNING.code()).isEqualTo("0101");
    }

    @Test
    void shouldRefuseWhatDoesNotFitFourteenDigits() {
        assertThatThrownBy(() -> new RegistrationNumber(2026, "01", "01", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegistrationNumber(2026, "01", "01", 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegistrationNumber(2026, "1", "01", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegistrationNumber(2026, "01", "A1", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegistrationNumber(2100, "01", "01", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLayOutByTheRuleSetsPattern() {
        RegistrationNumber n = RegistrationNumber.of(LocalDate.of(2026, 9, 22), NANNING, 123);
        assertThat(n.format(RegistrationNumber.LEGACY_LAYOUT)).isEqualTo(n.format()).isEqualTo("26450101000123");
        assertThat(n.format("{YYYY}{PROVINCE}{CITY}{POINT}{SERIAL6}")).isEqualTo("2026450101000123").hasSize(16);
    }

    @Test
    void shouldRefuseALayoutThatCannotNumberUniquelyOrDoesNotFit() {
        for (String bad : new String[] {"", "{YY}{CITY}{POINT}", "{YY}{YYYY}{CITY}{POINT}{SERIAL6}",
                "{YYYY}{PROVINCE}{CITY}{POINT}{SERIAL6}0", "{YY}-{CITY}{POINT}{SERIAL6}", "{YY}{CITY}{POINT}{SERIAL}",
                "{YY}{CITY}{CITY}{POINT}{SERIAL6}", "{CITY}{POINT}{SERIAL6}",
                // what the events cannot carry: 45 after the year, city, point and serial last
                "{PROVINCE}{YY}{CITY}{POINT}{SERIAL6}", "{YY}{CITY}{POINT}9{SERIAL6}",
                "{YY}{PROVINCE}{POINT}{CITY}{SERIAL6}"}) {
            assertThatThrownBy(() -> RegistrationNumber.checkLayout(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> RegistrationNumber.checkLayout(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
