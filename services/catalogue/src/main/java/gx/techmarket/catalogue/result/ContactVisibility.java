package gx.techmarket.catalogue.result;

/** Who may see a contact of a result: the person's own choice, kept by the holder. */
public enum ContactVisibility {
    /** 公开: anyone, also visitors who have not signed in. */
    PUBLIC,
    /** 登录用户可见: signed-in users of the market. */
    SIGNED_IN,
    /** 仅在意向洽谈中由持有方提供: shown to nobody outside the holder until the holder shares it in a conversation. */
    ON_REQUEST;

    /** Whether a reader of {@code audience} sees a contact of this visibility. */
    boolean shownTo(Audience audience) {
        return switch (audience) {
            case HOLDER_OR_OPERATOR -> true;
            case SIGNED_IN -> this != ON_REQUEST;
            case PUBLIC -> this == PUBLIC;
        };
    }

    /** Who reads a result: the public front, a signed-in user, or its holder's users and the operators of its region. */
    enum Audience {
        PUBLIC,
        SIGNED_IN,
        HOLDER_OR_OPERATOR
    }
}
