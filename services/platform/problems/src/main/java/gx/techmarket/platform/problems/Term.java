package gx.techmarket.platform.problems;

/**
 * A word of the domain given to a problem text as an argument (an entity's name, a state), written in the reader's
 * language from the {@code term.*} keys of the message bundles: {@code term.<key>} first, then each {@code fallbacks}
 * key, else {@code shown} as it is. So a Chinese text reads "科技成果当前处于“草稿”状态", never "Result当前处于“DRAFT”状态".
 */
public record Term(String key, String shown, String... fallbacks) {

    /** An entity's name ({@code Result}, {@code Contract}): {@code term.Result}. */
    public static Term entity(String entity) {
        return new Term(entity, entity);
    }

    /** A state of an entity: {@code term.Result.DRAFT}, else the state's common name {@code term.status.DRAFT}. */
    public static Term state(String entity, Enum<?> state) {
        return new Term(entity + "." + state.name(), state.name(), "status." + state.name());
    }

    @Override
    public String toString() {
        return shown;
    }
}
