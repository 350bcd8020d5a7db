package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateExtension;

/** {@code view.can('submit')} in templates, for every view that lists its actions. */
@TemplateExtension
public class Actions {

    private Actions() {}

    public static boolean can(Actionable view, String action) {
        return view.can(action);
    }
}
