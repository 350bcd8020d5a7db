package gx.techmarket.catalogue.result;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as a client sends them. */
final class Requests {

    private Requests() {}

    static Map<String, Object> result(String title, String summary, String industry, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", summary);
        body.put("industry", industry);
        body.put("maturity", "PILOT");
        body.put("trl", 6);
        body.put("transferModes", List.of("TRANSFER", "LICENSE"));
        body.put("askingPrice", "1200000.00");
        body.put("priceNegotiable", false);
        body.put("patentNumbers", List.of("ZL202010123456.7"));
        body.put("regionCode", region);
        return body;
    }

    static Map<String, Object> mango() {
        return result("芒果深加工与果渣综合利用技术", "以百色芒果为原料，开发芒果干、芒果汁及果渣膳食纤维的连续化加工工艺。",
                "FOOD_PROCESSING", "451000");
    }
}
