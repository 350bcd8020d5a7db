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
                .isEqualTo("Result is DRAFT and cannot become PUBLISHED.");
        assertThat(Messages.title("NO_SUCH_CODE", Messages.ZH_CN)).isEqualTo("请求失败");
    }

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
