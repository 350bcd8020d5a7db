package gx.techmarket.portal.home;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The workbench: per list of the user's roles its first rows and its total (the overview's counts link to the full
 * lists), and the contracts waiting for the user's filing.
 */
@TemplateData
record Home(List<Preview> previews, Section<Page<?>> contractsToFile) {

    /** The first rows of one work list; its {@code total} is the count the overview shows. */
    @TemplateData
    record Preview(WorkList list, Section<Page<?>> found) {

        public long count() {
            return found.ok() ? found.value().total() : -1;
        }
    }
}
