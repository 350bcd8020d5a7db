package gx.techmarket.platform.testing.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BadCasesTest {

    private static final String VALID = "{\"title\":\"甘蔗\",\"amount\":\"12.50\",\"trl\":3,\"maturity\":\"PILOT\","
            + "\"signedOn\":\"2026-12-01\",\"open\":true,\"items\":[{\"name\":\"设备\",\"price\":1}]}";

    private final Map<String, String> cases = BadCases.forBody(VALID).stream().collect(Collectors.toMap(
            BadCase::name, c -> c.body() == null ? "" : new String(c.body(), StandardCharsets.UTF_8),
            (a, b) -> { throw new IllegalStateException("two cases named alike: " + a); }));

    @Test
    void shouldPunchEachTextFieldWithTheBadCharactersAsJsonEscapes() {
        assertThat(cases.get("title: NUL")).contains("\"title\":\"a\\u0000b\"").contains("\"amount\":\"12.50\"");
        assertThat(cases.get("title: an unpaired high surrogate")).contains("\"title\":\"x\\ud800y\"");
        assertThat(cases.get("items[0].name: BEL")).contains("\"items\":[{\"name\":\"a\\u0007b\",\"price\":1}]");
        assertThat(cases.get("title: " + BadCases.OVERLONG + " characters")).hasSizeGreaterThan(BadCases.OVERLONG);
        assertThat(cases.get("title: a number for a string")).contains("\"title\":123");
    }

    @Test
    void shouldAttackTypedValuesByTheirShape() {
        assertThat(cases.get("amount: three decimals")).contains("\"amount\":1.005");
        assertThat(cases.get("amount: full-width digits")).contains("\"amount\":\"１２３\"");
        assertThat(cases).doesNotContainKey("amount: NUL");
        assertThat(cases.get("trl: 1e309")).contains("\"trl\":1e309");
        assertThat(cases.get("maturity: an integer for an enum")).contains("\"maturity\":3");
        assertThat(cases.get("signedOn: a number for a date")).contains("\"signedOn\":20261231");
        assertThat(cases.get("open: a string for a flag")).contains("\"open\":\"true\"");
        assertThat(cases.get("items: a string for a list")).contains("\"items\":\"x\"");
    }

    @Test
    void shouldAddUnknownAndRepeatedPropertiesToEveryObject() {
        assertThat(cases.get("the body: an unknown property")).endsWith(",\"unexpectedField\":\"x\"}");
        assertThat(cases.get("items[0]: an unknown property")).contains("\"price\":1,\"unexpectedField\":\"x\"}");
        assertThat(cases.get("the body: title twice")).startsWith("{\"title\":\"甘蔗\"").endsWith(",\"title\":\"甘蔗\"}");
        assertThat(cases.get("items[0]: name twice")).contains("{\"name\":\"设备\",\"price\":1,\"name\":\"设备\"}");
    }

    @Test
    void shouldDamageTheWholeBody() {
        assertThat(cases.get("a second document after the first")).isEqualTo(VALID + VALID);
        assertThat(cases.get("closing braces after the document")).isEqualTo(VALID + "}}}}");
        assertThat(cases.get("title: a raw line feed")).contains("\"title\":\"a\nb\"");
        byte[] utf8 = BadCases.forBody(VALID).stream().filter(c -> c.name().equals("title: invalid UTF-8"))
                .findFirst().orElseThrow().body();
        assertThat(new String(utf8, StandardCharsets.ISO_8859_1)).contains("\"title\":\"a\u00C3(b\"");
        Map<String, BadCase> byName = BadCases.forBody(VALID).stream()
                .collect(Collectors.toMap(BadCase::name, Function.identity()));
        assertThat(byName.get("2 MB chunked").chunked()).isTrue();
        assertThat(byName.get("2 MB chunked").body()).hasSize(BadCases.TWO_MEGABYTES);
        assertThat(byName.get("the body as text/plain").contentType()).isEqualTo("text/plain");
    }

    @Test
    void shouldSendBodylessActionsABodyEachWay() {
        List<BadCase> bodyless = BadCases.forBodyless();
        assertThat(bodyless).extracting(BadCase::chunked).contains(true, false);
        assertThat(bodyless).allMatch(c -> c.body() != null && c.body().length > 0);
    }
}
