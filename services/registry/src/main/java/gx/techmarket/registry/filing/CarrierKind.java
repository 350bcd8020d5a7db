package gx.techmarket.registry.filing;

/**
 * 技术载体: what may come with the technology as part of its price without being deducted as non-technical (the 2001
 * 规则 and the 2026 rules alike): a reasonable quantity only, so test equipment at most two sets.
 */
public enum CarrierKind {
    /** 存档资料: documents, drawings, data for archiving. */
    DOCUMENTS,
    /** 载体、菌种、品种: media, strains or varieties needed for tests. */
    MEDIA,
    /** 试验设备: one or two sets of equipment or test apparatus. */
    TEST_EQUIPMENT;

    /** The most sets of test equipment that still count as a carrier. */
    public static final int MAX_TEST_EQUIPMENT_SETS = 2;
}
