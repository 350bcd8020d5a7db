package gx.techmarket.portal.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/**
 * The language of the current request: zh-CN unless the user chose English with {@code ?lang=en} (remembered in a
 * cookie). Pages render in it and the services are asked for it ({@code Accept-Language}), so their problem
 * messages come in the same language.
 */
@RequestScoped
public class Language {

    public static final String COOKIE = "techmarket-lang";
    public static final String ZH_CN = "zh-CN";
    public static final String EN = "en";

    private String tag = ZH_CN;
    private boolean chosenNow;
    private String path = "/";

    /** {@code zh-CN} or {@code en}; anything else is not a language the portal speaks. */
    public static String supported(String requested) {
        if (requested == null) {
            return null;
        }
        String t = requested.trim();
        if (t.equalsIgnoreCase(EN) || t.toLowerCase(Locale.ROOT).startsWith("en-")) {
            return EN;
        }
        if (t.equalsIgnoreCase(ZH_CN) || t.equalsIgnoreCase("zh") || t.toLowerCase(Locale.ROOT).startsWith("zh-")) {
            return ZH_CN;
        }
        return null;
    }

    void select(String tag, boolean chosenNow, String path) {
        this.tag = tag;
        this.chosenNow = chosenNow;
        this.path = path == null || path.isEmpty() ? "/" : path;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public boolean english() {
        return EN.equals(tag);
    }

    /** The page's path, for the language switch links (the query is dropped). */
    public String path() {
        return path;
    }

    boolean chosenNow() {
        return chosenNow;
    }
}
