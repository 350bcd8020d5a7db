package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What a challenge's pages show beyond the challenge itself, asked from their templates ({@code
 * inject:challengeFacts}): its published 评审办法, its version history and its call. Each is a {@link Section}, so a
 * challenge without a method yet, or bidding not answering, leaves that part out instead of failing the page.
 */
@Named("challengeFacts")
@RequestScoped
public class ChallengeFacts {

    @Inject
    @RestClient
    PublicCallsClient open;

    @Inject
    @RestClient
    OpsClient ops;

    @Inject
    Viewer viewer;

    public Section<MethodView> method(UUID challengeId) {
        return Section.load(() -> open.method(challengeId));
    }

    public Section<List<VersionView>> versions(UUID challengeId) {
        return Section.load(() -> open.versions(challengeId));
    }

    /** The challenge's call: a draft call only for its operators (as the service decides), otherwise published. */
    public Section<CallView> call(UUID callId) {
        if (callId == null) {
            return new Section<>(null, null, false);
        }
        return Section.load(() -> viewer.signedIn() ? ops.call(callId) : open.call(callId));
    }
}
