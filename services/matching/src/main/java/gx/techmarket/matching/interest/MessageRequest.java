package gx.techmarket.matching.interest;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message in a conversation (up to 4,000 characters, several lines). */
public record MessageRequest(@NotBlank @FreeText @Size(max = 4000) String text) {}
