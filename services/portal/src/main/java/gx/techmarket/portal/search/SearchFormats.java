package gx.techmarket.portal.search;

import gx.techmarket.platform.regions.GbT2260;
import io.quarkus.qute.TemplateExtension;

/** What the search pages print of a code the message bundles do not name. */
@TemplateExtension
public class SearchFormats {

    private SearchFormats() {}

    /** The name of a GB/T 2260 region (a county such as 靖西市), or the code itself when it is not one. */
    static String regionName(String code) {
        return GbT2260.nameOf(code).orElse(code);
    }
}
