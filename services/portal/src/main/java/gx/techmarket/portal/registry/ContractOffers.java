package gx.techmarket.portal.registry;

import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Whether the registry offers the signed-in broker to draft a brokered contract on a result: its {@code brokered}
 * action on the result as the registry knows it (a broker of another organisation than the holder's, the result still
 * listed and offered for transfer or licence). The result's own page asks it in its template
 * ({@code inject:contractOffers.offered(result.id)}); only brokers cause a call. A result the registry does not know
 * yet, or the registry not answering, offers nothing.
 */
@Named("contractOffers")
@RequestScoped
public class ContractOffers {

    @Inject
    @RestClient
    RegistryClient registry;

    @Inject
    Viewer viewer;

    public boolean offered(UUID resultId) {
        if (!viewer.broker()) {
            return false;
        }
        Section<BrokerableResultView> known = Section.load(() -> registry.brokerable(resultId));
        return known.ok() && known.value().can("brokered");
    }
}
