package nl.jeugdlink.casus.casus.application;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;
import nl.jeugdlink.casus.casus.domain.Werklijsten;

/** The worklists in memory, with the store's semantics: per person, a line per casus; counts the lines written. */
class InMemoryWerklijsten implements Werklijsten {

    final Map<String, Map<CasusId, Werklijstregel>> lijsten = new HashMap<>();
    int geschreven;
    boolean opgebouwd;

    @Override
    public void werkBij(CasusId casusId, Map<String, Werklijstregel> voor, Map<String, Werklijstregel> na) {
        na.forEach((m, regel) -> {
            if (!regel.equals(voor.get(m))) {
                lijsten.computeIfAbsent(m, k -> new LinkedHashMap<>()).put(casusId, regel);
                geschreven++;
            }
        });
        voor.keySet().stream().filter(m -> !na.containsKey(m)).forEach(m -> {
            lijsten.getOrDefault(m, new HashMap<>()).remove(casusId);
            geschreven++;
        });
    }

    @Override
    public long herbouw(Stream<Casusregels> casussen) {
        long[] aantal = {0};
        casussen.forEach(casus -> {
            aantal[0]++;
            lijsten.values().forEach(lijst -> lijst.remove(casus.casusId()));
            casus.regels().forEach((m, regel) -> lijsten.computeIfAbsent(m, k -> new LinkedHashMap<>()).put(casus.casusId(), regel));
        });
        opgebouwd = true;
        return aantal[0];
    }

    @Override
    public boolean opgebouwd() {
        return opgebouwd;
    }

    @Override
    public List<Werklijstregel> van(String medewerkerId) {
        return List.copyOf(lijsten.getOrDefault(medewerkerId, Map.of()).values());
    }
}
