package gx.techmarket.platform.domain;

import gx.techmarket.platform.problems.ProblemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A state machine's moves, each named by the action that makes it ({@code submit}: DRAFT, REJECTED → SUBMITTED).
 * The one place a service says which moves exist: the aggregate asks it before every change of state, and the
 * service's views list the actions it allows from the current state (filtered by who is asking).
 *
 * <p>A move is either <em>implemented</em> (a use case makes it) or <em>reserved</em> (part of the documented
 * lifecycle, made by nothing yet). Reserved moves are refused like any move the lifecycle does not have; asking to
 * make one is a programming error. When a use case comes to make it, its declaration changes from
 * {@link Builder#reserved} to {@link Builder#move}.
 *
 * @param <S> the state enum
 */
public final class Lifecycle<S extends Enum<S>> {

    /** One named move: from any of {@code from} to {@code to}. */
    public record Move<S extends Enum<S>>(String action, Set<S> from, S to, boolean reserved) {}

    private final String entity;
    private final Class<S> states;
    private final Map<String, Move<S>> moves;

    private Lifecycle(String entity, Class<S> states, Map<String, Move<S>> moves) {
        this.entity = entity;
        this.states = states;
        this.moves = moves;
    }

    /** A lifecycle for {@code entity} (the name in the 409 problem, e.g. {@code Result}) over {@code states}. */
    public static <S extends Enum<S>> Builder<S> of(String entity, Class<S> states) {
        return new Builder<>(entity, states);
    }

    /**
     * Makes {@code action} from {@code current}: returns the state it leads to, or refuses with 409
     * {@code ILLEGAL_STATE_TRANSITION} when the action is not possible from {@code current}.
     *
     * @throws IllegalArgumentException when the lifecycle has no such action, or it is only reserved
     */
    public S apply(String action, S current) {
        Move<S> move = implemented(action);
        if (!move.from().contains(current)) {
            throw ProblemException.illegalTransition(entity, current, move.to());
        }
        return move.to();
    }

    /** Whether {@code action} is implemented and possible from {@code current}. */
    public boolean allows(String action, S current) {
        Move<S> move = moves.get(action);
        return move != null && !move.reserved() && move.from().contains(current);
    }

    /** The implemented actions possible from {@code current}, in declaration order. */
    public List<String> actionsFrom(S current) {
        List<String> out = new ArrayList<>();
        moves.values().forEach(m -> {
            if (!m.reserved() && m.from().contains(current)) {
                out.add(m.action());
            }
        });
        return out;
    }

    /** Whether the lifecycle, implemented or reserved, leads from {@code from} to {@code to}. */
    public boolean leads(S from, S to) {
        return moves.values().stream().anyMatch(m -> m.from().contains(from) && m.to() == to);
    }

    /** Whether nothing, implemented or reserved, leaves {@code state}: it ends the life. */
    public boolean isFinal(S state) {
        return moves.values().stream().noneMatch(m -> m.from().contains(state));
    }

    /** Every move, implemented and reserved, in declaration order. */
    public List<Move<S>> moves() {
        return List.copyOf(moves.values());
    }

    public Class<S> states() {
        return states;
    }

    private Move<S> implemented(String action) {
        Move<S> move = moves.get(action);
        if (move == null) {
            throw new IllegalArgumentException(entity + " has no action '" + action + "'");
        }
        if (move.reserved()) {
            throw new IllegalArgumentException(entity + " action '" + action + "' is reserved: nothing makes it yet");
        }
        return move;
    }

    /** Declares the moves; every action name once. */
    public static final class Builder<S extends Enum<S>> {
        private final String entity;
        private final Class<S> states;
        private final Map<String, Move<S>> moves = new LinkedHashMap<>();

        private Builder(String entity, Class<S> states) {
            this.entity = Objects.requireNonNull(entity, "entity");
            this.states = Objects.requireNonNull(states, "states");
        }

        /** An implemented move: {@code action} leads from any of {@code from} to {@code to}. */
        @SafeVarargs
        public final Builder<S> move(String action, S to, S... from) {
            return add(action, to, from, false);
        }

        /** A reserved move: in the lifecycle, made by nothing yet (refused until a use case implements it). */
        @SafeVarargs
        public final Builder<S> reserved(String action, S to, S... from) {
            return add(action, to, from, true);
        }

        public Lifecycle<S> build() {
            return new Lifecycle<>(entity, states, Collections.unmodifiableMap(new LinkedHashMap<>(moves)));
        }

        private Builder<S> add(String action, S to, S[] from, boolean reserved) {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(to, "to");
            if (from.length == 0) {
                throw new IllegalArgumentException(action + " leads from no state");
            }
            Set<S> sources = EnumSet.noneOf(states);
            for (S s : from) {
                sources.add(Objects.requireNonNull(s, "from"));
            }
            if (moves.putIfAbsent(action, new Move<>(action, Collections.unmodifiableSet(sources), to, reserved))
                    != null) {
                throw new IllegalArgumentException(entity + " declares action '" + action + "' twice");
            }
            return this;
        }
    }
}
