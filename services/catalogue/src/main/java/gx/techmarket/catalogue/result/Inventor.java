package gx.techmarket.catalogue.result;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 完成人: a person who made the result, and the organisation they made it at; their order is the list's. */
public record Inventor(@NotBlank @Size(max = 50) String name, @Size(max = 200) String affiliation) {

    Inventor normalised() {
        return new Inventor(name.strip(), affiliation == null || affiliation.isBlank() ? null : affiliation.strip());
    }
}
