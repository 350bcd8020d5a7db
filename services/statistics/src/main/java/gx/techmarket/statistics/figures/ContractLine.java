package gx.techmarket.statistics.figures;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One registered contract behind a figure (the drill-down): organisations only, never a person.
 *
 * @param contractId         the contract
 * @param registrationNumber 合同登记编号
 * @param title              合同名称
 * @param contractType       合同类型
 * @param typeLabel          its Chinese name
 * @param registeredOn       登记日期 (China)
 * @param sellerName         卖方
 * @param sellerRegion       its region code (or country abroad)
 * @param buyerName          买方
 * @param buyerRegion        its region code (or country abroad)
 * @param intermediaryName   中介方, if any
 * @param pointName          登记机构
 * @param totalAmount        成交额 in 元
 * @param technologyAmount   技术交易额 in 元
 */
public record ContractLine(
        UUID contractId,
        String registrationNumber,
        String title,
        String contractType,
        String typeLabel,
        LocalDate registeredOn,
        String sellerName,
        String sellerRegion,
        String buyerName,
        String buyerRegion,
        String intermediaryName,
        String pointName,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyAmount) {}
