package gx.techmarket.subsidy.claim;

import gx.techmarket.subsidy.programme.Explanation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A claim's explanation in words: one line per step, from the {@code explain.<code>} keys of
 * {@code explanation-messages} (zh-CN, or en when the caller prefers it), each {@code {fact}} replaced by the step's
 * fact; a step without a text shows its code and facts.
 */
final class ClaimExplanations {

    private static final String BUNDLE = "explanation-messages";

    private ClaimExplanations() {}

    static List<String> render(Explanation explanation, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        return explanation.steps().stream().map(step -> line(bundle, step)).toList();
    }

    private static String line(ResourceBundle bundle, Explanation.Step step) {
        String text;
        try {
            text = bundle == null ? null : bundle.getString("explain." + step.code());
        } catch (MissingResourceException missing) {
            text = null;
        }
        if (text == null) {
            return step.code() + " " + step.facts();
        }
        for (Map.Entry<String, String> fact : step.facts().entrySet()) {
            text = text.replace("{" + fact.getKey() + "}", fact.getValue());
        }
        return text;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale wanted = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        try {
            return ResourceBundle.getBundle(BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException missing) {
            return null;
        }
    }
}
