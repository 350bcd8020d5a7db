package gx.techmarket.subsidy.payment;

import java.util.List;

/** 对账单 as .xlsx: the beneficiary and year, the opening balances, one row per entry, the closing balances. */
final class StatementFile {

    private StatementFile() {}

    static final List<String> COLUMNS = List.of("日期", "补助项目", "事项", "说明", "应付金额变动（元）",
            "应收追回变动（元）", "应付余额（元）", "应收追回余额（元）");

    static byte[] write(Statement st) {
        return Workbooks.write("对账单", sheet -> {
            Workbooks.Styles styles = Workbooks.styles(sheet);
            int r = 0;
            r = Workbooks.pair(sheet, r, "单位", st.beneficiaryName() + "（" + st.beneficiaryUscc() + "）");
            r = Workbooks.pair(sheet, r, "年度", String.valueOf(st.year()));
            org.apache.poi.ss.usermodel.Row opening = sheet.createRow(r++);
            opening.createCell(0).setCellValue("期初");
            Workbooks.money(opening, 6, st.openingOwed(), styles);
            Workbooks.money(opening, 7, st.openingOwedBack(), styles);
            Workbooks.header(sheet, r++, COLUMNS, styles);
            for (Statement.Line line : st.lines()) {
                org.apache.poi.ss.usermodel.Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(line.date().toString());
                x.createCell(1).setCellValue(line.programmeCode());
                x.createCell(2).setCellValue(what(line.what()));
                x.createCell(3).setCellValue(line.description());
                Workbooks.money(x, 4, line.amount(), styles);
                Workbooks.money(x, 5, line.owedBack(), styles);
                Workbooks.money(x, 6, line.balance(), styles);
                Workbooks.money(x, 7, line.owedBackBalance(), styles);
            }
            org.apache.poi.ss.usermodel.Row closing = sheet.createRow(r);
            closing.createCell(0).setCellValue("期末");
            Workbooks.money(closing, 6, st.closingOwed(), styles);
            Workbooks.money(closing, 7, st.closingOwedBack(), styles);
            Workbooks.widths(sheet, 12, 36, 12, 60, 18, 18, 18, 18);
        });
    }

    /** The kind of entry in words. */
    static String what(String entryKind) {
        return switch (entryKind) {
            case "GRANT" -> "补助核准";
            case "VOUCHER_REDEMPTION" -> "创新券兑付";
            case "REVERSAL" -> "冲销";
            case "PAYMENT" -> "拨付";
            case "RECEIVABLE_RAISED" -> "应收追回";
            case "REPAYMENT" -> "追回款退回";
            default -> entryKind;
        };
    }
}
