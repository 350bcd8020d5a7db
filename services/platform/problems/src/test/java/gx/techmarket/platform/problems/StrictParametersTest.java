package gx.techmarket.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictParametersTest {

    @SuppressWarnings("unused")
    static class Resource {
        public void list(@QueryParam("year") Integer year, @QueryParam("status") String status,
                @QueryParam("industry") List<String> industries, @BeanParam Paging paging) {}
    }

    private static Method list() throws NoSuchMethodException {
        return Resource.class.getMethod("list", Integer.class, String.class, List.class, Paging.class);
    }

    @Test
    void theFieldsOfABeanParamAreQueryParametersToo() throws Exception {
        // ?page=abc must be a 400 on page, not JAX-RS's 404 for a value it cannot convert
        assertThat(StrictParameters.integerQueryParameters(list())).containsExactly("year", "page", "size");
    }

    @Test
    void aListTakesSeveralValuesEverythingElseOne() throws Exception {
        assertThat(StrictParameters.singleQueryParameters(list())).containsExactly("year", "status", "page", "size");
    }
}
