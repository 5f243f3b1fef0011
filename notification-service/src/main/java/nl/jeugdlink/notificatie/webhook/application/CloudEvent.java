package nl.jeugdlink.notificatie.webhook.application;

import nl.jeugdlink.notificatie.webhook.domain.Gebeurtenis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A feed entry as a CloudEvent 1.0 in structured JSON mode, with the attributes the NL GOV profile asks for
 * (source as the producer's URN, subject = the casus, time, datacontenttype) and the {@code sequence} extension
 * (the provider's own feed number, also the cursor of the change feed).
 */
public final class CloudEvent {

    private CloudEvent() {
    }

    public static ObjectNode node(Gebeurtenis g, JsonMapper json) {
        ObjectNode e = json.createObjectNode();
        e.put("specversion", "1.0");
        e.put("id", g.id());
        e.put("source", g.bron());
        e.put("type", g.type());
        e.put("subject", g.casusId());
        e.put("time", g.tijd().toString());
        e.put("datacontenttype", "application/json");
        e.put("sequence", Long.toString(g.volgnummer()));
        e.put("sequencetype", "Integer");
        JsonNode data = json.readTree(g.data());
        e.set("data", data);
        return e;
    }

    public static String structured(Gebeurtenis g, JsonMapper json) {
        return json.writeValueAsString(node(g, json));
    }
}
