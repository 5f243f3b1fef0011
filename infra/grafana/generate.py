#!/usr/bin/env python3
"""Writes the Grafana dashboards in infra/grafana/dashboards/ from the panel lists below.

The JSON files are what Grafana provisions (infra/grafana/provisioning/); this file is where they are
edited: one line per panel, its title, its PromQL and how to show it. `check-panels.sh` evaluates
every query of the JSON against a live Prometheus, and fails when the JSON is not what this writes.

Metric names are as Micrometer's Prometheus registry exports them from the services (every series
carries `application` and `region`); a region's figures are sums over both replicas of a service.
Usage: python3 infra/grafana/generate.py [--check]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
R = 'region=~"$region"'
RG = 'region=~"$region", gemeente=~"$gemeente"'
A = 'region=~"$region", application=~"$application"'


def panel(title, expr, kind="timeseries", legend="", unit="short", description="", extra=None):
    return {"title": title, "expr": expr, "kind": kind, "legend": legend, "unit": unit, "description": description,
            "extra": extra or []}


REGIO = [
    ("Aanmeldingen", [
        panel("Aanmeldingen per verwijzer", f"sum by (verwijzer) (increase(jeugdlink_aanmeldingen_ontvangen_total{{{RG}}}[$__range]))",
              "barchart", "{{verwijzer}}", description="Ontvangen aanmeldingen in de gekozen periode, naar organisatie van de verwijzer"),
        panel("Aanmeldingen per soort probleem", f"sum by (problematiek) (increase(jeugdlink_aanmeldingen_problematiek_total{{{RG}}}[$__range]))",
              "barchart", "{{problematiek}}", description="Een aanmelding kan meer soorten problematiek noemen"),
        panel("Aanmeldingen per gemeente", f"sum by (gemeente) (increase(jeugdlink_aanmeldingen_ontvangen_total{{{RG}}}[$__range]))",
              "barchart", "{{gemeente}}"),
        panel("Screeningsbesluiten", f"sum by (besluit, reden) (increase(jeugdlink_screening_besluiten_total{{{RG}}}[$__range]))",
              "barchart", "{{besluit}} {{reden}}"),
        panel("Kinderen per aangemeld gezin (gemiddeld)",
              f"sum(jeugdlink_aanmeldingen_kinderen_sum{{{RG}}}) / sum(jeugdlink_aanmeldingen_kinderen_count{{{RG}}})", "stat", unit="none"),
    ]),
    ("Termijnen en eerste contact", [
        panel("Werkdagen tot eerste contact (gemiddeld)",
              f"sum(jeugdlink_aanmelding_tot_eerste_contact_werkdagen_sum{{{RG}}}) / sum(jeugdlink_aanmelding_tot_eerste_contact_werkdagen_count{{{RG}}})",
              "stat", unit="none", description="Van ontvangst van de aanmelding tot het eerste gesprek met het gezin, in Nederlandse werkdagen"),
        panel("Eerste contact binnen 5 werkdagen (aandeel)",
              f'sum(jeugdlink_aanmelding_tot_eerste_contact_werkdagen_bucket{{{RG}, le="5.0"}}) / sum(jeugdlink_aanmelding_tot_eerste_contact_werkdagen_count{{{RG}}})',
              "stat", unit="percentunit"),
        # Each step's duration against its term (seed 002 Bouwsteen 5 asks the region to watch it): of the deadlines that ended in
        # the period, the share met on time per kind, and the median number of working days they took.
        panel("Op tijd gehaald per soort (periode)",
              f'sum by (soort) (increase(jeugdlink_termijnen_gestopt_total{{{RG}, uitkomst="GEHAALD"}}[$__range])) '
              f'/ sum by (soort) (increase(jeugdlink_termijnen_gestopt_total{{{RG}, uitkomst=~"GEHAALD|TE_LAAT_GEHAALD"}}[$__range]))',
              "barchart", "{{soort}}", unit="percentunit",
              description="Van de termijnen die in de periode gehaald werden: het deel binnen de termijn (vervallen termijnen tellen niet mee)"),
        panel("Werkdagen per stap (mediaan, periode)",
              f"histogram_quantile(0.5, sum by (soort, le) (increase(jeugdlink_termijnen_duur_werkdagen_bucket{{{RG}}}[$__range])))",
              "barchart", "{{soort}}", unit="none",
              description="Van start tot einde van de termijnen die in de periode eindigden, in Nederlandse werkdagen; naast de termijn van elke soort"),
        panel("Lopende termijnen per soort", f'sum by (soort) (jeugdlink_termijnen_lopend{{{RG}, status="OPEN"}})', "barchart", "{{soort}}"),
        panel("Overschreden en nog open, per soort", f'sum by (soort) (jeugdlink_termijnen_lopend{{{RG}, status="OVERSCHREDEN"}})',
              "barchart", "{{soort}}"),
        panel("Open termijnen en open overschrijdingen",
              f"sum(jeugdlink_termijnen_open{{{R}}})", "timeseries", "open",
              extra=[(f"sum(jeugdlink_termijnen_open_overschreden{{{R}}})", "overschreden")]),
        # A breach later met on time by a fact that arrived late is withdrawn, not uncounted (ADR 0041): shown beside the breaches,
        # 0 per kind while none was withdrawn.
        panel("Overschrijdingen per soort (periode)", f"sum by (soort) (increase(jeugdlink_termijnen_overschreden_total{{{RG}}}[$__range]))",
              "barchart", "{{soort}}", description="Ingetrokken: later toch op tijd gehaald (ADR 0041); staande overschrijdingen = overschreden - ingetrokken",
              extra=[(f"sum by (soort) (increase(jeugdlink_termijnen_overschrijding_ingetrokken_total{{{RG}}}[$__range])) "
                      f"or sum by (soort) (increase(jeugdlink_termijnen_overschreden_total{{{RG}}}[$__range])) * 0", "{{soort}} ingetrokken")]),
    ]),
    ("Casussen", [
        panel("Casussen geopend (periode)", f"sum(increase(jeugdlink_casussen_geopend_total{{{RG}}}[$__range]))", "stat"),
        panel("Afsluitingen per reden (periode)", f"sum by (reden) (increase(jeugdlink_casussen_afgesloten_total{{{RG}}}[$__range]))",
              "barchart", "{{reden}}"),
        panel("Vrijwillig gebleven (aandeel van de afgesloten casussen)",
              f'1 - (sum(jeugdlink_casussen_afgesloten_total{{{RG}, reden="NAAR_JBT"}}) or vector(0)) / sum(jeugdlink_casussen_afgesloten_total{{{RG}}})',
              "stat", unit="percentunit",
              description="Afgesloten casussen die niet naar de Jeugdbeschermingstafel gingen, sinds de start van de services"),
        panel("Gesprekken naar soort (periode)", f"sum by (soort) (increase(jeugdlink_gesprekken_vastgelegd_total{{{R}}}[$__range]))",
              "barchart", "{{soort}}"),
    ]),
    # The family's voice (seed 004, issue 17): only counts and averages per question, who answered (parent or child) and how
    # (figures or pictograms); the answers with their casus stay with the team in the case-service.
    ("De stem van het gezin", [
        panel("Gezinsfeedback: gemiddelde score per vraag (0-10)",
              f"sum by (vraag) (jeugdlink_casus_gezinsfeedback_score_sum{{{RG}}}) / sum by (vraag) (jeugdlink_casus_gezinsfeedback_score_count{{{RG}}})",
              "barchart", "{{vraag}}", unit="none",
              description="Relatie, doelen, aanpak en algemeen, door ouders en kinderen van 12+ na een gesprek; anoniem, sinds de start van de services"),
        panel("Gezinsfeedback: antwoorden per weergave (periode)",
              f"sum by (voor, weergave) (increase(jeugdlink_casus_gezinsfeedback_score_count{{{RG}, vraag=\"algemeen\"}}[$__range]))",
              "barchart", "{{voor}} {{weergave}}", description="Eén antwoord per link: in cijfers of in pictogrammen, door een ouder of een kind"),
    ]),
    ("Jeugdbeschermingstafel, routes en escalaties", [
        panel("JBT-verzoeken ingediend (periode)", f"sum by (soort, gesprekstype) (increase(jeugdlink_jbt_verzoeken_ingediend_total{{{R}}}[$__range]))",
              "barchart", "{{soort}} {{gesprekstype}}"),
        panel("Afwijzingen door zorgaanbieders per reden (periode)",
              f"sum by (grond, reden) (increase(jeugdlink_routing_afwijzingen_total{{{R}}}[$__range]))", "barchart", "{{grond}} {{reden}}"),
        panel("Zoektochten na afwijzing per route (periode)", f"sum by (route) (increase(jeugdlink_routing_zoektochten_total{{{R}}}[$__range]))",
              "barchart", "{{route}}"),
        panel("Escalaties geopend per situatie (periode)", f"sum by (situatie) (increase(jeugdlink_escalaties_gestart_total{{{RG}}}[$__range]))",
              "barchart", "situatie {{situatie}}"),
    ]),
]

# The error and failure panels add `or ... * 0` so that a healthy service shows 0 rather than "No data":
# Micrometer creates a 5xx or failure series only when the first one happens.
HTTP = f'http_server_requests_seconds_count{{{A}, uri!~"/actuator.*"}}'
PLATFORM = [
    ("Services", [
        panel("Services up", 'up{job="jeugdlink", region=~"$region"}', "stat", "{{application}} {{instance}}"),
        panel("Verzoeken per seconde", f"sum by (application) (rate({HTTP}[$__rate_interval]))", "timeseries", "{{application}}", "reqps"),
        panel("Gemiddelde responstijd",
              f'sum by (application) (rate(http_server_requests_seconds_sum{{{A}, uri!~"/actuator.*"}}[$__rate_interval])) / sum by (application) (rate({HTTP}[$__rate_interval]))',
              "timeseries", "{{application}}", "s"),
        panel("Langste responstijd (laatste minuten)", f'max by (application) (http_server_requests_seconds_max{{{A}, uri!~"/actuator.*"}})',
              "timeseries", "{{application}}", "s"),
        panel("Fouten (5xx) per seconde",
              f'sum by (application) (rate(http_server_requests_seconds_count{{{A}, status=~"5.."}}[$__rate_interval])) or sum by (application) (rate({HTTP}[$__rate_interval])) * 0',
              "timeseries", "{{application}}", "reqps"),
        panel("Geweigerd (4xx) per seconde",
              f'sum by (application, status) (rate(http_server_requests_seconds_count{{{A}, status=~"4.."}}[$__rate_interval]))',
              "timeseries", "{{application}} {{status}}", "reqps"),
    ]),
    ("Events", [
        panel("Events gepubliceerd per seconde", f"sum by (application) (rate(jeugdlink_events_published_total{{{A}}}[$__rate_interval]))",
              "timeseries", "{{application}}", "ops"),
        panel("Events verwerkt per seconde", f"sum by (application) (rate(jeugdlink_events_consumed_total{{{A}}}[$__rate_interval]))",
              "timeseries", "{{application}}", "ops"),
        # Per type when attempts fail; otherwise one 0 line per service (a line per consumed type would be dozens).
        panel("Mislukte pogingen per seconde, per eventtype",
              f"sum by (application, type) (rate(jeugdlink_events_failed_total{{{A}}}[$__rate_interval])) or sum by (application) (rate(jeugdlink_events_consumed_total{{{A}}}[$__rate_interval])) * 0",
              "timeseries", "{{application}} {{type}}", "ops",
              description="Pogingen om een ontvangen event toe te passen die om een voorbijgaande reden mislukten (store onbereikbaar, "
                          "verloren race); ze worden herhaald en na ongeveer een minuut naar de DLQ gestuurd. Daarnaast (B) de events "
                          "die een consumer weigert (een regel gebroken: rejected, of onleesbaar: unreadable): die gaan zonder herhaling "
                          "direct naar de DLQ. Zie docs/runbooks/alerts.md#jeugdlinkeventsfailing",
              # Refused events are not failed attempts (they are not retried), but they are what fills a DLQ: one line per
              # service and type, and none while nothing was refused.
              extra=[(f"sum by (application, type, outcome) (rate(jeugdlink_events_consumed_total{{{A}, outcome=~\"rejected|unreadable\"}}[$__rate_interval]))",
                      "{{application}} {{type}} {{outcome}}")]),
        panel("Consumer lag per topic", f"max by (application, topic) (spring_cloud_stream_binder_kafka_offset{{{A}}})",
              "timeseries", "{{application}} {{topic}}",
              description="Records van het topic die de groep nog niet verwerkte (Spring Cloud Stream's binder)"),
        panel("Consumer lag per client (Kafka)", f"max by (application, client_id) (kafka_consumer_fetch_manager_records_lag_max{{{A}}})",
              "timeseries", "{{application}} {{client_id}}"),
        panel("Outbox-achterstand", f"max by (application) (jeugdlink_outbox_backlog{{{A}}})", "timeseries", "{{application}}"),
        panel("Seconden sinds de laatste publicatie", f"max by (application) (jeugdlink_outbox_seconds_since_success{{{A}}})",
              "timeseries", "{{application}}", "s"),
        panel("Dead letters per binding", f"max by (application, binding) (jeugdlink_dlq_depth{{{A}}})", "timeseries",
              "{{application}} {{binding}}", description="Zie docs/runbooks/alerts.md#jeugdlinkdeadletters"),
    ]),
    ("Bezorging (mail, webhooks)", [
        panel("Wachtende bezorgingen per kanaal", f"sum by (application, channel) (jeugdlink_deliveries_pending{{{A}}})", "timeseries",
              "{{application}} {{channel}}"),
        panel("Mislukte bezorgingen per seconde",
              f"sum by (application, channel) (rate(jeugdlink_deliveries_failed_total{{{A}}}[$__rate_interval])) or sum by (application, channel) (jeugdlink_deliveries_pending{{{A}}}) * 0",
              "timeseries", "{{application}} {{channel}}", "ops"),
        panel("Circuits", f'max by (application, name, state) (resilience4j_circuitbreaker_state{{{A}}}) == 1', "table",
              "{{application}} {{name}} {{state}}", description="De toestand van elk circuit (closed, open, half_open)"),
        panel("Audit-anker wijkt af", f"max by (application) (jeugdlink_audit_anker_afwijking{{{A}}})", "stat", "{{application}}"),
    ]),
    ("JVM", [
        panel("Heap in gebruik", f'sum by (application) (jvm_memory_used_bytes{{{A}, area="heap"}})', "timeseries", "{{application}}", "bytes"),
        panel("GC-pauzes (seconden per seconde)", f"sum by (application) (rate(jvm_gc_pause_seconds_sum{{{A}}}[$__rate_interval]))",
              "timeseries", "{{application}}", "percentunit"),
        panel("CPU van het proces", f"max by (application) (process_cpu_usage{{{A}}})", "timeseries", "{{application}}", "percentunit"),
        panel("Threads", f"max by (application) (jvm_threads_live_threads{{{A}}})", "timeseries", "{{application}}"),
        panel("Mongo-operaties per seconde", f"sum by (application) (rate(jeugdlink_mongodb_operations_total{{{A}}}[$__rate_interval]))",
              "timeseries", "{{application}}", "ops",
              description="Operaties op de eigen database (find, insert, update, bulk write, volgende batch van een cursor): "
                          "een per verbinding die de driver uit zijn pool neemt"),
    ]),
]


def variable(name, label, query):
    return {"name": name, "label": label, "type": "query", "datasource": {"type": "prometheus", "uid": "${datasource}"},
            "query": {"query": query, "refId": name}, "definition": query, "refresh": 2, "includeAll": True, "multi": True,
            "allValue": ".*", "current": {"text": "All", "value": "$__all"}, "sort": 1}


def dashboard(uid, title, description, rows, variables):
    panels, y, pid = [], 0, 1
    for row_title, row_panels in rows:
        panels.append({"type": "row", "title": row_title, "id": pid, "collapsed": False, "gridPos": {"h": 1, "w": 24, "x": 0, "y": y}})
        pid, y, x = pid + 1, y + 1, 0
        for p in row_panels:
            width = 6 if p["kind"] == "stat" else 12
            if x + width > 24:
                x, y = 0, y + 8
            targets = [{"refId": "A", "expr": p["expr"], "legendFormat": p["legend"], "datasource": {"type": "prometheus", "uid": "${datasource}"}}]
            for i, (expr, legend) in enumerate(p["extra"]):
                targets.append({"refId": chr(ord("B") + i), "expr": expr, "legendFormat": legend,
                                "datasource": {"type": "prometheus", "uid": "${datasource}"}})
            if p["kind"] in ("barchart", "stat", "table"):
                for t in targets:
                    t["instant"] = True
                    t["range"] = False
                    if p["kind"] == "barchart":
                        t["format"] = "table"
            panels.append({"type": p["kind"], "title": p["title"], "description": p["description"], "id": pid,
                           "datasource": {"type": "prometheus", "uid": "${datasource}"},
                           "gridPos": {"h": 8, "w": width, "x": x, "y": y},
                           "fieldConfig": {"defaults": {"unit": p["unit"]}, "overrides": []},
                           "options": {"legend": {"displayMode": "list", "placement": "bottom"}},
                           "targets": targets})
            pid, x = pid + 1, x + width
        y += 8
    return {"uid": uid, "title": title, "description": description, "tags": ["jeugdlink"], "timezone": "Europe/Amsterdam",
            "schemaVersion": 39, "version": 1, "editable": False, "refresh": "1m", "time": {"from": "now-7d", "to": "now"},
            "templating": {"list": [{"name": "datasource", "label": "Prometheus", "type": "datasource", "query": "prometheus",
                                      "current": {"text": "Prometheus", "value": "prometheus"}}] + variables},
            "annotations": {"list": []}, "panels": panels}


def documents():
    region = variable("region", "Regio", "label_values(jeugdlink_outbox_backlog, region)")
    return {
        "jeugdlink-regio.json": dashboard(
            "jeugdlink-regio", "JeugdLink - cijfers van de regio",
            "Aanmeldingen, eerste contact, termijnen, afsluitingen, JBT, routes en escalaties (issue 16). Alleen codes, geen persoonsgegevens.",
            REGIO, [region, variable("gemeente", "Gemeente", 'label_values(jeugdlink_termijnen_lopend{region=~"$region"}, gemeente)')]),
        "jeugdlink-platform.json": dashboard(
            "jeugdlink-platform", "JeugdLink - gezondheid van het platform",
            "Per service: verzoeken, responstijd, fouten, consumer lag, outbox, dead letters, bezorging en circuits, JVM. Alerts: infra/prometheus/alerts.yml.",
            PLATFORM, [region, variable("application", "Service", 'label_values(jvm_info{region=~"$region"}, application)')]),
    }


def main():
    check = "--check" in sys.argv
    stale = []
    for name, doc in documents().items():
        path = os.path.join(HERE, "dashboards", name)
        text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
        if check:
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
                stale.append(path)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    if stale:
        print("not what infra/grafana/generate.py writes (run it): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
