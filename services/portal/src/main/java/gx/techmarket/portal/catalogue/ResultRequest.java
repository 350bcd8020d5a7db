package gx.techmarket.portal.catalogue;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/** The body of {@code POST /results} and {@code PUT /results/{id}}. */
record ResultRequest(
        String title,
        String summary,
        String industry,
        String maturity,
        Integer trl,
        List<String> transferModes,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal askingPrice,
        boolean priceNegotiable,
        List<Patent> patents,
        List<Contact> contacts,
        List<Inventor> inventors,
        String regionCode,
        List<String> keywords,
        String titleEn,
        String summaryEn) {

    /** 知识产权: number, kind, status, title (optional). */
    record Patent(String number, String kind, String status, String title) {}

    /** 联系人 and who may see it. */
    record Contact(String name, String phone, String email, String visibility) {}

    /** 完成人. */
    record Inventor(String name, String affiliation) {}
}
