package gx.techmarket.subsidy.payment;

import gx.techmarket.contracts.events.Party;
import io.quarkus.test.Mock;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The directory's verified bank accounts as a payment batch sees them, in tests: an organisation has a verified
 * account once {@link #verify} gave it one. Every bearer asked with is kept, to check that the admin's own token was
 * sent.
 */
@Mock
@Singleton
public class FakeBankAccounts implements BankAccounts {

    private final Map<String, Verified> accounts = new ConcurrentHashMap<>();
    private final List<String> bearers = new CopyOnWriteArrayList<>();

    /** Gives {@code org} a verified account; returns its number. */
    public String verify(Party org) {
        String number = "6222" + org.uscc().replaceAll("[^0-9]", "").substring(0, 8) + "0000017";
        accounts.put(org.uscc(), new Verified(org.uscc(), org.name(), "中国工商银行南宁分行", number, org.name()));
        return number;
    }

    public void forget(String uscc) {
        accounts.remove(uscc);
    }

    public List<String> bearers() {
        return List.copyOf(bearers);
    }

    @Override
    public Map<String, Verified> verified(String bearer, List<String> usccs) {
        bearers.add(bearer);
        Map<String, Verified> found = new LinkedHashMap<>();
        usccs.stream().filter(accounts::containsKey).forEach(u -> found.put(u, accounts.get(u)));
        return found;
    }
}
