package gx.techmarket.registry.filing;

import gx.techmarket.platform.problems.ProblemException;
import java.util.List;

/** The rule on technology carriers: a reasonable quantity, so test equipment at most two sets in all. */
public final class Carriers {

    private Carriers() {}

    /** Refuses more than two sets of test equipment (400 {@code TEST_EQUIPMENT_ABOVE_TWO_SETS}, field carriers). */
    public static void check(List<FilingRequest.Carrier> carriers) {
        int sets = carriers.stream().filter(c -> c.kind() == CarrierKind.TEST_EQUIPMENT)
                .mapToInt(FilingRequest.Carrier::quantity).sum();
        if (sets > CarrierKind.MAX_TEST_EQUIPMENT_SETS) {
            throw ProblemException.badRequest("TEST_EQUIPMENT_ABOVE_TWO_SETS", String.valueOf(sets))
                    .withField("carriers", "TEST_EQUIPMENT_ABOVE_TWO_SETS");
        }
    }
}
