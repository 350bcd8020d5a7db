package gx.techmarket.directory.people;

/** What a panel is drawn for: the registry's expert review of a contract, or the evaluation of a 揭榜 challenge. */
public enum PanelPurpose {
    REGISTRY_REVIEW, CHALLENGE_EVALUATION
}
