package gx.techmarket.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatentNumbersTest {

    @Test
    void aPatentNumberIsZlAndAnApplicationNumberWithItsCheckCharacter() {
        assertThat(PatentNumbers.isPatentNumber("ZL201910563278.2")).isTrue();
        assertThat(PatentNumbers.isPatentNumber("ZL202310123456.6")).isTrue();
        assertThat(PatentNumbers.isPatentNumber("ZL99123456.1")).isTrue();
        assertThat(PatentNumbers.isPatentNumber("ZL202310123402.X")).isTrue();
    }

    @Test
    void aWrongCheckCharacterOrFormIsRefused() {
        assertThat(PatentNumbers.isPatentNumber("ZL202310123456.7")).isFalse();
        assertThat(PatentNumbers.isPatentNumber("ZL201910563278.3")).isFalse();
        assertThat(PatentNumbers.isPatentNumber("201910563278.2")).isFalse();
        assertThat(PatentNumbers.isPatentNumber("ZL2019105632782")).isFalse();
        assertThat(PatentNumbers.isPatentNumber("ZL20191056327.2")).isFalse();
        assertThat(PatentNumbers.isPatentNumber(null)).isFalse();
    }

    @Test
    void anApplicationNumberHasNoPrefix() {
        assertThat(PatentNumbers.isApplicationNumber("201910563278.2")).isTrue();
        assertThat(PatentNumbers.isApplicationNumber("99123456.1")).isTrue();
        assertThat(PatentNumbers.isApplicationNumber("ZL201910563278.2")).isFalse();
        assertThat(PatentNumbers.isApplicationNumber("99123456.2")).isFalse();
    }
}
