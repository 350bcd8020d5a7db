package gx.techmarket.portal.directory;

import java.time.LocalDate;

/** Bodies sent to the directory. */
final class DirectoryRequests {

    private DirectoryRequests() {}

    /** The whole set of an organisation's facts (an admin's edit). */
    record Edit(String name, String nameEn, String kind, String region, String parentUscc) {}

    record Reason(String reason) {}

    record Grant(String kind, String number, LocalDate validFrom, LocalDate validTo) {}
}
