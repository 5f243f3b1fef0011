package nl.jeugdlink.routing.contract.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.routing.contract.domain.Contract;
import nl.jeugdlink.routing.contract.domain.Contracten;
import org.jspecify.annotations.Nullable;

/** The back office keeps its municipality's contract register; a toewijzing is checked against it. Who may is decided before. */
public class BijhoudenContracten {

    /** What the register says about care at a provider. */
    public enum Dekking {
        /** The municipality keeps no register yet: nothing to check against. */
        GEEN_REGISTER,
        GECONTRACTEERD,
        NIET_GECONTRACTEERD
    }

    private final Contracten contracten;

    public BijhoudenContracten(Contracten contracten) {
        this.contracten = contracten;
    }

    /** @throws OngeldigContract with every rule broken; nothing is stored then */
    public Contract bewaar(Contract contract) {
        List<Contract.Overtreding> fouten = contract.controleer();
        if (!fouten.isEmpty()) {
            throw new OngeldigContract(fouten);
        }
        contracten.bewaar(contract);
        return contract;
    }

    public Optional<Contract> find(String gemeenteCode, String agbCode) {
        return contracten.find(gemeenteCode, agbCode);
    }

    /** Two reads by {@code _id}: the provider's contract, and only without one whether the municipality keeps a register. */
    public Dekking dekking(String gemeenteCode, String agbCode, @Nullable String categorie, @Nullable String code, LocalDate ingangsdatum) {
        Optional<Contract> contract = contracten.find(gemeenteCode, agbCode);
        if (contract.isPresent()) {
            return contract.get().dekt(categorie, code, ingangsdatum) ? Dekking.GECONTRACTEERD : Dekking.NIET_GECONTRACTEERD;
        }
        return contracten.heeftRegister(gemeenteCode) ? Dekking.NIET_GECONTRACTEERD : Dekking.GEEN_REGISTER;
    }

    public static class OngeldigContract extends RuntimeException {
        private final List<Contract.Overtreding> fouten;

        public OngeldigContract(List<Contract.Overtreding> fouten) {
            super(fouten.toString());
            this.fouten = List.copyOf(fouten);
        }

        public List<Contract.Overtreding> fouten() {
            return fouten;
        }
    }
}
