#!/usr/bin/env python3
"""Writes docs/asyncapi.yaml and docs/event-catalog.md from the contracts and the consumer table below.

The schemas and golden examples under contracts/*-events are the source of truth for what is
published; CONSUMERS says who reads which topic, with which binding, group and dead-letter topic.
`--check` fails when the committed documents differ from what this script would write (run by
infra/lint/lint.sh), so the docs cannot drift from the contracts.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]

# producer contract module -> (service, channel id, topic, key field, key description)
PRODUCERS = {
    "intake-events": ("intake-service", "aanmelding", "jeugdlink.intake.aanmelding", "aanmeldingId", "The aanmeldingId."),
    "case-events": ("case-service", "casus", "jeugdlink.casus.casus", "casusId",
                    "The casusId (a name-based UUID derived from the aanmeldingId)."),
    # A second topic of one contract module: "<module>#<type prefix>|<type prefix>..." takes the types with those prefixes (ADR 0031);
    # the request's deadline events (InzageverzoekOntvangen/-Voltooid) travel on the casus stream, where the escalation reads them.
    "case-events#nl.jeugdlink.casus.inzageverzoek-ingediend|nl.jeugdlink.casus.inzagedeel-geleverd": ("case-service", "inzage", "jeugdlink.casus.inzage", "verzoekId",
                    "The verzoekId of a request for a child's data (ADR 0031): its rounds and every service's part stay in order. "
                    "InzageverzoekIngediend is published by the case-service; InzagedeelGeleverd by every answering service "
                    "(the intake, the case-service itself), on the requester's contract."),
    "escalation-events": ("escalation-service", "termijn", "jeugdlink.escalatie.termijn", "aanmeldingId",
                          "The aanmeldingId of the traject: its first deadline starts before any casus exists."),
    "routing-events": ("jeugdhulp-routing-service", "toewijzing", "jeugdlink.routing.toewijzing", "casusId",
                       "The casusId: the toewijzingen of one casus are one aggregate, so a casus's toewijzingen stay in order "
                       "(an intrekking and its corrected toewijzing are two toewijzingen of one casus). A JW315 request belongs to no casus "
                       "until it is honoured: its events (JeugdhulpAangevraagd, VerzoekBeantwoord) are keyed by the verzoekId (ADR 0034)."),
    "jbt-events": ("jbt-service", "jbtVerzoek", "jeugdlink.jbt.verzoek", "casusId",
                   "The casusId (also the verzoekId: one request per casus), so a casus's request, its returns and the decision stay in order."),
}

# (service, binding, topic, event names it acts on; every other type on the topic is acknowledged and ignored)
CONSUMERS = [
    ("intake-service", "casus-in-0", "jeugdlink.casus.casus", ["CasusAfgesloten"],
     "A closed casus leaves the caseload of the professionals coupled at screening."),
    ("case-service", "aanmeldingGescreend-in-0", "jeugdlink.intake.aanmelding", ["AanmeldingGescreend"],
     "A screened, accepted referral with consent opens a casus (id derived from the aanmeldingId) with the team of the screening."),
    ("escalation-service", "aanmeldingen-in-0", "jeugdlink.intake.aanmelding",
     ["AanmeldingOntvangen", "AanmeldingGescreend", "AanmeldingAfgewezen"],
     "Starts the first-contact deadline at the referral, remembers the team, lets deadlines lapse on a decline."),
    ("escalation-service", "casussen-in-0", "jeugdlink.casus.casus",
     ["CasusGeopend", "RegisseurGekoppeld", "EersteContactGelegd", "PlanVastgesteld", "HulpIngezet", "CasusAfgesloten",
      "EvaluatieGehouden", "EvaluatieverslagVastgelegd", "InzageverzoekOntvangen", "InzageverzoekVoltooid"],
     "Meets, starts and stops deadlines from the facts of the casus, in whatever order they arrive; an evaluation starts "
     "EVALUATIEVERSLAG (its minutes within 5 working days), met by the minutes; a request for a child's data starts "
     "INZAGEVERZOEK (AVG art. 12(3)), met by its complete export."),
    ("notification-service", "aanmeldingen-in-0", "jeugdlink.intake.aanmelding",
     ["AanmeldingOntvangen", "AanmeldingGescreend", "AanmeldingAfgewezen", "GezinscontactGedeeld", "StartoverlegGepland"],
     "E-mails the referrer, the municipality's screeners (a new referral, no family data) and the coupled professionals; "
     "keeps the family's sealed addresses, encrypted at rest, and sends the family letters parked until they arrived; "
     "invites the professionals and the parents to the startoverleg."),
    ("notification-service", "casussen-in-0", "jeugdlink.casus.casus", ["CasusGeopend", "RegisseurGekoppeld", "VerslagGedeeldMetGezin", "GezinsfeedbackGevraagd"],
     "Links a casus to its referral (no mail), e-mails the regisseur of the coupling, and mails the family "
     "the summary of a conversation and the personal 'Wat werkt' feedback links, opened from their seals "
     "(parked until the family's contact is known)."),
    ("jeugdhulp-routing-service", "casussen-in-0", "jeugdlink.casus.casus", ["CasusGeopend", "CasusAfgesloten"],
     "Takes in the casus (id, referral, municipality), so the back office can assign care in it and the routing checks its municipality; after its closure no care is assigned in it."),
    ("notification-service", "termijnen-in-0", "jeugdlink.escalatie.termijn", ["TermijnOverschreden", "TermijnOpgeschaald", "TermijnOverschrijdingIngetrokken", "EscalatieverslagOpgesteld", "GezinGeinformeerdOverEscalatie"],
     "E-mails every contact in the role a passed (or escalated) deadline concerns, of the organisation it names (teamleiders when none); "
     "tells the same people, and the next person when it was escalated, that a breach is withdrawn (met on time after all, ADR 0041); "
     "the participants of an escalation meeting, kept from its minutes' event, for a breach of its minutes' term; "
     "mails each parent with a shared address in plain Dutch that the professionals escalate (situation, who, before or after)."),
    ("escalation-service", "jbtVerzoeken-in-0", "jeugdlink.jbt.verzoek",
     ["JbtVerzoekIngediend", "JbtVerzoekGepland", "JbtBesluitGenomen", "JbtVerslagGereed", "JbtEvaluatieVastgelegd"],
     "Starts the JBT_PLANNING deadline (10 working days) at a filed request, meets it with the planned talk's date, lets it lapse on a decision; "
     "a decision starts JBT_VERSLAG (met by the report) and, with an evaluation moment, JBT_EVALUATIE (met by the table's recorded evaluation)."),
    ("escalation-service", "toewijzingen-in-0", "jeugdlink.routing.toewijzing",
     ["JeugdhulpToegewezen", "ZorgaanbiederAfwijzing", "JeugdhulpGestart", "JeugdhulpGestopt", "ZoektochtIngeschakeld", "RetBesproken",
      "ZoektochtOpgeschaald", "ZoektochtAfgesloten", "JeugdhulpAangevraagd", "VerzoekBeantwoord", "JeugdhulpBepaald", "BepalingVoorgenomen",
      "BepalingAangevraagd", "LokaalTeamGeraadpleegd", "ToewijzingGewijzigd"],
     "Starts TOEWIJZING_ANTWOORD (5 working days) per toewijzing, met by the start (JW305) or the provider's decline, lapsing when the "
     "back office removes the toewijzing (ToewijzingGewijzigd with RedenWijziging 13, also a correction's old toewijzing); "
     "records START_GEMELD and STOP_GEMELD (the JW305/JW307 within 5 working days of the actual start or end); a JW315's "
     "requested product starts VERZOEK_ANTWOORD (5 working days, met by any answer) and VERZOEK_BESLUIT (2 weeks, met by a final answer), "
     "in the request's own traject (ADR 0034); a decline starts ZOEKTOCHT_STAP_5 (2 weeks, met by "
     "the RET's discussion, the escalation to the regional contact or a new toewijzing), an RET discussion without suitable care ZOEKTOCHT_STAP_6 (1 week, met by the escalation); "
     "a search in the provider network ZOEKTOCHT_STAP_6_NETWERK (3 weeks from the decline, met by the escalation or a new toewijzing); "
     "an intended bepaling starts ROUTE_301_STAP_1 / ROUTE_315_STAP_1 and ROUTE_301_STAP_2_3 (8 working days) / ROUTE_315_STAP_2_3 (3 weeks), a bepaling naming it "
     "meets them (steps 2-3 at its referral) and starts BEPALING_VERWEZEN, BEPALING_TOEWIJZING or ROUTE_301_STAP_2_4, on route 315 "
     "ROUTE_315_STAP_4 (the provider's JW315 within 5 working days, met by BepalingAangevraagd or a toewijzing under the bepaling)."),
    ("escalation-service", "escalaties-in-0", "jeugdlink.escalatie.termijn",
     ["EscalatiestapGezet", "EscalatiestapAfgerond", "EscalatieverslagOpgesteld", "EscalatieverslagGoedgekeurd"],
     "Reads its own escalation events back as facts for the clock: starts and meets the terms of the escalation steps "
     "(ESCALATIE_STAP_1, _2, _3) and of the minutes (ESCALATIE_VERSLAG)."),
    ("intake-service", "inzageverzoeken-in-0", "jeugdlink.casus.inzage", ["InzageverzoekIngediend"],
     "Answers round 1 (SLEUTELS) of a request for a child's data through the platform (ADR 0031): resolves the sealed BSN to the "
     "child's kindIds and referrals and delivers its own part, sealed for the case-service; ignores round 2."),
    ("case-service-inzagebron", "inzageverzoeken-in-0", "jeugdlink.casus.inzage", ["InzageverzoekIngediend"],
     "The case-service as an answering service (its own group beside the requester's): delivers its part of round 2 (DELEN), the "
     "child's casussen without a sibling's items or any working note, sealed for the requester."),
    ("jbt-service", "inzageverzoeken-in-0", "jeugdlink.casus.inzage", ["InzageverzoekIngediend"],
     "Delivers its part of round 2 (DELEN): the child's JBT requests (only the child's own block of the form), planning, decision, "
     "report versions and reactions, no BSN, sealed for the requester."),
    ("jeugdhulp-routing-service", "inzageverzoeken-in-0", "jeugdlink.casus.inzage", ["InzageverzoekIngediend"],
     "Delivers its part of round 2: per casus of the child its bepalingen, toewijzingen, iJw messages and declines (a casus whose client "
     "is another child: only a line), the child's JW315 requests; no BSN, sealed for the requester."),
    ("escalation-service", "inzageverzoeken-in-0", "jeugdlink.casus.inzage", ["InzageverzoekIngediend"],
     "Delivers its part of round 2: the deadlines of the child's referrals and casussen, the escalations with their steps, the family's "
     "notices and the minutes' approval state (not their text)."),
    ("notification-service", "inzageverzoeken-in-0", "jeugdlink.casus.inzage", ["InzageverzoekIngediend"],
     "Delivers its part of round 2: the messages to and about the child's family (text already dropped marked so), addresses masked, "
     "letters meant for a child counted only."),
    ("case-service", "inzagedelen-in-0", "jeugdlink.casus.inzage", ["InzagedeelGeleverd"],
     "The requester takes in every service's part (opened with the inzage-antwoord key it alone holds); the intake's part of round 1 "
     "names the child's keys and round 2 is asked with them."),
    ("case-service", "jbtVerzoeken-in-0", "jeugdlink.jbt.verzoek",
     ["JbtVerzoekIngediend", "JbtVerzoekTeruggestuurd", "JbtVerzoekGepland", "JbtBesluitGenomen"],
     "Shows on the casus that it is at the JBT and what was decided (GET /api/v1/casussen/{casusId}/jbt)."),
    ("notification-service", "jbtVerzoeken-in-0", "jeugdlink.jbt.verzoek",
     ["JbtVerzoekIngediend", "JbtVerzoekTeruggestuurd", "JbtWachttijdOverschreden", "JbtVerzoekGepland", "JbtRaadsmedewerkerToegewezen",
      "JbtBesluitGenomen", "JbtVerslagGereed", "JbtGesprekVerplaatst"],
     "Keeps who filed a request (no mail); e-mails the requester a returned request with the chair's reason and the planned talk "
     "from its begin to its end (the parents too, when the intake shared their address), everyone invited again when the talk "
     "moved, saying from when to when (ADR 0036), and the chair and the municipal contact a long wait with the "
     "neighbouring table's moments; a report version to the requester and, with their personal link opened from its seal "
     "(ADR 0011), to the parents (again with the chair's new link); the table's decision to the parents and the requester; "
     "invites the raadsmedewerker by name, the interpreter (the language to the parents only), the trusted person and the form's other "
     "invitees (ADR 0033)."),
    ("notification-service", "toewijzingen-in-0", "jeugdlink.routing.toewijzing",
     ["JeugdhulpToegewezen", "ToewijzingGewijzigd", "ZorgaanbiederAfwijzing", "JeugdhulpGestart", "JeugdhulpGestopt",
      "JeugdhulpAangevraagd", "VerzoekBeantwoord", "LeveringVerwijderd"],
     "Puts each event in the feed of the care provider its agbCode names (GET /api/v1/zorgaanbieders/{agbCode}/gebeurtenissen) "
     "and delivers it to that provider's subscriptions as a signed CloudEvent webhook (docs/webhooks.md); no other provider sees it. "
     "A decline (ZorgaanbiederAfwijzing) is also e-mailed to the back office of the municipality it names and to the youth protector "
     "it names: provider's AGB code, toewijzing, ground and reason, the day, and step 5 (provider network or Regionaal Expertteam)."),
    ("jbt-service", "casussen-in-0", "jeugdlink.casus.casus", ["CasusGeopend", "RegisseurGekoppeld", "CasusAfgesloten"],
     "Learns which casussen exist, their municipality and regisseur (who may file a request); a casus closed NAAR_JBT "
     "opens a draft request for its regisseur."),
]

DLQ_NOTE = ("The original record (key, value and `ce_*` headers unchanged) plus the binder's `x-*` headers naming the "
            "reason. Unreadable and rejected events arrive at once; other failures after 10 attempts (back-off 250 ms "
            "doubling to 10 s, about a minute in all). One partition.")


def events():
    found = []
    claimed = [entry.partition("#") for entry in PRODUCERS if "#" in entry]
    for entry, (service, channel, topic, key, key_doc) in PRODUCERS.items():
        module, _, prefix = entry.partition("#")
        base = ROOT / "contracts" / module / "src" / "main" / "resources"
        for schema_path in sorted((base / "schemas").glob("*.json")):
            schema = json.loads(schema_path.read_text())
            type_ = schema_path.stem
            if prefix and not type_.startswith(tuple(prefix.split("|"))):
                continue
            if not prefix and any(m == module and type_.startswith(tuple(p.split("|"))) for m, _, p in claimed):
                continue
            name, version = schema["title"].rsplit(" v", 1)
            found.append(dict(name=name, version=int(version), type=type_, service=service, channel=channel, topic=topic, key=key,
                              key_doc=key_doc, description=schema["description"].split(" CloudEvents type")[0],
                              schema=f"contracts/{module}/src/main/resources/schemas/{type_}.json",
                              example=f"contracts/{module}/src/main/resources/examples/{type_}.json",
                              fields=list(schema["properties"].keys())))
    return found


def q(text):
    return json.dumps(text, ensure_ascii=False)


def dlq(service, topic):
    return f"{topic}.{service}.dlq"


def ident(*parts):
    words = "-".join(parts).replace(".", "-").split("-")
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])


def asyncapi(evts):
    by_name = {e["name"]: e for e in evts}
    out = ["# Generated by infra/docs/generate-event-docs.py from the contracts; do not edit by hand.",
           "asyncapi: 3.0.0", "info:", "  title: JeugdLink events", "  version: 1.0.0", "  description: |",
           "    Every Kafka topic of the JeugdLink platform of jeugdhulpregio FoodValley: who publishes on it,",
           "    who consumes it (with which consumer group and dead-letter topic), its record key, and every",
           "    CloudEvents type on it with the JSON Schema of its payload.", "",
           "    * One topic per producing aggregate; the record key is the id of the aggregate the event is about,",
           "      so one aggregate's events stay in order.",
           "    * The envelope is CloudEvents 1.0 in binary mode, following the NL GOV profile for CloudEvents:",
           "      the attributes are `ce_*` Kafka headers, the record value is the plain JSON payload.",
           "    * Types are versioned (`...v1`); a breaking change is published as a new type next to the old.",
           "    * No event carries names, BSN, birth dates, addresses or free text.",
           "    * A consumer acknowledges and ignores types it does not act on; what it cannot read or its",
           "      domain rejects goes to its own dead-letter topic.", "",
           "    Checked by `infra/lint/lint.sh` (`asyncapi validate`). `docs/event-catalog.md` is the same in a table.",
           "  contact:", "    name: JeugdLink FoodValley", "    email: beheer@jeugdlink.foodvalley.nl", "    url: https://jeugdlink.foodvalley.nl",
           "  tags:"]
    services = sorted({e["service"] for e in evts} | {c[0] for c in CONSUMERS})
    for s in services:
        out += [f"    - name: {s}"]
    out += ["    - name: dead-letter", "      description: Messages a consumer could not apply", "",
            "defaultContentType: application/json", "", "servers:", "  local:", "    host: 127.0.0.1:9092", "    protocol: kafka",
            "    description: The single-node KRaft broker that `./jeugdlink run` starts.", "    bindings:", "      kafka:",
            "        bindingVersion: 0.5.0", "", "channels:"]
    for module, (service, channel, topic, key, key_doc) in PRODUCERS.items():
        readers = sorted({c[0] for c in CONSUMERS if c[2] == topic})
        out += [f"  {channel}:", f"    address: {topic}", f"    title: {q(topic)}",
                f"    summary: {q(f'Published by {service} through its outbox relay. Key = {key}.')}",
                f"    description: {q('Consumed by ' + ', '.join(readers) + ' (each in its own group, named after the service).' if readers else 'Not consumed by any service yet.')}",
                "    messages:"]
        for e in evts:
            if e["topic"] == topic:
                out += [f"      {ident(e['name'], 'v' + str(e['version']))}:",
                        f"        $ref: '#/components/messages/{e['name']}V{e['version']}'"]
        out += ["    bindings:", "      kafka:", "        partitions: 3", "        bindingVersion: 0.5.0"]
    for service, binding, topic, names, _ in CONSUMERS:
        cid = ident(service, binding, "dlq")
        out += [f"  {cid}:", f"    address: {dlq(service, topic)}", f"    title: {q('Dead letters of ' + service + ' from ' + topic)}",
                f"    summary: {q('What binding ' + binding + ' (group ' + service + ') could not apply.')}",
                f"    description: {q(DLQ_NOTE)}", "    messages:", "      deadLetter:", "        $ref: '#/components/messages/DeadLetter'",
                "    bindings:", "      kafka:", "        partitions: 1", "        bindingVersion: 0.5.0"]
    out += ["", "operations:"]
    for e in evts:
        msg = ident(e["name"], "v" + str(e["version"]))
        out += [f"  {ident('publish', e['name'])}:", "    action: send", "    channel:", f"      $ref: '#/channels/{e['channel']}'",
                f"    title: {q(e['service'] + ' publishes ' + e['name'])}", f"    summary: {q(e['description'])}",
                "    tags:", f"      - name: {e['service']}", "    messages:", f"      - $ref: '#/channels/{e['channel']}/messages/{msg}'"]
    for service, binding, topic, names, why in CONSUMERS:
        channel = next(p[1] for p in PRODUCERS.values() if p[2] == topic)
        out += [f"  {ident(service, 'receives', binding)}:", "    action: receive", "    channel:", f"      $ref: '#/channels/{channel}'",
                f"    title: {q(service + ' reads ' + ', '.join(names))}", f"    summary: {q('Binding ' + binding + '. ' + why)}",
                "    tags:", f"      - name: {service}", "    bindings:", "      kafka:", "        groupId:", "          type: string",
                f"          enum: [{service}]", "        bindingVersion: 0.5.0", "    messages:"]
        for n in names:
            e = by_name[n]
            out += [f"      - $ref: '#/channels/{channel}/messages/{ident(e['name'], 'v' + str(e['version']))}'"]
        cid = ident(service, binding, "dlq")
        out += [f"  {ident(service, 'deadLetters', binding)}:", "    action: send", "    channel:", f"      $ref: '#/channels/{cid}'",
                f"    title: {q(service + ' dead-letters what it cannot apply from ' + topic)}", "    tags:", f"      - name: {service}",
                "      - name: dead-letter", "    messages:", f"      - $ref: '#/channels/{cid}/messages/deadLetter'"]
    out += ["", "components:", "  messages:"]
    for e in evts:
        out += [f"    {e['name']}V{e['version']}:", f"      name: {e['name']}", f"      title: {e['name']} v{e['version']}",
                f"      summary: {q(e['description'])}", "      contentType: application/json", "      correlationId:",
                "        description: The CloudEvents id; consumers recognise a second delivery by it.",
                "        location: $message.header#/ce_id", "      headers:", "        allOf:",
                "          - $ref: '#/components/schemas/CloudEventHeaders'", "          - type: object", "            properties:",
                "              ce_type:", f"                const: {e['type']}", "              ce_source:",
                f"                const: urn:nld:jeugdlink:foodvalley:{e['service']}", "              ce_subject:",
                f"                description: {q('The ' + e['key'] + ' (same as the record key).')}", "              ce_dataschema:",
                f"                const: https://jeugdlink.nl/schemas/{e['type']}.json",
                f"      payload:", f"        $ref: '../{e['schema']}'", "      bindings:", "        kafka:", "          key:",
                "            type: string", "            format: uuid", f"            description: {q(e['key_doc'])}",
                "          bindingVersion: 0.5.0", "      examples:", "        - name: golden",
                "          summary: The producer's golden example, which every consumer replays in its tests.",
                "          payload:", f"            $ref: '../{e['example']}'"]
    out += (ROOT / "infra" / "docs" / "asyncapi-components.yaml").read_text().rstrip("\n").split("\n")
    return "\n".join(out) + "\n"


def catalog(evts):
    out = ["# Event catalog", "",
           "Generated by `infra/docs/generate-event-docs.py` from the contracts; do not edit by hand.",
           "Every event on Kafka. Envelope: CloudEvents 1.0 in binary mode (`ce_*` headers, NL GOV profile),",
           "payload plain JSON; `ce_subject` = the record key. Each type's schema `$id` (and `ce_dataschema`) is",
           "`https://jeugdlink.nl/schemas/<type>.json`. `docs/asyncapi.yaml` describes the same in AsyncAPI 3.0.", "",
           "| event | CloudEvents type | topic | key | producer | consumers (group → dead-letter topic) | schema | example |",
           "|---|---|---|---|---|---|---|---|"]
    for e in evts:
        readers = [f"{c[0]} → `{dlq(c[0], c[2])}`" for c in CONSUMERS if e["name"] in c[3]]
        out.append(f"| {e['name']} | `{e['type']}` | `{e['topic']}` | {e['key']} | {e['service']} | "
                   f"{'<br>'.join(readers) or '—'} | [schema](../{e['schema']}) | [example](../{e['example']}) |")
    out += ["", "## Payloads in short", ""]
    for e in evts:
        out.append(f"- **{e['name']} v{e['version']}** — {e['description']} Fields: {', '.join('`' + f + '`' for f in e['fields'])}.")
    out += ["", "No event carries names, BSN, birth dates, addresses or free text; children travel as a pseudonymous",
            "`kindId` with an age band.", "", "## Consumers", "", "| service | binding | topic | acts on | why | dead-letter topic |",
            "|---|---|---|---|---|---|"]
    for service, binding, topic, names, why in CONSUMERS:
        out.append(f"| {service} | `{binding}` | `{topic}` | {', '.join(names)} | {why} | `{dlq(service, topic)}` |")
    out += ["", "Not built yet: events of the 315 route (a JW315 request and its answers are kept by the routing",
            "and exchanged as iJw XML with the provider, ADR 0021, but not published)."]
    return "\n".join(out) + "\n"


def main():
    evts = events()
    targets = {ROOT / "docs" / "asyncapi.yaml": asyncapi(evts), ROOT / "docs" / "event-catalog.md": catalog(evts)}
    if "--check" in sys.argv:
        stale = [str(p.relative_to(ROOT)) for p, text in targets.items() if not p.exists() or p.read_text() != text]
        if stale:
            print("out of date (run infra/docs/generate-event-docs.py): " + ", ".join(stale), file=sys.stderr)
            sys.exit(1)
        return
    for path, text in targets.items():
        path.write_text(text)
        print("wrote", path.relative_to(ROOT))


if __name__ == "__main__":
    main()
