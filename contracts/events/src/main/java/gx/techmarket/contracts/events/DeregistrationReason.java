package gx.techmarket.contracts.events;

/** Why a registration is cancelled (注销登记). */
public enum DeregistrationReason {
    /** 合同解除: the parties rescinded the contract. */
    RESCINDED,
    /** 合同无效或被撤销: the contract is void, or was annulled. */
    VOID
}
