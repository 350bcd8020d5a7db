package gx.techmarket.platform.it;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;

/** What an overloaded service answers, whatever ran out: 503 SERVICE_BUSY, retry in a second, in the caller's language. */
final class ServiceBusy {

    private ServiceBusy() {}

    /** The refusal as a zh-CN caller gets it for a request to {@code instance}. */
    static ValidatableResponse assertInChinese(ValidatableResponse response, String instance) {
        return response.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("urn:techmarket:problem:service-busy"))
                .body("code", equalTo("SERVICE_BUSY"))
                .body("status", equalTo(503))
                .body("title", equalTo("服务繁忙"))
                .body("detail", equalTo("服务繁忙，请稍后重试（约 1 秒后）。"))
                .body("instance", equalTo(instance));
    }
}
