#!/usr/bin/env python3
"""A short demo load over a running `./jeugdlink run`, so that every dashboard panel has something to show.

Drives the journeys of the README through the services' REST APIs with the demo users' tokens
(`./jeugdlink token <user>`): referrals of two referrer kinds, screened (accepted and one declined),
casussen with their regisseur, a first contact (the family's feedback through the link mailed to it, in
pictograms), a toewijzing declined by the provider and searched for
again, a JBT request, an escalation, closures (one voluntary, one to the JBT), a care provider's webhook
subscription to an address where nothing listens (delivery failures, a circuit), and finally the clocks
moved ten working days on, so that the first-contact deadlines of the casussen without contact are
breached. Needs the services started with `--jeugdlink.klok.verstelbaar=true` for that last step.

Prints one line per call; exits non-zero when a call that must succeed did not.
"""
import collections
import datetime
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(os.path.dirname(__file__), "demo")
INTAKE, CASUS, JBT, ROUTING, ESCALATIE, NOTIFICATIE = (f"http://127.0.0.1:{p}" for p in range(8081, 8087))
MAIL = "http://127.0.0.1:8089"
RUN = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S")
failures = []
# What the load did that the regional dashboard counts: check-panels compares the panels' totals with it (--summary FILE).
done = collections.Counter()
_beantwoord = set()
_tokens = {}


def token(user):
    if user not in _tokens:
        _tokens[user] = subprocess.run([os.path.join(ROOT, "jeugdlink"), "token", user], cwd=ROOT, check=True,
                                       capture_output=True, text=True).stdout.strip()
    return _tokens[user]


def call(method, url, user, body=None, expect=(200, 201), headers=None, quiet=False):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token(user))
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode(errors="replace")
    path = url.split("/", 3)[3]
    if not quiet:
        print(f"  {method:4} {status} /{path}")
    if expect and status not in expect:
        failures.append(f"{method} /{path}: {status} {text[:300]}")
    try:
        return status, json.loads(text) if text else None
    except json.JSONDecodeError:
        return status, None


def until(what, attempt, seconds=60):
    """Repeats attempt() until it returns something truthy: events take a moment to reach a service."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        result = attempt()
        if result:
            return result
        time.sleep(0.5)
    failures.append(f"{what}: not within {seconds} s")
    return None


def casus_id(aanmelding_id):
    # The casus id is derived from the referral's (README "Try the journey").
    return str(uuid.UUID(bytes=hashlib.md5(f"casus:{aanmelding_id}".encode()).digest(), version=3))


def load(name):
    with open(os.path.join(ROOT, "docs", "voorbeelden", name) if not name.startswith("jbt") else os.path.join(DEMO, name)) as f:
        return json.load(f)


def journey(wave):
    """One pass over the journeys; run twice, so that counters made by the first pass are seen to increase."""
    print(f"--- wave {wave}")
    formulier = load("aanmelding-jeugdlink.json")
    screening = load("screening-accepteren.json")

    # A care provider subscribes its webhook to an address where nothing listens: the deliveries fail and
    # its circuit counts them (the platform's delivery log, ADR 0014).
    call("POST", f"{NOTIFICATIE}/api/v1/abonnementen", "zorgaanbieder-ede",
         {"callbackUrl": "http://127.0.0.1:9/jeugdlink", "kanalen": [{"naam": "toewijzingen"}]}, expect=(201,))

    casussen = []
    for i in range(5):
        print(f"referral {i + 1}")
        status, aanmelding = call("POST", f"{INTAKE}/api/v1/aanmeldingen", "regisseur-ede", formulier,
                                  headers={"Idempotency-Key": f"panels-{RUN}-{wave}-{i}"}, expect=(201,))
        if not aanmelding:
            continue
        done["referrals"] += status == 201
        if i == 4:
            status, _ = call("POST", f"{INTAKE}/api/v1/aanmeldingen/{aanmelding['id']}/screening", "gedragswetenschapper-ede",
                             {"besluit": "AFWIJZEN", "gedragswetenschapperId": "gedragswetenschapper-ede", "teamleiderId": "teamleider-ede",
                              "reden": "ANDERE_ROUTE_PASSENDER", "toelichting": "Past beter bij het wijkteam."})
            done["declined"] += status in (200, 201)
            continue
        status, _ = call("POST", f"{INTAKE}/api/v1/aanmeldingen/{aanmelding['id']}/screening", "gedragswetenschapper-ede", screening)
        done["accepted"] += status in (200, 201)
        casussen.append(casus_id(aanmelding["id"]))

    for casus in casussen:
        until(f"casus {casus} opened", lambda: call("GET", f"{CASUS}/api/v1/casussen/{casus}", "teamleider-ede",
                                                   expect=None, quiet=True)[0] == 200)
        call("PUT", f"{CASUS}/api/v1/casussen/{casus}/regisseur", "teamleider-ede", {"regisseurId": "regisseur-ede"})

    eerste, tweede, derde = casussen[0], casussen[1], casussen[2]
    # First contact in two casussen (working days to first contact); the others breach later.
    for casus in (eerste, tweede):
        call("POST", f"{CASUS}/api/v1/casussen/{casus}/gesprekken", "regisseur-ede", load("gesprek-met-gezin.json"))

    # The family answers the feedback link each parent was mailed after that conversation, in pictograms (issue 17).
    gezinsfeedback()

    # The back office assigns care; the provider declines; the search goes to the provider network.
    until("routing knows the casus", lambda: call("POST", f"{ROUTING}/api/v1/casussen/{eerste}/toewijzingen", "backoffice-ede",
                                                  load("toewijzing.json"), expect=None, quiet=True)[0] == 201)
    status, lijst = call("GET", f"{ROUTING}/api/v1/toewijzingen", "zorgaanbieder-ede")
    items = lijst if isinstance(lijst, list) else (lijst or {}).get("toewijzingen") or (lijst or {}).get("items") or []
    if items:
        toewijzing = items[0].get("toewijzingId") or items[0].get("id")
        call("POST", f"{ROUTING}/api/v1/toewijzingen/{toewijzing}/afwijzing", "zorgaanbieder-ede",
             {"grond": "GEEN_TIJDIGE_HULP", "reden": "WACHTLIJST"})
        call("POST", f"{ROUTING}/api/v1/toewijzingen/{toewijzing}/afwijzing/zoektocht", "backoffice-ede", {"route": "NETWERK"})
    else:
        failures.append("the provider sees no toewijzing")

    # The regisseur asks the Jeugdbeschermingstafel (Bijlage 3) about the second casus.
    verzoek = load("jbt-verzoek.json")
    verzoek["casusId"] = tweede
    until("jbt-service knows the casus", lambda: call("POST", f"{JBT}/api/v1/jbt-verzoeken", "regisseur-ede", verzoek,
                                                      expect=None, quiet=True)[0] == 201)

    # An escalation about the third casus (situation 2: cooperation not as agreed).
    until("escalation-service knows the casus", lambda: call("POST", f"{ESCALATIE}/api/v1/casussen/{derde}/escalaties", "regisseur-ede",
                                                             {"situatie": 2, "partijen": ["ZORGAANBIEDER"]}, expect=None, quiet=True)[0] == 201)

    # Closures: the first voluntary (goals met), the second to the JBT; each after the GW's moment.
    vandaag = datetime.date.today().isoformat()
    for casus, reden in ((eerste, "DOELEN_BEHAALD"), (tweede, "NAAR_JBT")):
        call("POST", f"{CASUS}/api/v1/casussen/{casus}/gw-momenten", "gedragswetenschapper-ede",
             {"moment": "VOORGENOMEN_AFSLUITING", "gedragswetenschapperId": "gedragswetenschapper-ede", "datum": vandaag})
        # The closure form (Bijlage 4): every field is required since issue 17.
        status, _ = call("POST", f"{CASUS}/api/v1/casussen/{casus}/afsluiting", "regisseur-ede", {"reden": reden, "formulier": {
            "samenwerkingsvorm": "ACTIEF_MEE_OPLOSSEN", "vraagAanJeugdLink": "Veiligheid thuis herstellen",
            "watHeeftJeugdLinkGedaan": "Zorgtafel en veiligheidsplan", "conclusie": "Afgerond", "resterendeZorgen": "Geen acute zorgen",
            "afsprakenVeiligheid": "Afspraken blijven staan", "zichtOpKind": "Huisarts en school", "regie": "Sociaal Team",
            "meningOuders": "Tevreden", "meningKind": "Fijner thuis", "ondertekendDoor": "regisseur-ede", "ondertekendOp": vandaag}})
        done["closed"] += status in (200, 201)

    # What the services refuse: a form without its required fields (400, problem+json) and a call without a token (401).
    call("POST", f"{INTAKE}/api/v1/aanmeldingen", "regisseur-ede", {"soort": "JEUGDLINK"}, expect=(400,),
         headers={"Idempotency-Key": f"panels-{RUN}-{wave}-leeg"})
    status = anonymous(f"{CASUS}/api/v1/casussen/{eerste}")
    print(f"  GET  {status} /api/v1/casussen/{eerste} (without a token)")
    if status != 401:
        failures.append(f"a call without a token got {status}, not 401")


def gezinsfeedback():
    """Answers each family feedback link on the run's mail page once, as a parent would in the browser (the form's POST)."""
    def links():
        with urllib.request.urlopen(MAIL + "/", timeout=10) as response:
            lijst = response.read().decode(errors="replace")
        gevonden = []
        for nummer in re.findall(r'href="/mail/(\d+)">Hoe vond u ons gesprek\?<', lijst):
            with urllib.request.urlopen(f"{MAIL}/mail/{nummer}", timeout=10) as response:
                tekst = html.unescape(response.read().decode(errors="replace"))
            gevonden += re.findall(r"gesprek-feedback\?link=([A-Za-z0-9_.~%-]+)", tekst)
        return [link for link in dict.fromkeys(gevonden) if link not in _beantwoord]

    nieuw = until("a feedback link mailed to the family", links)
    for link in nieuw or []:
        antwoord = urllib.parse.urlencode({"link": link, "relatie": 7, "doelen": 5, "aanpak": 7, "algemeen": 10,
                                           "weergave": "PICTOGRAMMEN"}).encode()
        request = urllib.request.Request(f"{CASUS}/gezin/gesprek-feedback", data=antwoord, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status = response.status
        except urllib.error.HTTPError as e:
            status = e.code
        print(f"  POST {status} /gezin/gesprek-feedback (pictograms)")
        if status != 200:
            failures.append(f"the family's feedback through its link: {status}")
        _beantwoord.add(link)


def anonymous(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


def klok(base):
    return datetime.datetime.fromisoformat(call("GET", f"{base}/actuator/klok", "beheerder-ede", quiet=True)[1]["nu"].replace("Z", "+00:00"))


def termijnen(casus):
    status, body = call("GET", f"{ESCALATIE}/api/v1/termijnen?casusId={casus}", "teamleider-ede", expect=None, quiet=True)
    if status != 200 or body is None:
        return []
    return body if isinstance(body, list) else body.get("termijnen") or body.get("items") or []


def main():
    journey(1)
    time.sleep(5)   # a scrape or two between the waves
    journey(2)

    # Fifteen days (ten or more working days) later: the first-contact deadlines of the casussen without contact are breached.
    later = (klok(ESCALATIE) + datetime.timedelta(days=15)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for base in (INTAKE, CASUS, JBT, ROUTING, ESCALATIE, NOTIFICATIE):
        call("POST", f"{base}/actuator/klok", "beheerder-ede", {"tijdstip": later})

    # One referral after that, whose deadline is still open; moving the escalation-service's clock a minute
    # on counts the running deadlines for the gauges at once (they are otherwise counted every 5 minutes).
    print("--- after the clocks moved")
    status, aanmelding = call("POST", f"{INTAKE}/api/v1/aanmeldingen", "regisseur-ede", load("aanmelding-jeugdlink.json"),
                              headers={"Idempotency-Key": f"panels-{RUN}-open"}, expect=(201,))
    if aanmelding:
        done["referrals"] += status == 201
        status, _ = call("POST", f"{INTAKE}/api/v1/aanmeldingen/{aanmelding['id']}/screening", "gedragswetenschapper-ede",
                         load("screening-accepteren.json"))
        done["accepted"] += status in (200, 201)
        casus = casus_id(aanmelding["id"])
        until("the new casus's deadline is open", lambda: any(
            t.get("status") == "OPEN" for t in termijnen(casus)))
        nu = (klok(ESCALATIE) + datetime.timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        call("POST", f"{ESCALATIE}/actuator/klok", "beheerder-ede", {"tijdstip": nu})

    if "--summary" in sys.argv:
        with open(sys.argv[sys.argv.index("--summary") + 1], "w", encoding="utf-8") as f:
            json.dump(done, f)
    if failures:
        print("demo load: calls that did not do what they should:", *failures, sep="\n  ", file=sys.stderr)
        return 1
    print(f"demo load: done ({', '.join(f'{k} {v}' for k, v in sorted(done.items()))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
