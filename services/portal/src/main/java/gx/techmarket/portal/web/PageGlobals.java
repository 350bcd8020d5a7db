package gx.techmarket.portal.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** What every page's layout needs: who is signed in, the language, the page's address and the form token. */
@TemplateGlobal
public class PageGlobals {

    static Viewer viewer() {
        return Arc.container().instance(Viewer.class).get();
    }

    static Language lang() {
        return Arc.container().instance(Language.class).get();
    }

    static Here here() {
        return Arc.container().instance(Here.class).get();
    }

    static String csrfField() {
        return CsrfProtection.FIELD;
    }

    static String csrfToken() {
        String value = Arc.container().instance(CsrfToken.class).get().value();
        return value == null ? "" : value;
    }
}
