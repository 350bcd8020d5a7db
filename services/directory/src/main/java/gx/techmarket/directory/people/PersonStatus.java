package gx.techmarket.directory.people;

/** A broker's or expert's standing in its register: {@code ACTIVE} 在册, {@code SUSPENDED} 暂停 (never drawn, not listed publicly). */
public enum PersonStatus {
    ACTIVE, SUSPENDED
}
