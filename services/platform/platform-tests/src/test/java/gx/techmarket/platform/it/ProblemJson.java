package gx.techmarket.platform.it;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.util.Locale;

/** The RFC 9457 problem every refusal is, checked field by field (ADR 0004). */
final class ProblemJson {

    private ProblemJson() {}

    /**
     * A problem+json answer with {@code status} and {@code code} (its type the code in lower-kebab case), titled in
     * {@code language}, about the request to {@code instance}.
     */
    static ValidatableResponse assertProblem(ValidatableResponse response, int status, String code, String language,
            String title, String instance) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("Content-Language", language)
                .body("type", equalTo("urn:techmarket:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')))
                .body("code", equalTo(code))
                .body("status", equalTo(status))
                .body("title", equalTo(title))
                .body("instance", equalTo(instance));
    }

    /** What an overloaded service answers a zh-CN caller, whatever ran out: 503 SERVICE_BUSY, retry in a second. */
    static ValidatableResponse assertBusyInChinese(ValidatableResponse response, String instance) {
        return assertProblem(response, 503, "SERVICE_BUSY", "zh-CN", "服务繁忙", instance)
                .header("Retry-After", "1")
                .body("detail", equalTo("服务繁忙，请稍后重试（约 1 秒后）。"));
    }
}
