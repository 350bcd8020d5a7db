package gx.techmarket.subsidy.ledger;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A ledger account, named by its code: {@code APPROPRIATION:<programme>:<year>}, {@code BUDGET:<programme>:<year>},
 * {@code BANK:<programme>:<year>}, {@code VOUCHER:<programme>:<year>}, or, per beneficiary,
 * {@code PAYABLE:<programme>:<uscc>} and {@code RECEIVABLE:<programme>:<uscc>}.
 */
public record Account(AccountKind kind, String programmeCode, Integer budgetYear, String ownerUscc) {

    private static final Pattern PROGRAMME = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");
    private static final Pattern USCC = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$");

    public Account {
        Objects.requireNonNull(kind, "kind");
        if (programmeCode == null || !PROGRAMME.matcher(programmeCode).matches() || programmeCode.length() > 64) {
            throw new IllegalArgumentException("'" + programmeCode + "' is not a programme code");
        }
        if (kind.perBeneficiary()) {
            if (ownerUscc == null || !USCC.matcher(ownerUscc).matches() || budgetYear != null) {
                throw new IllegalArgumentException("a " + kind + " account names its owner's USCC and no year");
            }
        } else if (budgetYear == null || budgetYear < 2000 || budgetYear > 2100 || ownerUscc != null) {
            throw new IllegalArgumentException("a " + kind + " account names a budget year and no owner");
        }
    }

    public static Account budget(String programmeCode, int year) {
        return new Account(AccountKind.BUDGET, programmeCode, year, null);
    }

    public static Account appropriation(String programmeCode, int year) {
        return new Account(AccountKind.APPROPRIATION, programmeCode, year, null);
    }

    public static Account payable(String programmeCode, String beneficiaryUscc) {
        return new Account(AccountKind.PAYABLE, programmeCode, null, beneficiaryUscc);
    }

    public static Account bank(String programmeCode, int year) {
        return new Account(AccountKind.BANK, programmeCode, year, null);
    }

    public static Account voucher(String programmeCode, int year) {
        return new Account(AccountKind.VOUCHER, programmeCode, year, null);
    }

    public static Account receivable(String programmeCode, String beneficiaryUscc) {
        return new Account(AccountKind.RECEIVABLE, programmeCode, null, beneficiaryUscc);
    }

    /** The account a stored code names. */
    public static Account parse(String code) {
        String[] parts = Objects.requireNonNull(code, "code").split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + code + "' is not an account code");
        }
        AccountKind kind = AccountKind.valueOf(parts[0]);
        return kind.perBeneficiary() ? new Account(kind, parts[1], null, parts[2])
                : new Account(kind, parts[1], Integer.valueOf(parts[2]), null);
    }

    /** The account's code as stored, e.g. {@code PAYABLE:INTERMEDIARY_SUBSIDY:91450100MA5P2D9E7A}. */
    public String code() {
        return kind.name() + ':' + programmeCode + ':' + (kind.perBeneficiary() ? ownerUscc : budgetYear);
    }
}
