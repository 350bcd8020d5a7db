package gx.techmarket.platform.spreadsheet;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The kernel's own cell messages, in zh-CN (the default) and en. */
public final class CellMessages {

    private static final String BUNDLE = "gx.techmarket.platform.spreadsheet.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CellMessages() {}

    /** The message of cell code {@code code} with its arguments. */
    public static String text(String code, Locale locale, Object... args) {
        Locale l = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, l, CellMessages.class.getClassLoader(), NO_FALLBACK)
                    .getString(code);
            return new MessageFormat(pattern, l).format(args);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
