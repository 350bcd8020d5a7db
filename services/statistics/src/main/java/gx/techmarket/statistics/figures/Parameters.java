package gx.techmarket.statistics.figures;

import gx.techmarket.platform.problems.ProblemException;
import java.util.Set;

/** The query of a figure: only the parameters it knows, each value one it knows. */
public final class Parameters {

    private Parameters() {}

    /** 400 {@code UNKNOWN_PARAMETER} naming the first parameter the figure does not take. */
    public static void only(Set<String> given, Set<String> known) {
        for (String name : given) {
            if (!known.contains(name)) {
                throw ProblemException.badRequest("UNKNOWN_PARAMETER", name).withField(name, "UNKNOWN_PARAMETER");
            }
        }
    }

    /** The constant of {@code type} named {@code value}; 400 {@code UNKNOWN_FILTER_VALUE} if there is none. */
    public static <E extends Enum<E>> E value(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw ProblemException.badRequest("UNKNOWN_FILTER_VALUE", field, value).withField(field, "UNKNOWN_FILTER_VALUE");
    }
}
