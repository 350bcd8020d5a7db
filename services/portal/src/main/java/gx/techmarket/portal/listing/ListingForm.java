package gx.techmarket.portal.listing;

import gx.techmarket.portal.web.KeptForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A listing's form as typed, kept as text so a refused form comes back as the user left it: the title and region
 * every listing has; each kind adds its own fields and turns them all into its service's request.
 */
public abstract class ListingForm<R> extends KeptForm {

    @RestForm
    @NotBlank
    @Size(max = 200)
    public String title;

    @RestForm
    @NotBlank
    public String regionCode;

    /** The request the form becomes once the portal's own checks pass. */
    public abstract R toRequest();
}
