package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.escalatie.termijn.domain.Velden;
import tools.jackson.databind.JsonNode;

/** A payload's fields by JSON pointer (RFC 6901), with {@code *} as a step over every element of an array. */
final class JsonVelden implements Velden {

    private final JsonNode payload;

    JsonVelden(JsonNode payload) {
        this.payload = payload;
    }

    @Override
    public Optional<String> tekst(String pointer) {
        List<String> teksten = teksten(pointer);
        return teksten.isEmpty() ? Optional.empty() : Optional.of(teksten.getFirst());
    }

    @Override
    public List<String> teksten(String pointer) {
        List<JsonNode> knopen = List.of(payload);
        for (String stap : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/")) {
            List<JsonNode> volgende = new ArrayList<>();
            for (JsonNode knoop : knopen) {
                if ("*".equals(stap)) {
                    knoop.values().forEach(volgende::add);
                } else {
                    JsonNode kind = knoop.isArray() && stap.chars().allMatch(Character::isDigit) ? knoop.get(Integer.parseInt(stap))
                            : knoop.get(stap.replace("~1", "/").replace("~0", "~"));
                    if (kind != null) {
                        volgende.add(kind);
                    }
                }
            }
            knopen = volgende;
        }
        return knopen.stream().filter(k -> k.isValueNode() && !k.isNull()).map(JsonNode::asString).toList();
    }
}
