package gx.techmarket.subsidy.voucher;

import gx.techmarket.subsidy.programme.ApprovalMode;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.GrantMode;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Set;

/** Test bean: opens a VOUCHER programme for a budget year the way the service's own code does. */
@ApplicationScoped
public class VoucherProgrammes {

    static final String CLAUSE = "《广西壮族自治区科技创新券管理办法》：科技型中小企业购买技术服务，按服务费的一定比例以创新券支付";

    private final Budgets budgets;

    VoucherProgrammes(Budgets budgets) {
        this.budgets = budgets;
    }

    /** A province-wide ({@code subMarket} null) or a city's VOUCHER programme, with an optional yearly cap. */
    public void open(String code, int year, String budget, String subMarket, String yearlyCap) {
        ProgrammeTerms terms = new ProgrammeTerms(code, RuleKind.VOUCHER, null, null, null, Set.of(), CLAUSE,
                subMarket, GrantMode.AUTOMATIC, ApprovalMode.SUB_MARKET,
                yearlyCap == null ? null : new BigDecimal(yearlyCap), null, null, null, null);
        budgets.open(terms, "科技创新券", "Innovation vouchers", year, new BigDecimal(budget));
    }
}
