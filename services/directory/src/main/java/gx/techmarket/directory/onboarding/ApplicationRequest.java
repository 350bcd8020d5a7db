package gx.techmarket.directory.onboarding;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.regions.RegionCode;
import gx.techmarket.platform.security.UsccCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 机构入驻申请: the organisation's 统一社会信用代码, names, kind, GB/T 2260 region, parent (a verified organisation of
 * the directory, optional), a contact, and one to five supporting documents (营业执照, 事业单位法人证书 …), each its
 * file name and its bytes (base64 in JSON). JSON like every other body of the directory, so the same strict reading
 * and the same bad-input checks apply (ADR 0015); the portal turns its multipart upload into this.
 */
public record ApplicationRequest(
        @NotNull @UsccCode String uscc,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Pattern(regexp = ".*\\S.*") String nameEn,
        @NotNull OrgKind kind,
        @NotNull @RegionCode String region,
        @UsccCode String parentUscc,
        @NotBlank @Size(max = 100) String contactName,
        /* a mainland mobile, or a landline with its area code: digits, an optional +, hyphens */
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9-]{6,19}") String contactPhone,
        @NotNull @Size(max = Documents.MAX_COUNT) List<@Valid @NotNull Document> documents) {

    /** A supporting document: the name it had on the applicant's computer, and its bytes. */
    public record Document(@NotBlank @Size(max = 255) String fileName, @NotNull byte[] content) {}

    /** The facts, stripped. */
    record Facts(String uscc, String name, String nameEn, OrgKind kind, String region, String parentUscc,
            String contactName, String contactPhone) {}

    Facts facts() {
        return new Facts(uscc, name.strip(), nameEn == null ? null : nameEn.strip(), kind, region, parentUscc,
                contactName.strip(), contactPhone.strip());
    }

    List<Documents.Upload> uploads() {
        return documents.stream().map(d -> new Documents.Upload(d.fileName(), d.content())).toList();
    }
}
