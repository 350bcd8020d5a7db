package gx.techmarket.portal.web;

/** The realm roles of the techmarket realm. */
public final class Roles {

    public static final String UNIVERSITY = "university";
    public static final String ENTERPRISE = "enterprise";
    public static final String BROKER = "broker";
    public static final String REGISTRAR = "registrar";
    public static final String EXPERT = "expert";
    public static final String ADMIN = "admin";

    private Roles() {}
}
