package gx.techmarket.portal.bidding.call;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** The operator's edit of a published challenge: the whole content and why it changes. */
@TemplateData
public class RevisionForm extends ContentForm {

    @RestForm
    @NotBlank
    @Size(max = 1000)
    public String reason;

    OpsRequests.Revision toRequest() {
        return new OpsRequests.Revision(text(title), text(problem), text(goals), min(), max(), months(),
                deadlineInstant(), text(reason));
    }
}
