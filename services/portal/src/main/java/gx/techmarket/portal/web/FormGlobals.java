package gx.techmarket.portal.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** What the forms' templates need besides their data: the success message to show, and text lengths. */
@TemplateGlobal
public class FormGlobals {

    static Flash flash() {
        return Arc.container().instance(Flash.class).get();
    }
}
