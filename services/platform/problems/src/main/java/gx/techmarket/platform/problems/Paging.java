package gx.techmarket.platform.problems;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The page of a list a client asks for, {@code ?page&size} ({@code @Valid @BeanParam Paging paging}): pages count from
 * 0, 20 items by default and at most 100; no page beyond 10,000, which no reader needs and an offset scan should not
 * be made to pay for. A value out of range is 400 {@code VALIDATION_FAILED} on field {@code page} or {@code size}.
 */
public class Paging {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(10_000)
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    int size;

    public Paging() {
        this(0, 20);
    }

    private Paging(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** A page asked for in code (a test, a caller inside the service), not read from a request. */
    public static Paging of(int page, int size) {
        return new Paging(page, size);
    }

    /** Index of the page's first item in the whole list. */
    public int offset() {
        return page * size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}
