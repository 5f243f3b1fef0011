#!/usr/bin/env python3
"""Logs a user in at a running Keycloak through the realm's front-end client, as a browser would (authorization code with
PKCE S256, the login form posted with its cookies), and checks the access token against what the services read
(platform/starter .../security/JwtGebruikers): `roles` with the user's realm roles, `gemeenten`, `organisatie`, `agb` as
the local issuer's token of the same demo user has them (infra/keycloak/demo-users.json), the audience the region's
services require (infra/k8s/region/00-namespace.yaml) and the realm's issuer.

Usage: token-check.py <keycloak base url> <username> <password> [<API url> [<status, default 403>]]
With an API url, the token is also sent to it (GET) and the answer must have that status: 200 or 403 show that the service
verified the token and read its roles; 401 would mean it refused the token itself.
"""
import base64
import hashlib
import html
import http.cookiejar
import json
import os
import re
import secrets
import sys
import urllib.error
import urllib.parse
import urllib.request

base, username, password = sys.argv[1:4]
service = sys.argv[4] if len(sys.argv) > 4 else None
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
namespace = open(os.path.join(ROOT, "infra", "k8s", "region", "00-namespace.yaml"), encoding="utf-8").read()
audience = re.search(r'"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES": "([^"]+)"', namespace).group(1)
realm = json.load(open(os.path.join(ROOT, "infra", "keycloak", "jeugdlink-realm.json"), encoding="utf-8"))
client = next(c for c in realm["clients"] if c["clientId"] == "jeugdlink-portaal")
redirect = client["redirectUris"][0].replace("*", "callback")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Loopback(http.cookiejar.DefaultCookiePolicy):
    """Sends Keycloak's Secure cookies back over the loopback's plain HTTP, as a browser does for localhost."""

    def return_ok_secure(self, cookie, request):
        return urllib.parse.urlparse(request.get_full_url()).hostname in ("127.0.0.1", "localhost") or super().return_ok_secure(cookie, request)


jar = http.cookiejar.CookieJar(policy=Loopback())
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
verifier = secrets.token_urlsafe(48)
challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
oidc = f"{base}/realms/{realm['realm']}/protocol/openid-connect"
query = urllib.parse.urlencode({"client_id": client["clientId"], "redirect_uri": redirect, "response_type": "code",
                                "scope": "openid", "state": secrets.token_hex(8), "code_challenge": challenge,
                                "code_challenge_method": "S256"})
page = browser.open(f"{oidc}/auth?{query}").read().decode()
action = html.unescape(re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page).group(1))
form = urllib.parse.urlencode({"username": username, "password": password, "credentialId": ""}).encode()
try:
    answer = browser.open(action, form)
    sys.exit(f"keycloak: FAILED - the login answered {answer.status} without redirecting (a required action or wrong password?)")
except urllib.error.HTTPError as e:
    if e.code not in (301, 302, 303):
        raise
    location = e.headers["Location"]
code = urllib.parse.parse_qs(urllib.parse.urlparse(location).query).get("code", [None])[0]
if not code:
    sys.exit(f"keycloak: FAILED - no code in the redirect to {location}")
token_request = urllib.parse.urlencode({"grant_type": "authorization_code", "client_id": client["clientId"], "code": code,
                                        "redirect_uri": redirect, "code_verifier": verifier}).encode()
tokens = json.load(urllib.request.urlopen(f"{oidc}/token", token_request))
access = tokens["access_token"]
payload = access.split(".")[1]
claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))

# What the local issuer's token of this demo user carries (demo-users.json, from its DemoUsers): Keycloak's must say the same.
expected = next(u for u in json.load(open(os.path.join(ROOT, "infra", "keycloak", "demo-users.json"), encoding="utf-8"))["users"]
                if u["username"] == username)
failures = []
aud = claims.get("aud")
auds = aud if isinstance(aud, list) else [aud]
if audience not in auds:
    failures.append(f"aud {aud!r} lacks {audience!r}")
if not isinstance(claims.get("roles"), list) or not set(expected["realmRoles"]) <= set(claims["roles"]):
    failures.append(f"roles {claims.get('roles')!r}, expected {expected['realmRoles']}")
if claims.get("gemeenten") != expected["attributes"]["gemeenten"]:
    failures.append(f"gemeenten {claims.get('gemeenten')!r}, expected {expected['attributes']['gemeenten']}")
if claims.get("organisatie") != expected["attributes"]["organisatie"][0]:
    failures.append(f"organisatie {claims.get('organisatie')!r}, expected {expected['attributes']['organisatie'][0]}")
if claims.get("agb") != expected["attributes"].get("agb", [None])[0]:
    failures.append(f"agb {claims.get('agb')!r}, expected {expected['attributes'].get('agb', [None])[0]}")
# The services take the user's id from `sub` (Keycloak puts it there through the realm's `basic` scope).
if not claims.get("sub"):
    failures.append("no sub")
if claims.get("iss") != f"{base}/realms/{realm['realm']}":
    failures.append(f"iss {claims.get('iss')!r}")
if failures:
    sys.exit("keycloak: FAILED - the access token: " + "; ".join(failures) + f"\n  claims: {json.dumps(claims)}")
print(f"keycloak: {username} logged in through {client['clientId']} (code + PKCE); access token {claims['iss']}: aud {aud}, "
      f"roles {claims['roles']}, gemeenten {claims['gemeenten']}, organisatie {claims['organisatie']}, agb {claims.get('agb')}"
      " - as the local issuer's token of this user")

if service:
    # A real API call with this token: the service verified it against the realm's keys, checked issuer and audience, and
    # answered from the roles and municipalities it carries.
    want = int(sys.argv[5]) if len(sys.argv) > 5 else 403
    request = urllib.request.Request(service, headers={"Authorization": f"Bearer {access}"})
    try:
        with urllib.request.urlopen(request) as r:
            status, body = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        status, body = e.code, e.read().decode()
    if status != want:
        sys.exit(f"keycloak: FAILED - GET {service} with {username}'s token answered {status}, expected {want}: {body[:300]}")
    print(f"keycloak: GET {service} with {username}'s Keycloak token: {status} {body[:120]}")
