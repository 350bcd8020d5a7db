package gx.techmarket.portal.edition;

import java.time.Instant;

/** An edition of a published catalogue as the catalogue and demand services give it (their {@code EditionView}). */
public record EditionView(String kind, String period, String periodLabel, String scope, String scopeName, String name,
        int itemCount, Instant generatedAt, FileView xlsx, FileView pdf) {

    /** A file of the edition on its service; the portal serves it under {@code /market/editions/}. */
    public record FileView(String url, String sha256, int size) {}

    /** {@code results} or {@code demands}: the portal's path segment of this edition's kind. */
    public String kindPath() {
        return "DEMANDS".equals(kind) ? "demands" : "results";
    }

    /** The portal's URL of the file with {@code extension}. */
    public String href(String extension) {
        return "/market/editions/" + kindPath() + "/" + period + "/" + scope + "." + extension;
    }
}
