package gx.techmarket.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The strict reading of request bodies, case by case, on a mapper set up as Quarkus sets up the services' one. */
class StrictJsonTest {

    enum Maturity { LAB, PILOT, INDUSTRIAL }

    record Party(String name, @FreeText String note) {}

    record Request(String title, @FreeText String summary, Maturity maturity, Integer trl, int count,
            BigDecimal amount, LocalDate deadline, Instant at, Boolean flag, UUID id, List<String> codes,
            @FreeText List<String> paragraphs, Party party) {}

    private final ObjectMapper json = StrictJson.configure(new ObjectMapper()
            .registerModule(new Jdk8Module()).registerModule(new JavaTimeModule()).registerModule(new ParameterNamesModule()));

    private Request read(String body) throws Exception {
        return json.readValue(body.replace('\'', '"'), Request.class);
    }

    @Test
    void shouldReadAWellFormedRequestExactly() throws Exception {
        Request r = read("{'title':'高温合金 x\\ud83d\\ude00','summary':'一\\n二\\t三\\r\\n','maturity':'PILOT','trl':7,'count':2,"
                + "'amount':100,'deadline':'2026-12-31','at':'2026-12-05T04:00:00Z','flag':true,"
                + "'id':'7c0e5a3e-4a7c-4a55-9a55-2d2f0b7f8a11','codes':['A1'],'paragraphs':['a\\nb'],"
                + "'party':{'name':'广西大学','note':'x\\ny'}}");
        assertThat(r.title()).isEqualTo("高温合金 x\uD83D\uDE00");
        assertThat(r.summary()).isEqualTo("一\n二\t三\r\n");
        assertThat(r.amount()).isEqualByComparingTo("100");
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(r.paragraphs()).containsExactly("a\nb");
        assertThat(r.party().note()).isEqualTo("x\ny");
    }

    @Test
    void shouldReadAnAmountAsANumberOrAPlainDecimalString() throws Exception {
        assertThat(read("{'amount':1200000.00}").amount()).isEqualByComparingTo("1200000.00");
        assertThat(read("{'amount':'1200000.00'}").amount()).isEqualTo(new BigDecimal("1200000.00"));
        assertThat(read("{'amount':'-0.5'}").amount()).isEqualTo(new BigDecimal("-0.5"));
        assertThat(read("{'amount':1e309}").amount()).isEqualTo(new BigDecimal("1e309"));
        assertThat(read("{'amount':1.005}").amount().scale()).isEqualTo(3);
    }

    @Test
    void shouldRefuseContentAfterTheDocument() {
        assertThatThrownBy(() -> read("{'title':'a'}{'title':'b'}")).isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("Trailing token");
        assertThatThrownBy(() -> read("{'title':'a'}}}")).isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> read("{'title':'a'} x")).isInstanceOf(JsonParseException.class);
    }

    @Test
    void shouldRefuseUnknownAndRepeatedProperties() {
        assertThatThrownBy(() -> read("{'title':'a','titel':'b'}")).isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> read("{'party':{'name':'a','role':'b'}}"))
                .isInstanceOfSatisfying(UnrecognizedPropertyException.class,
                        e -> assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
                                .containsExactly("party", "role"));
        assertThatThrownBy(() -> read("{'title':'a','title':'b'}")).isInstanceOf(JsonParseException.class)
                .hasMessageContaining("Duplicate field 'title'");
    }

    @Test
    void shouldRefuseScalarsOfTheWrongShape() {
        for (String body : List.of("{'title':123}", "{'title':true}", "{'title':1.5}", "{'maturity':3}",
                "{'maturity':'2'}", "{'maturity':'pilot'}", "{'trl':1.9}", "{'trl':2.0}", "{'trl':'7'}", "{'trl':true}",
                "{'amount':'１２３'}", "{'amount':'1e3'}", "{'amount':'NaN'}",
                "{'amount':' 1'}", "{'amount':'1.'}", "{'amount':'+1'}", "{'amount':true}", "{'deadline':20261231}",
                "{'deadline':1.5}", "{'at':1733371200000}", "{'at':'+300000-01-01T00:00:00Z'}",
                "{'deadline':'+300000-01-01'}", "{'deadline':'-0001-01-01'}", "{'deadline':''}", "{'flag':1}", "{'flag':'true'}",
                "{'id':''}", "{'id':5}", "{'codes':'A1'}", "{'codes':[1]}", "{'party':''}", "{'party':'x'}",
                "{'trl':''}", "{'amount':''}", "{'flag':''}", "{'maturity':''}")) {
            assertThatThrownBy(() -> read(body)).as(body).isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void shouldRefuseNulAndUnpairedSurrogatesEverywhere() {
        for (String body : List.of("{'title':'x\\u0000y'}", "{'summary':'x\\u0000y'}", "{'title':'x\\ud800y'}",
                "{'summary':'x\\udc00'}", "{'title':'\\ude00\\ud83d'}", "{'codes':['ok','x\\u0000']}",
                "{'party':{'note':'\\ud800'}}")) {
            assertThatThrownBy(() -> read(body)).as(body).isInstanceOf(InvalidTextException.class);
        }
    }

    @Test
    void shouldKeepTabAndLineBreaksToFreeText() throws Exception {
        for (String body : List.of("{'title':'a\\nb'}", "{'title':'a\\tb'}", "{'title':'a\\u2028b'}",
                "{'codes':['a\\rb']}", "{'party':{'name':'a\\nb'}}", "{'summary':'a\\u0007b'}",
                "{'summary':'a\\u001bb'}", "{'summary':'a\\u007fb'}", "{'summary':'a\\u0085b'}",
                "{'paragraphs':['\\u000b']}")) {
            assertThatThrownBy(() -> read(body)).as(body).isInstanceOfSatisfying(InvalidTextException.class,
                    e -> assertThat(e.violation().code()).isEqualTo("CONTROL_CHARACTER"));
        }
        assertThat(read("{'summary':'a\\tb\\r\\nc\\u2028'}").summary()).isEqualTo("a\tb\r\nc\u2028");
    }

    @Test
    void shouldNameTheFieldAndPositionOfABadCharacter() {
        assertThatThrownBy(() -> read("{'codes':['ok','ab\\u0007']}"))
                .isInstanceOfSatisfying(InvalidTextException.class, e -> {
                    assertThat(e.violation()).isEqualTo(new TextRules.Violation("CONTROL_CHARACTER", "U+0007", 3));
                    assertThat(e.getPath()).extracting(r -> r.getFieldName() != null ? r.getFieldName()
                            : String.valueOf(r.getIndex())).containsExactly("codes", "1");
                });
    }

    @Test
    void shouldRefuseDeepNestingAndOverlongNumbers() {
        String deep = "[".repeat(StrictJson.MAX_NESTING_DEPTH + 1) + "]".repeat(StrictJson.MAX_NESTING_DEPTH + 1);
        assertThatThrownBy(() -> json.readTree(deep)).isInstanceOf(StreamConstraintsException.class);
        assertThatThrownBy(() -> read("{'amount':" + "9".repeat(100) + "}"))
                .isInstanceOf(StreamConstraintsException.class);
    }

    @Test
    void shouldRefuseNonNumbers() {
        for (String body : List.of("{'amount':NaN}", "{'amount':Infinity}", "{'amount':-Infinity}", "{'trl':+1}",
                "{'trl':01}", "{'amount':.5}", "{'amount':１２３}")) {
            assertThatThrownBy(() -> read(body)).as(body).isInstanceOf(JsonParseException.class);
        }
    }
}
