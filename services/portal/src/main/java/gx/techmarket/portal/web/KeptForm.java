package gx.techmarket.portal.web;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A form that survives a language switch: its own buttons {@code switch-language=en|zh-CN} (posted to its action
 * with {@code ?lang=}, which selects the language) make the portal render it again as typed, in the new language,
 * instead of sending it. Errors the page showed come back too ({@code shown-errors}), from the portal's own checks in
 * the new language. With JavaScript the header's language links press these buttons ({@code js/forms.js}).
 */
public abstract class KeptForm {

    public static final String SWITCH = "switch-language";

    @RestForm(SWITCH)
    public String switchLanguage;

    @RestForm("shown-errors")
    public String shownErrors;

    /** The post is a language switch, not the form's submission. */
    public boolean switchingLanguage() {
        return switchLanguage != null && !switchLanguage.isBlank();
    }

    /** The page it was posted from showed errors. */
    public boolean hadErrors() {
        return "yes".equals(shownErrors);
    }
}
