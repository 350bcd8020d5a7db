package gx.techmarket.portal.bidding;

import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.KeptForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** A bid as typed: price in 元, plan summary, duration in months. */
@TemplateData
public class BidForm extends KeptForm {

    @RestForm
    @NotBlank
    @Pattern(regexp = Amounts.PATTERN)
    public String price;

    @RestForm
    @NotBlank
    @Size(max = 5000)
    public String planSummary;

    @RestForm
    @NotBlank
    @Pattern(regexp = "[0-9]{1,3}")
    public String durationMonths;

    BiddingRequests.NewBid toRequest() {
        return new BiddingRequests.NewBid(Amounts.parse(price), planSummary.strip(),
                Integer.valueOf(durationMonths.strip()));
    }
}
