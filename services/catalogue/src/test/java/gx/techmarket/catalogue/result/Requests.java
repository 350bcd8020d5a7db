package gx.techmarket.catalogue.result;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as a client sends them. */
final class Requests {

    /** A university holding results in the 百色 and other sub-markets. */
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    /** Another university: not the holder. */
    static final String GUET = Tokens.of(Role.UNIVERSITY, Orgs.GUET);

    private Requests() {}

    static Map<String, Object> result(String title, String summary, String industry, String region) {
        // mutable: tests take fields out and put bad ones in
        return new HashMap<>(Map.of("title", title, "summary", summary, "industry", industry, "maturity", "PILOT",
                "trl", 6, "transferModes", List.of("TRANSFER", "LICENSE"), "askingPrice", "1200000.00",
                "priceNegotiable", false, "patents", List.of(patent("ZL202010123456.7", "INVENTION", "GRANTED")),
                "regionCode", region));
    }

    static Map<String, Object> patent(String number, String kind, String status) {
        return Map.of("number", number, "kind", kind, "status", status);
    }

    static Map<String, Object> contact(String name, String phone, String email, String visibility) {
        Map<String, Object> c = new HashMap<>(Map.of("name", name, "visibility", visibility));
        if (phone != null) {
            c.put("phone", phone);
        }
        if (email != null) {
            c.put("email", email);
        }
        return c;
    }

    static Map<String, Object> mango() {
        return result("芒果深加工与果渣综合利用技术", "以百色芒果为原料，开发芒果干、芒果汁及果渣膳食纤维的连续化加工工艺。",
                "FOOD_PROCESSING", "451000");
    }
}
