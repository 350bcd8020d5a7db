package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.domain.AmountInWords;
import gx.techmarket.platform.domain.MarketClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 拨付文件: an approved batch as the bank's bulk payment takes it, one row per payee the bank pays: 序号, 收款单位,
 * 统一社会信用代码, 账户名, 开户行, 账号, 金额（元）, 大写金额, 用途（附言 = the payee's reference in the batch). Above the
 * rows, the batch: number, programme, year, total in figures and in words, who approved it and when. Amounts are
 * the exact decimal text with two decimals, account numbers text (no digit lost to a spreadsheet number).
 */
final class PaymentFile {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PaymentFile() {}

    record Header(String number, String programmeCode, int budgetYear, BigDecimal total, String approvedBy,
            Instant approvedAt) {}

    record Row(int lineNo, String payeeName, String payeeUscc, String accountName, String bankName,
            String accountNumber, BigDecimal amount, String reference) {}

    static final List<String> COLUMNS = List.of("序号", "收款单位", "统一社会信用代码", "账户名", "开户行", "账号",
            "金额（元）", "大写金额", "用途（附言）");

    static byte[] write(Header header, List<Row> rows) {
        return Workbooks.write("拨付清单", sheet -> {
            Workbooks.Styles styles = Workbooks.styles(sheet);
            int r = 0;
            r = Workbooks.pair(sheet, r, "拨付批次", header.number());
            r = Workbooks.pair(sheet, r, "补助项目", header.programmeCode() + "（" + header.budgetYear() + "年度）");
            org.apache.poi.ss.usermodel.Row total = sheet.createRow(r++);
            total.createCell(0).setCellValue("合计（元）");
            Workbooks.money(total, 1, header.total(), styles);
            total.createCell(2).setCellValue(AmountInWords.of(header.total()));
            r = Workbooks.pair(sheet, r, "审批", (header.approvedBy() == null ? "" : header.approvedBy()) + " "
                    + (header.approvedAt() == null ? "" : WHEN.format(header.approvedAt().atZone(MarketClock.CHINA))));
            r++;
            Workbooks.header(sheet, r++, COLUMNS, styles);
            for (Row row : rows) {
                org.apache.poi.ss.usermodel.Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.lineNo());
                x.createCell(1).setCellValue(row.payeeName());
                x.createCell(2).setCellValue(row.payeeUscc());
                x.createCell(3).setCellValue(row.accountName());
                x.createCell(4).setCellValue(row.bankName());
                x.createCell(5).setCellValue(row.accountNumber());
                Workbooks.money(x, 6, row.amount(), styles);
                x.createCell(7).setCellValue(AmountInWords.of(row.amount()));
                x.createCell(8).setCellValue(row.reference());
            }
            Workbooks.widths(sheet, 6, 34, 22, 34, 28, 24, 16, 36, 20);
        });
    }
}
