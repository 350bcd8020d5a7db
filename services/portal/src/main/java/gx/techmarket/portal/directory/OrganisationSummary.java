package gx.techmarket.portal.directory;

import io.quarkus.qute.TemplateData;

/** An organisation in a list of the directory (the admins' list, the directory picker). */
@TemplateData
public record OrganisationSummary(String uscc, String name, String nameEn, String kind, String region,
        String regionName, String parentUscc, String status) {

    /** For the rows template, which marks each row with its id. */
    public String id() {
        return uscc;
    }
}
