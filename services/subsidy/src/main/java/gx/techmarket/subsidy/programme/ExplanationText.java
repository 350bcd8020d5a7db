package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.problems.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@link Explanation} in words, one line per step, in zh-CN (the default) or en: the text of step {@code code}
 * with outcome {@code O} is {@code explain.<code>.<O>}, else {@code explain.<code>}, in
 * {@code explanation-messages_*.properties}, its {@code {name}} placeholders filled from the step's facts. A fact's
 * value is written in the reader's language when the bundle has {@code explain.value.<name>.<value>} (a role, a kind
 * of organisation, a relation); amounts are grouped by thousands; the fact {@code reason} also gives
 * {@code {reasonText}}, the refusal's reason in words ({@code refusal.<reason>} of the problem messages). A step
 * without a text shows its code and facts, never nothing.
 */
public final class ExplanationText {

    private static final String BUNDLE = "explanation-messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    /** The facts that are amounts in 元 (grouped by thousands when shown). */
    private static final Set<String> MONEY = Set.of("amount", "basis", "total", "nonTechnical", "exact", "cap", "result",
            "granted", "left", "minimum", "remaining", "paid", "claimed", "earlierClaims", "expense", "provinceSupport");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ExplanationText() {}

    /** The lines of {@code explanation} in {@code locale}'s language, one per step, in order; none for null. */
    public static List<String> render(Explanation explanation, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (explanation == null) {
            return lines;
        }
        for (Explanation.Step step : explanation.steps()) {
            lines.add(line(step, locale));
        }
        return lines;
    }

    /** One step in words. */
    public static String line(Explanation.Step step, Locale locale) {
        Optional<String> pattern = text("explain." + step.code() + "." + step.outcome().name(), locale)
                .or(() -> text("explain." + step.code(), locale));
        if (pattern.isEmpty()) {
            return step.code() + " " + step.outcome() + " " + step.facts();
        }
        Map<String, String> facts = step.facts();
        Matcher m = PLACEHOLDER.matcher(pattern.get());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(value(name, facts, locale)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String name, Map<String, String> facts, Locale locale) {
        if ("reasonText".equals(name) && facts.containsKey("reason")) {
            return reasonText(facts.get("reason"), locale);
        }
        String value = facts.get(name);
        if (value == null) {
            return "{" + name + "}";
        }
        // roleA, roleB: two values of one kind (role) in one step
        String kind = name.matches(".*[a-z][A-Z]") ? name.substring(0, name.length() - 1) : name;
        Optional<String> translated = text("explain.value." + kind + "." + value, locale);
        if (translated.isPresent()) {
            return translated.get();
        }
        return MONEY.contains(name) ? grouped(value) : value;
    }

    /** The refusal's reason in words, as the refusal's view shows it. */
    static String reasonText(String reason, Locale locale) {
        return Messages.text("refusal." + reason, locale).orElse(reason);
    }

    /** {@code 1234567.891} → {@code 1,234,567.891}; anything that is not a plain decimal as it is. */
    static String grouped(String amount) {
        try {
            BigDecimal value = new BigDecimal(amount);
            String plain = value.abs().toPlainString();
            int dot = plain.indexOf('.');
            String whole = dot < 0 ? plain : plain.substring(0, dot);
            String fraction = dot < 0 ? "" : plain.substring(dot);
            StringBuilder g = new StringBuilder();
            for (int i = 0; i < whole.length(); i++) {
                if (i > 0 && (whole.length() - i) % 3 == 0) {
                    g.append(',');
                }
                g.append(whole.charAt(i));
            }
            return (value.signum() < 0 ? "-" : "") + g + fraction;
        } catch (NumberFormatException notAnAmount) {
            return amount;
        }
    }

    private static Optional<String> text(String key, Locale locale) {
        Locale bundleLocale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale, classLoader(), NO_FALLBACK);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException absent) {
            return Optional.empty();
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        return tccl != null ? tccl : ExplanationText.class.getClassLoader();
    }
}
