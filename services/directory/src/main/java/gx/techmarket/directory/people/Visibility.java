package gx.techmarket.directory.people;

/**
 * Who may see one contact detail of a person (个人信息保护法: each person chooses, field by field): {@code PUBLIC}
 * 公开 (anyone, the public list too), {@code SIGNED_IN} 仅登录用户 (any signed-in user of the market),
 * {@code PRIVATE} 仅本人和管理员 (the person, and those who keep its entry: its agency's users for a broker, the
 * admins of the sub-market).
 */
public enum Visibility {
    PUBLIC, SIGNED_IN, PRIVATE;

    /** How much of a person a reader may see. */
    public enum Reader {
        /** Nobody signed in: the public list. */
        ANONYMOUS,
        /** A signed-in user who neither is the person nor keeps its entry. */
        SIGNED_IN,
        /** The person itself, or one who keeps its entry. */
        KEEPER
    }

    /** Whether a detail of this visibility is shown to {@code reader}. */
    public boolean shownTo(Reader reader) {
        return switch (this) {
            case PUBLIC -> true;
            case SIGNED_IN -> reader != Reader.ANONYMOUS;
            case PRIVATE -> reader == Reader.KEEPER;
        };
    }
}
