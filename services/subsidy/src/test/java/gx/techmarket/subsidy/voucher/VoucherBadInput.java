package gx.techmarket.subsidy.voucher;

import static gx.techmarket.subsidy.voucher.Vouchers.BAISE_SME;
import static gx.techmarket.subsidy.voucher.Vouchers.LIUZHOU_SME;
import static gx.techmarket.subsidy.voucher.Vouchers.PROVIDER;
import static gx.techmarket.subsidy.voucher.Vouchers.PROVINCE;
import static gx.techmarket.subsidy.voucher.Vouchers.today;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.badinput.Endpoint;
import java.util.List;
import javax.sql.DataSource;

/**
 * The voucher endpoints for the module's bad-input kit ({@code BadInputTest}), each on fixtures made through the API
 * so that its control request (the valid body) succeeds once the bad ones were refused.
 */
public final class VoucherBadInput {

    private VoucherBadInput() {}

    public static List<Endpoint> endpoints(DataSource db, VoucherProgrammes programmes) {
        Vouchers.ensureKnown(db);
        String code = Vouchers.programmeCode("BAD_INPUT");
        programmes.open(code, Vouchers.YEAR, "200000.00", null, null);
        String roundBody = """
                {"programme":"%s","year":%d,"name":"坏输入测试批次","faceValue":"10000.00","mode":"TONGDUI",
                 "feeShare":"0.5","applyFrom":"%s","applyTo":"%s","expiresOn":"%s","eligibleQualification":"TECH_SME"}"""
                .formatted(code, Vouchers.YEAR, today(), today().plusDays(10), today().plusDays(60));
        String toApply = Vouchers.openRound(code, "10000.00", "TONGDUI", "0.50", today().plusDays(60));
        String toChoose = Vouchers.apply(LIUZHOU_SME, toApply);
        String toRedeem = Vouchers.apply(LIUZHOU_SME,
                Vouchers.openRound(code, "10000.00", "TONGYONG", "0.50", today().plusDays(60)));
        Vouchers.chooseProvider(LIUZHOU_SME, toRedeem, Orgs.GX_TECH_TRANSFER);
        ContractRegistered contract = Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_AUTO_PARTS,
                "30000.00", today());
        return List.of(
                Endpoint.body("POST", "/voucher-rounds", "/voucher-rounds", PROVINCE, roundBody),
                Endpoint.bodyless("POST", "/voucher-rounds/{id}/applications",
                        "/voucher-rounds/" + toApply + "/applications", BAISE_SME),
                Endpoint.body("POST", "/vouchers/{id}/provider", "/vouchers/" + toChoose + "/provider", LIUZHOU_SME,
                        "{\"providerUscc\":\"" + Orgs.GXU.uscc() + "\"}"),
                Endpoint.body("POST", "/vouchers/{id}/redemption", "/vouchers/" + toRedeem + "/redemption", PROVIDER,
                        """
                        {"registrationNumber":"%s","fee":"12000.00","paidOn":"%s",
                         "paymentReference":"中国工商银行回单 2026120500017"}"""
                                .formatted(contract.registrationNumber(), today())));
    }
}
