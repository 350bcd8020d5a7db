package gx.techmarket.portal.web;

import jakarta.enterprise.context.RequestScoped;

/** The CSRF token of the current request, for the hidden field of every form. */
@RequestScoped
public class CsrfToken {

    private String value;
    private boolean issuedNow;

    void use(String value, boolean issuedNow) {
        this.value = value;
        this.issuedNow = issuedNow;
    }

    public String value() {
        return value;
    }

    boolean issuedNow() {
        return issuedNow;
    }
}
