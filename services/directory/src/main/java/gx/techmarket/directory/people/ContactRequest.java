package gx.techmarket.directory.people;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person's contact details and who may see each: a mainland mobile (11 digits) or a landline with its area code
 * ({@code 0771-5612345}); an e-mail address. Either may be absent; each visibility is required.
 */
public record ContactRequest(
        @Pattern(regexp = PHONE) String phone,
        @NotNull Visibility phoneVisibility,
        @Size(max = 100) @Pattern(regexp = EMAIL) String email,
        @NotNull Visibility emailVisibility) {

    static final String PHONE = "1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8}";
    static final String EMAIL = "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+";
}
