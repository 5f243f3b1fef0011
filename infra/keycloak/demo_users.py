#!/usr/bin/env python3
"""Writes infra/keycloak/demo-users.json: the local issuer's demo users (infra/local-issuer, DemoUsers.java) as Keycloak users
of the realm jeugdlink, so that a demo or acceptance realm in Keycloak has the same people as the embedded run: one per role
in Ede and in Veenendaal, and `teamleider-gi`, the teamleider of a gecertificeerde instelling (claim `organisatie`
GECERTIFICEERDE_INSTELLING, both municipalities), whom the route terms' breaches reach. Same roles, `gemeenten`,
`organisatie` and `agb` as the local issuer puts in its tokens.

Read from DemoUsers.java, not kept by hand: its role list, municipalities, AGB codes, organisation per role and the
organisations' users. No passwords: whoever imports the users sets them (infra/keycloak/check-live.sh sets random ones).
A region's production realm imports none of these (its people come from its identity store): Keycloak's admin console,
Realm settings -> Partial import, takes this file for a demo realm.

Usage: python3 infra/keycloak/demo_users.py [--check]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SOURCE = os.path.join(ROOT, "infra", "local-issuer", "src", "main", "java", "nl", "jeugdlink", "infra", "issuer", "DemoUsers.java")
OUT = os.path.join(HERE, "demo-users.json")


def parse():
    java = re.sub(r"/\*.*?\*/|//[^\n]*", "", open(SOURCE, encoding="utf-8").read(), flags=re.S)
    def block(start):
        i = java.index(start)
        return java[i:java.index(";", i)]
    strings = lambda text: re.findall(r'"([^"]*)"', text)
    rollen = strings(block("ROLLEN = List.of("))
    pairs = lambda text: dict(zip(strings(text)[::2], strings(text)[1::2]))
    gemeenten = pairs(block("GEMEENTEN = Map.of("))
    agb = pairs(block("AGB_CODES = Map.of("))
    organisaties = [tuple(strings(m)) for m in re.findall(r"new OrganisatieGebruiker\(([^)]*)\)", block("ORGANISATIEGEBRUIKERS = List.of("))]
    switch = java[java.index("organisatieVan(String rol)"):]
    switch = switch[:switch.index("};")]
    cases = re.findall(r'case ((?:"[^"]*",?\s*)+)-> "([A-Z_]+)"', switch)
    if len(cases) != len(re.findall(r"\bcase\b", switch)):
        raise SystemExit(f"demo_users: a case of organisatieVan in {SOURCE} did not parse")
    per_rol = {r: organisatie for names, organisatie in cases for r in strings(names)}
    default = re.search(r'default -> "([A-Z_]+)"', switch).group(1)
    if not rollen or set(gemeenten) != {"ede", "veenendaal"} or not organisaties:
        raise SystemExit(f"demo_users: {SOURCE} no longer reads as expected (roles, municipalities, organisations' users)")
    return rollen, gemeenten, agb, organisaties, lambda rol: per_rol.get(rol, default)


def user(id, rol, gemeenten, organisatie, agb):
    attributes = {"gemeenten": gemeenten, "organisatie": [organisatie]}
    if agb:
        attributes["agb"] = [agb]
    return {"username": id, "enabled": True, "email": f"{id}@jeugdlink.local", "emailVerified": True,
            "firstName": "Demo", "lastName": id, "attributes": attributes, "realmRoles": [rol]}


def users():
    rollen, gemeenten, agb, organisaties, organisatie_van = parse()
    out = [user(f"{rol}-{g}", rol, [gemeenten[g]], organisatie_van(rol), agb.get(f"{rol}-{g}"))
           for rol in rollen for g in ("ede", "veenendaal")]
    out += [user(id, rol, [gemeenten["ede"], gemeenten["veenendaal"]], organisatie, None) for id, rol, organisatie in organisaties]
    return out


def main():
    text = json.dumps({"users": users()}, indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        if not os.path.exists(OUT) or open(OUT, encoding="utf-8").read() != text:
            print("infra/keycloak/demo-users.json is not what infra/keycloak/demo_users.py writes from the local issuer's DemoUsers (run it)",
                  file=sys.stderr)
            return 1
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
