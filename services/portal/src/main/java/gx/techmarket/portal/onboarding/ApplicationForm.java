package gx.techmarket.portal.onboarding;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * 机构入驻申请 as the newcomer fills it in (a multipart form: the documents are files); the directory checks the
 * USCC's check character, the region, the parent, and reads each document's type from its bytes.
 */
@TemplateData
public class ApplicationForm {

    public static final int MAX_DOCUMENTS = 5;

    @RestForm
    @NotBlank
    @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}")
    public String uscc;

    @RestForm
    @NotBlank
    @Size(max = 200)
    public String name;

    @RestForm
    @Size(max = 200)
    public String nameEn;

    @RestForm
    @NotBlank
    @Pattern(regexp = "UNIVERSITY|INSTITUTE|ENTERPRISE|AGENCY|REGISTRY|GOVERNMENT|SOCIETY")
    public String kind = "ENTERPRISE";

    @RestForm
    @NotBlank
    @Pattern(regexp = "[1-8][0-9]{5}")
    public String region;

    @RestForm
    @Pattern(regexp = "|[0-9A-HJ-NPQRTUWXY]{18}")
    public String parentUscc;

    @RestForm
    @NotBlank
    @Size(max = 100)
    public String contactName;

    @RestForm
    @NotBlank
    @Pattern(regexp = "\\+?[0-9][0-9-]{6,19}")
    public String contactPhone;

    @RestForm("documents")
    public List<FileUpload> documents;

    OnboardingClient.NewApplication toRequest() {
        List<OnboardingClient.NewDocument> files = new ArrayList<>();
        if (documents != null) {
            for (FileUpload f : documents) {
                if (f.size() > 0) { // a file input left empty still sends an empty part
                    files.add(new OnboardingClient.NewDocument(f.fileName(), Base64.getEncoder().encodeToString(read(f))));
                }
            }
        }
        return new OnboardingClient.NewApplication(uscc.strip(), name.strip(), blank(nameEn), kind, region.strip(),
                blank(parentUscc), contactName.strip(), contactPhone.strip(), files);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static byte[] read(FileUpload f) {
        try {
            return Files.readAllBytes(f.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
