package gx.techmarket.subsidy.payment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The directory over HTTP (config key {@code directory}), asked in pages of 100 USCCs (its limit). */
@ApplicationScoped
class RestBankAccounts implements BankAccounts {

    private static final int PAGE = 100;

    private final DirectoryResource directory;

    RestBankAccounts(@RestClient DirectoryResource directory) {
        this.directory = directory;
    }

    @Override
    public Map<String, Verified> verified(String bearer, List<String> usccs) {
        Map<String, Verified> found = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(usccs);
        for (int from = 0; from < all.size(); from += PAGE) {
            for (DirectoryResource.Account a : directory.bankAccounts(bearer,
                    all.subList(from, Math.min(all.size(), from + PAGE)))) {
                found.put(a.uscc(), new Verified(a.uscc(), a.name(), a.bankName(), a.accountNumber(), a.accountName()));
            }
        }
        return found;
    }
}
