package gx.techmarket.platform.regions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    record Buyer(@RegionCode String region) {}

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"450000", "450100", "450102", "110101", "429004", "441900", "810000"})
    void acceptsEveryCodeInTheList(String code) {
        assertThat(validator.validate(new Buyer(code))).isEmpty();
    }

    @Test
    void acceptsNullSoThatNotNullDecidesWhetherTheRegionIsRequired() {
        assertThat(validator.validate(new Buyer(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000", "000000", "999999", "45010", "4501000", "45O100", "４５０１００", "110100", ""})
    void refusesCodesOutsideTheList(String code) {
        Set<ConstraintViolation<Buyer>> violations = validator.validate(new Buyer(code));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("region");
            assertThat(v.getConstraintDescriptor().getAnnotation().annotationType()).isEqualTo(RegionCode.class);
            assertThat(v.getMessageTemplate()).isEqualTo("{gx.techmarket.platform.regions.RegionCode.message}");
        });
    }

    @Test
    void theMessageHasAChineseAndAnEnglishText() {
        String key = "gx.techmarket.platform.regions.RegionCode.message";
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        assertThat(ResourceBundle.getBundle("ContributorValidationMessages", Locale.SIMPLIFIED_CHINESE, noFallback)
                .getString(key)).contains("行政区划代码");
        assertThat(ResourceBundle.getBundle("ContributorValidationMessages", Locale.ENGLISH, noFallback)
                .getString(key)).contains("GB/T 2260 region code");
        assertThat(ResourceBundle.getBundle("ContributorValidationMessages", Locale.ROOT, noFallback)
                .getString(key)).contains("行政区划代码");
    }
}
