package gx.techmarket.directory.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The whole list of an expert's declared relations (an empty list declares none). */
public record RelationsRequest(@NotNull @Size(max = 50) List<@NotNull @Valid RelationRequest> relations) {}
