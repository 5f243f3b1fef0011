package nl.jeugdlink.routing.contract.domain;

import java.util.Optional;

/** The contract registers of the municipalities. */
public interface Contracten {

    /** Stores the contract, replacing the one of the same municipality and provider; the municipality then keeps a register. */
    void bewaar(Contract contract);

    Optional<Contract> find(String gemeenteCode, String agbCode);

    /** Whether the municipality keeps a register at all (has recorded a contract). */
    boolean heeftRegister(String gemeenteCode);
}
