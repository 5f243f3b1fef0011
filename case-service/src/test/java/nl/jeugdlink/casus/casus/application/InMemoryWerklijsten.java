package nl.jeugdlink.casus.casus.application;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;
import nl.jeugdlink.casus.casus.domain.Werklijsten;

/** The worklists in memory, with the store's semantics: per person, a line per casus; counts the lines written. */
class InMemoryWerklijsten implements Werklijsten {

    final Map<String, Map<CasusId, Werklijstregel>> lijsten = new HashMap<>();
    int geschreven;

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
    public List<Werklijstregel> van(String medewerkerId) {
        return List.copyOf(lijsten.getOrDefault(medewerkerId, Map.of()).values());
    }
}
