package nl.jeugdlink.routing.ijw.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The retourcodes a received message earns, on the level iJw puts them: the message (header), the
 * client, and each requested product by its ReferentieAanbieder. No code at all means accepted, which
 * the retour says with 0200 (geen opmerking). A code appears once per level.
 */
public final class Beoordeling {

    private final List<Retourcode> bericht = new ArrayList<>();
    private final List<Retourcode> client = new ArrayList<>();
    private final Map<String, List<Retourcode>> producten = new LinkedHashMap<>();

    public void bericht(Retourcode code) {
        voegToe(bericht, code);
    }

    public void client(Retourcode code) {
        voegToe(client, code);
    }

    public void product(String referentieAanbieder, Retourcode code) {
        voegToe(producten.computeIfAbsent(referentieAanbieder, r -> new ArrayList<>()), code);
    }

    private static void voegToe(List<Retourcode> codes, Retourcode code) {
        // iJw allows three codes per level; the first three found are the ones named.
        if (codes.stream().noneMatch(c -> c.code().equals(code.code())) && codes.size() < 3) {
            codes.add(code);
        }
    }

    public boolean isAfgekeurd() {
        return !bericht.isEmpty() || !client.isEmpty() || !producten.isEmpty();
    }

    public List<Retourcode> bericht() {
        return List.copyOf(bericht);
    }

    public List<Retourcode> client() {
        return List.copyOf(client);
    }

    public Map<String, List<Retourcode>> producten() {
        Map<String, List<Retourcode>> kopie = new LinkedHashMap<>();
        producten.forEach((ref, codes) -> kopie.put(ref, List.copyOf(codes)));
        return kopie;
    }

    /** Every code given, for counting and logging. */
    public List<Retourcode> alle() {
        List<Retourcode> alle = new ArrayList<>(bericht);
        alle.addAll(client);
        producten.values().forEach(alle::addAll);
        return alle;
    }
}
