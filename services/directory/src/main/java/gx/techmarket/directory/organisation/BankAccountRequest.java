package gx.techmarket.directory.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The account payments go to: 开户行, 账号 (8–32 digits), 账户名. */
public record BankAccountRequest(
        @NotBlank @Size(max = 100) String bankName,
        @NotNull @Pattern(regexp = "[0-9]{8,32}") String accountNumber,
        @NotBlank @Size(max = 200) String accountName) {}
