package gx.techmarket.subsidy.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The payment file read back cell by cell: one row per payee, amounts exact text, accounts as text, 大写. */
class PaymentFileTest {

    static List<List<String>> read(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void shouldListEachPayeeWithItsVerifiedAccountAmountInFiguresAndWordsAndReference() throws IOException {
        byte[] file = PaymentFile.write(new PaymentFile.Header("BF2026000012", "INTERMEDIARY_SUBSIDY", 2026,
                new BigDecimal("880050.50"), "province.admin", Instant.parse("2026-12-08T02:00:00Z")), List.of(
                new PaymentFile.Row(1, "广西技术转移中心有限公司", "91450100MA5P2D9E7A", "广西技术转移中心有限公司",
                        "中国工商银行南宁分行", "6222020000000000017", new BigDecimal("880000.00"), "BF2026000012-001"),
                new PaymentFile.Row(2, "柳州科创技术经纪有限公司", "91450200MA5L1B2C3D", "柳州科创技术经纪有限公司",
                        "柳州银行", "0012345678901234567", new BigDecimal("50.50"), "BF2026000012-002")));

        List<List<String>> rows = read(file);
        assertThat(rows.get(0)).containsExactly("拨付批次", "BF2026000012");
        assertThat(rows.get(2)).containsExactly("合计（元）", "880050.50", "捌拾捌万零伍拾元伍角");
        assertThat(rows.get(3).get(1)).startsWith("province.admin 2026-12-08 10:00");
        assertThat(rows.get(5)).containsExactlyElementsOf(PaymentFile.COLUMNS);
        assertThat(rows.get(6)).containsExactly("1", "广西技术转移中心有限公司", "91450100MA5P2D9E7A",
                "广西技术转移中心有限公司", "中国工商银行南宁分行", "6222020000000000017", "880000.00", "捌拾捌万元整",
                "BF2026000012-001");
        // a leading zero of an account number survives: text, not a number
        assertThat(rows.get(7)).containsExactly("2", "柳州科创技术经纪有限公司", "91450200MA5L1B2C3D",
                "柳州科创技术经纪有限公司", "柳州银行", "0012345678901234567", "50.50", "伍拾元伍角",
                "BF2026000012-002");
        assertThat(rows).hasSize(8);
    }
}
