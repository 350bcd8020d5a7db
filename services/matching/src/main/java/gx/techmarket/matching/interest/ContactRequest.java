package gx.techmarket.matching.interest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A contact the owner's side shares in the conversation: the person chooses what of theirs to give (a phone, an
 * e-mail address or both); it is written into the conversation as it is at that moment and only its parties see it.
 *
 * @param name  联系人
 * @param phone a mainland mobile (11 digits) or a landline with its area code (e.g. 0771-5551234), optional
 * @param email optional
 */
public record ContactRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 30) @Pattern(regexp = PHONE) String phone,
        @Size(max = 254) @Email String email) {

    /** 手机 1[3-9]xxxxxxxxx, or 区号-号码 with an optional extension. */
    public static final String PHONE = "^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?)$";
}
