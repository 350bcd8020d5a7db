package gx.techmarket.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows only the portal's own script files and no inline style: a template that had an
 * inline one would show a page the browser silently breaks. So no template may contain a script other than an empty
 * {@code <script type="module" src="/js/…"></script>}, a style element or attribute, an event handler attribute or a
 * javascript: URL.
 */
class TemplateRulesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern INLINE = Pattern.compile("<script(?! type=\"module\" src=\"/js/[a-z-]+\\.js\"></script>)"
            + "|<style|\\sstyle\\s*=|\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptOrStyle() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(templates).as("the templates are where this test looks").hasSizeGreaterThan(20);
        for (Path template : templates) {
            assertThat(INLINE.matcher(Files.readString(template)).find()).as("inline script or style in %s", template)
                    .isFalse();
        }
        assertThat(INLINE.matcher("<a href=\"/\" onclick=\"x()\">").find()).as("the rule catches a handler").isTrue();
        assertThat(INLINE.matcher("<script type=\"module\" src=\"/js/portal.js\">x()</script>").find())
                .as("the rule catches a script with a body").isTrue();
        assertThat(INLINE.matcher("<script type=\"module\" src=\"/js/portal.js\"></script>").find())
                .as("the rule lets a module file through").isFalse();
        assertThat(INLINE.matcher("<script type=\"module\">alert(1)</script>").find()).as("an inline module").isTrue();
    }
}
