package gx.techmarket.portal.bidding.bid;

import gx.techmarket.portal.directory.OrganisationPicker;
import gx.techmarket.portal.directory.OrganisationSummary;
import gx.techmarket.portal.directory.OrganisationView;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Section;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The bid form's consortium picker ({@code inject:memberPicker} in {@code ChallengePages/detail.html}): the verified
 * organisations the directory finds for the words searched, and the name of each member chosen by USCC. Whether a
 * member may join the bid (verified, not affiliated with the demander, in no other bid) is the bidding service's to
 * say; its problem names the member ({@code members[i]}) and the form shows it next to that member.
 */
@Named("memberPicker")
@RequestScoped
public class MemberPicker {

    @Inject
    OrganisationPicker.Chosen directory;

    /** The organisations matching {@code q} (none for an empty search, without asking the directory). */
    public Section<Page<OrganisationSummary>> find(String q) {
        return directory.find(q);
    }

    /** A chosen member as the directory shows it (not ok for a USCC the directory does not know). */
    public Section<OrganisationView> named(String uscc) {
        return directory.of(uscc);
    }
}
