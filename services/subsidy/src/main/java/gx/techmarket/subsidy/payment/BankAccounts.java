package gx.techmarket.subsidy.payment;

import java.util.List;
import java.util.Map;

/**
 * The directory's verified bank accounts (机构库: 已核验收款账户), asked with the caller's own bearer token so the
 * directory applies its own rule (admins only). Replaced by a fake in tests.
 */
public interface BankAccounts {

    /** A verified account of a verified organisation. */
    record Verified(String uscc, String name, String bankName, String accountNumber, String accountName) {}

    /** The verified accounts among {@code usccs}, by USCC; an organisation without one is absent. */
    Map<String, Verified> verified(String bearer, List<String> usccs);
}
