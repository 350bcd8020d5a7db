package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateExtension;

/** {@code {chars:count(value)}}: where a field's counter starts ("12 / 200"), counted as {@code maxlength} counts. */
@TemplateExtension(namespace = "chars")
public final class Chars {

    private Chars() {}

    public static int count(String text) {
        return text == null ? 0 : text.length();
    }
}
