package gx.techmarket.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyCodeSpeaksBothLanguages() throws Exception {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE);
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
        }
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsChosenWhenPreferred() {
        assertThat(Messages.negotiate(List.of())).isEqualTo(Messages.ZH_CN);
        assertThat(Messages.negotiate(null)).isEqualTo(Messages.ZH_CN);
        assertThat(Messages.negotiate(List.of(Locale.FRENCH))).isEqualTo(Messages.ZH_CN);
        assertThat(Messages.negotiate(List.of(Locale.forLanguageTag("en-GB"), Locale.CHINA))).isEqualTo(Messages.EN);
        assertThat(Messages.negotiate(List.of(Locale.forLanguageTag("zh-TW"), Locale.ENGLISH))).isEqualTo(Messages.ZH_CN);
    }

    @Test
    void detailsFillInTheirArguments() {
        assertThat(Messages.detail("ILLEGAL_STATE_TRANSITION", Messages.EN, "Result", "DRAFT", "PUBLISHED"))
                .isEqualTo("Result is “DRAFT” and cannot become “PUBLISHED”.");
        assertThat(Messages.title("NO_SUCH_CODE", Messages.ZH_CN)).isEqualTo("请求失败");
    }

    @Test
    void theWordsOfTheDomainAreWrittenInTheReadersLanguage() {
        ProblemException refused = ProblemException.illegalTransition("Result", Thread.State.NEW,
                Thread.State.RUNNABLE);
        // a state without a term of its own keeps its name
        assertThat(Messages.detail(refused.code(), Messages.ZH_CN, refused.args()))
                .isEqualTo("科技成果当前处于“NEW”状态，不能变更为“RUNNABLE”。");
        Object[] contract = {Term.entity("Contract"), Term.state("Contract", Status.SUBMITTED),
            Term.state("Contract", Status.REGISTERED)};
        assertThat(Messages.detail("ILLEGAL_STATE_TRANSITION", Messages.ZH_CN, contract))
                .isEqualTo("技术合同当前处于“已提交”状态，不能变更为“已登记”。");
        assertThat(Messages.detail("ILLEGAL_STATE_TRANSITION", Messages.EN, contract))
                .isEqualTo("The contract is “submitted” and cannot become “registered”.");
        // an entity's own word for a state wins over the common one
        assertThat(Messages.detail("ILLEGAL_STATE_TRANSITION", Messages.ZH_CN, Term.entity("Result"),
                Term.state("Result", Status.SUBMITTED), Term.state("Result", Status.REGISTERED)))
                .isEqualTo("科技成果当前处于“待审核”状态，不能变更为“已登记”。");
        assertThat(Messages.detail("ILLEGAL_STATE_TRANSITION", Messages.ZH_CN, Term.entity("Note"),
                Term.state("Note", Status.SUBMITTED), Term.state("Note", Status.REGISTERED)))
                .as("an entity without a term keeps its name").startsWith("Note当前处于“已提交”状态");
    }

    private enum Status { SUBMITTED, REGISTERED }

    @Test
    void aProblemExceptionNeedsAnErrorStatus() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProblemException(200, "OK"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ProblemException.conflict("BID_AFTER_DEADLINE").status()).isEqualTo(409);
        assertThat(Problem.typeOf("BID_AFTER_DEADLINE").toString()).isEqualTo("urn:techmarket:problem:bid-after-deadline");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
