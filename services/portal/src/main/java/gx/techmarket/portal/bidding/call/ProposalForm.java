package gx.techmarket.portal.bidding.call;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A proposal: from one of the caller's own published demands (技术攻关类) or results (成果转化类), and the content.
 * Both subject fields are in the form; exactly one is sent.
 */
@TemplateData
public class ProposalForm extends ContentForm {

    @RestForm
    @Pattern(regexp = "\\s*([0-9a-fA-F-]{36})?\\s*")
    public String demandId;

    @RestForm
    @Pattern(regexp = "\\s*([0-9a-fA-F-]{36})?\\s*")
    public String resultId;

    /** Whether the proposal is of a result (成果转化类), as the form was opened or sent. */
    public boolean ofResult() {
        return !missing(resultId);
    }

    public boolean selectsDemand(UUID id) {
        return id != null && id.toString().equalsIgnoreCase(demandId == null ? "" : demandId.strip());
    }

    public boolean selectsResult(UUID id) {
        return id != null && id.toString().equalsIgnoreCase(resultId == null ? "" : resultId.strip());
    }

    OpsRequests.Proposal toRequest() {
        return new OpsRequests.Proposal(ofResult() ? null : UUID.fromString(demandId.strip()),
                ofResult() ? UUID.fromString(resultId.strip()) : null, text(title), text(problem), text(goals), min(),
                max(), months(), deadlineInstant());
    }

    OpsRequests.Content toContent() {
        return new OpsRequests.Content(text(title), text(problem), text(goals), min(), max(), months(),
                deadlineInstant());
    }
}
