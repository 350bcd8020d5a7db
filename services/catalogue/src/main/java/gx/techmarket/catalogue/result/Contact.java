package gx.techmarket.catalogue.result;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 联系人 of a result: a name, a phone and/or an e-mail, and who may see them ({@link ContactVisibility}). A phone is
 * a mobile number ({@code 13912345678}, optionally {@code +86}) or a landline with its area code
 * ({@code 0771-3232123}, optionally an extension {@code -802}).
 */
public record Contact(
        @NotBlank @Size(max = 50) String name,
        @Pattern(regexp = PHONE) @Size(max = 30) String phone,
        @Email @Size(max = 254) String email,
        @NotNull ContactVisibility visibility) {

    static final String PHONE = "(\\+86[- ]?)?1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?";

    /** The contact as kept: trimmed, empty fields as absent. */
    Contact normalised() {
        return new Contact(name.strip(), blankToNull(phone), blankToNull(email), visibility);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
