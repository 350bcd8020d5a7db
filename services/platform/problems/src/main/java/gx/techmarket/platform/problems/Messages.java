package gx.techmarket.platform.problems;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Problem texts in zh-CN (the default) and en. A service adds its own codes in {@code problem-messages*.properties}
 * at the root of its classpath; the platform's shared codes come from this package's bundle.
 */
public final class Messages {

    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;

    private static final String SERVICE_BUNDLE = "problem-messages";
    private static final String PLATFORM_BUNDLE = "gx.techmarket.platform.problems.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /** The first of the caller's acceptable languages that we speak; zh-CN when none is named or none fits. */
    public static Locale negotiate(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale l : acceptable) {
                if ("zh".equals(l.getLanguage())) {
                    return ZH_CN;
                }
                if ("en".equals(l.getLanguage())) {
                    return EN;
                }
            }
        }
        return ZH_CN;
    }

    /** The title of a code (short, no arguments). */
    public static String title(String code, Locale locale) {
        return lookup(code + ".title", locale).orElseGet(() -> lookup("UNKNOWN.title", locale).orElse(code));
    }

    /** The detail of a code with its arguments filled in; falls back to the title. */
    public static String detail(String code, Locale locale, Object... args) {
        return lookup(code + ".detail", locale)
                .map(pattern -> new MessageFormat(pattern, locale).format(words(args, locale)))
                .orElseGet(() -> title(code, locale));
    }

    /** The text of a single field error (e.g. a validation constraint). */
    public static Optional<String> text(String key, Locale locale, Object... args) {
        return lookup(key, locale).map(p -> new MessageFormat(p, locale).format(words(args, locale)));
    }

    /** The arguments with each {@link Term} written in the reader's language. */
    private static Object[] words(Object[] args, Locale locale) {
        if (args == null) {
            return new Object[0];
        }
        Object[] written = args.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof Term term) {
                written[i] = term(term, locale);
            }
        }
        return written;
    }

    private static String term(Term term, Locale locale) {
        Optional<String> found = lookup("term." + term.key(), locale);
        for (String fallback : term.fallbacks()) {
            if (found.isPresent()) {
                break;
            }
            found = lookup("term." + fallback, locale);
        }
        return found.orElse(term.shown());
    }

    private static Optional<String> lookup(String key, Locale locale) {
        Locale bundleLocale = "en".equals(locale.getLanguage()) ? EN : ZH_CN;
        for (String base : new String[] {SERVICE_BUNDLE, PLATFORM_BUNDLE}) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(base, bundleLocale, classLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return Optional.of(bundle.getString(key));
                }
            } catch (MissingResourceException absent) {
                // this bundle (usually a service's own) does not exist: try the next
            }
        }
        return Optional.empty();
    }

    private static ClassLoader classLoader() {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        return tccl != null ? tccl : Messages.class.getClassLoader();
    }
}
