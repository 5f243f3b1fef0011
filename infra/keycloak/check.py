#!/usr/bin/env python3
"""Checks the Keycloak realm export against what the services read from a token (issue 16).

- a realm role for every role of the platform's Rol enum (its claim form, e.g. jbt-voorzitter), no others;
- a client scope, default for every client, with mappers that put the realm roles in `roles` (multivalued)
  and the user attributes `gemeenten` (multivalued), `organisatie` and `agb` in claims of those names
  (platform/starter .../security/JwtGebruikers), all in the access token;
- an audience mapper whose audience is the one the region's services require
  (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES in infra/k8s/region/00-namespace.yaml);
- the user profile declares gemeenten, organisatie and agb, editable by administrators only;
- the demo users (demo-users.json) are the local issuer's (infra/local-issuer DemoUsers), with its role list, and each one's
  roles and attributes are valid in this realm.
Usage: python3 infra/keycloak/check.py
"""
import json
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
realm = json.load(open(os.path.join(ROOT, "infra", "keycloak", "jeugdlink-realm.json"), encoding="utf-8"))
rol = open(os.path.join(ROOT, "platform", "starter", "src", "main", "java", "nl", "jeugdlink", "platform", "security", "Rol.java"), encoding="utf-8").read()
rol = re.sub(r"/\*.*?\*/|//[^\n]*", "", rol, flags=re.S)
enum_body = rol[rol.index("public enum Rol {") + len("public enum Rol {"):].split(";", 1)[0]
platform_roles = {n.lower().replace("_", "-") for n in re.findall(r"\b([A-Z][A-Z_]+)\b", enum_body)}
namespace = open(os.path.join(ROOT, "infra", "k8s", "region", "00-namespace.yaml"), encoding="utf-8").read()
audience = re.search(r'"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES": "([^"]+)"', namespace).group(1)

failures = []
realm_roles = {r["name"] for r in realm["roles"]["realm"]}
if realm_roles != platform_roles:
    failures.append(f"realm roles differ from the platform's Rol: missing {sorted(platform_roles - realm_roles)}, extra {sorted(realm_roles - platform_roles)}")

scopes = {s["name"]: s for s in realm["clientScopes"]}
carrying = [s for s in scopes.values() if any(m["protocolMapper"] == "oidc-usermodel-realm-role-mapper" for m in s.get("protocolMappers", []))]
if len(carrying) != 1:
    failures.append("exactly one client scope should carry the roles mapper")
else:
    scope = carrying[0]
    mappers = {m["config"].get("claim.name") or m["name"]: m for m in scope["protocolMappers"]}
    def need(claim, kind, multivalued=None, attribute=None):
        m = mappers.get(claim)
        if not m or m["protocolMapper"] != kind:
            failures.append(f"no {kind} for claim {claim}")
            return
        if m["config"].get("access.token.claim") != "true":
            failures.append(f"claim {claim} not in the access token")
        if multivalued is not None and m["config"].get("multivalued") != str(multivalued).lower():
            failures.append(f"claim {claim} multivalued should be {multivalued}")
        if attribute and m["config"].get("user.attribute") != attribute:
            failures.append(f"claim {claim} should come from user attribute {attribute}")
    need("roles", "oidc-usermodel-realm-role-mapper", True)
    need("gemeenten", "oidc-usermodel-attribute-mapper", True, "gemeenten")
    need("organisatie", "oidc-usermodel-attribute-mapper", False, "organisatie")
    need("agb", "oidc-usermodel-attribute-mapper", False, "agb")
    audiences = [m["config"].get("included.custom.audience") for m in scope["protocolMappers"] if m["protocolMapper"] == "oidc-audience-mapper"]
    if audiences != [audience]:
        failures.append(f"audience mapper gives {audiences}, the services require {audience!r}")
    for client in realm["clients"]:
        if scope["name"] not in client.get("defaultClientScopes", []):
            failures.append(f"client {client['clientId']} lacks the default scope {scope['name']}")
        if client.get("publicClient") and client.get("attributes", {}).get("pkce.code.challenge.method") != "S256":
            failures.append(f"public client {client['clientId']} without PKCE S256")

profile = json.loads(realm["components"]["org.keycloak.userprofile.UserProfileProvider"][0]["config"]["kc.user.profile.config"][0])
declared = {a["name"]: a for a in profile["attributes"]}
for name in ("gemeenten", "organisatie", "agb"):
    if name not in declared:
        failures.append(f"user profile lacks attribute {name}")
    elif declared[name]["permissions"]["edit"] != ["admin"]:
        failures.append(f"attribute {name} must be editable by administrators only")

# The demo users are the local issuer's (demo-users.json, written from its DemoUsers.java by demo_users.py): the same role
# list, and each user's roles and attributes acceptable to this realm (its roles, its user profile's attributes, patterns and
# multiplicity), so a demo realm gives the tokens of the embedded run - teamleider-gi with organisatie GECERTIFICEERDE_INSTELLING too.
sys.path.insert(0, os.path.join(ROOT, "infra", "keycloak"))
import demo_users  # noqa: E402
sys.argv = [sys.argv[0], "--check"]
if demo_users.main():
    failures.append("demo-users.json is not the local issuer's demo users (run python3 infra/keycloak/demo_users.py)")
issuer_roles = set(demo_users.parse()[0])
if issuer_roles != realm_roles:
    failures.append(f"the local issuer's roles differ from the realm's: missing {sorted(issuer_roles - realm_roles)}, extra {sorted(realm_roles - issuer_roles)}")
users = json.load(open(demo_users.OUT, encoding="utf-8"))["users"]
for u in users:
    for r in u["realmRoles"]:
        if r not in realm_roles:
            failures.append(f"demo user {u['username']}: role {r} is not a realm role")
    for name, values in u["attributes"].items():
        a = declared.get(name)
        if not a:
            failures.append(f"demo user {u['username']}: attribute {name} is not in the realm's user profile")
            continue
        if len(values) > 1 and not a.get("multivalued"):
            failures.append(f"demo user {u['username']}: {name} has {len(values)} values, the profile allows one")
        pattern = a.get("validations", {}).get("pattern", {}).get("pattern")
        for v in values:
            if pattern and not re.fullmatch(pattern, v):
                failures.append(f"demo user {u['username']}: {name} {v!r} breaks the profile's pattern {pattern}")
    if not re.fullmatch(declared["username"]["validations"]["pattern"]["pattern"], u["username"]):
        failures.append(f"demo user {u['username']}: not a valid username of the realm")

if failures:
    print("keycloak: FAILED\n  " + "\n  ".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"keycloak: realm {realm['realm']}: {len(realm_roles)} roles = the platform's = the local issuer's, claims roles/gemeenten/organisatie/agb, "
      f"audience {audience}; {len(users)} demo users (demo-users.json) = the local issuer's, each valid in the realm")
