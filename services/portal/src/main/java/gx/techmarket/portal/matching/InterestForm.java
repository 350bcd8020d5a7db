package gx.techmarket.portal.matching;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** 表达意向: the listing and the first message to its owner (the service's limits). */
@TemplateData
public class InterestForm {

    public static final int MESSAGE_MAX = 4000;

    @RestForm
    @NotBlank
    @Pattern(regexp = "[0-9a-fA-F-]{36}")
    public String listingId;

    @RestForm
    @NotBlank
    @Size(max = MESSAGE_MAX)
    public String message;

    MatchingClient.NewInterest toRequest() {
        return new MatchingClient.NewInterest(UUID.fromString(listingId), message.strip());
    }
}
