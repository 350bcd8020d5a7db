package gx.techmarket.registry.review;

/** What an expert advises: register it (准予登记), refuse it (不予登记), or have it corrected (补正). */
public enum OpinionConclusion { REGISTER, REFUSE, CORRECT }
