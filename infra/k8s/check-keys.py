#!/usr/bin/env python3
"""Checks that every key a service reads is supplied to it by the region's manifests (issue 16, ADR 0023, ADR 0031).

The list is derived from the code, not kept by hand: by the project's convention every key file's default lives under
`.jeugdlink/secrets/` (generated there in the embedded run only; elsewhere a missing key stops the service, MissingKeys). So a
key property is any property whose default points there, in the services' and the platform starter's main sources
(`@Value("${prop:.jeugdlink/secrets/...}")`) and configuration (`prop: .jeugdlink/secrets/...`). It belongs to

  - the service whose module holds it, or
  - for the platform's: every service when the class that reads it is auto-configured (META-INF/spring/...imports),
    otherwise each service whose main sources name that class (an explicit @Import, as InzageConfiguration).

For each service and key the Deployment must set the property's environment variable (Spring's relaxed name, from its env or
the ConfigMap jeugdlink-config) to a file it mounts from a secret. A sealing pair (`…publieke-sleutel-file` and
`…sleutel-file`, Tink HPKE) needs the half the service uses: the private half where the service opens (OPENERS below, the design
of ADR 0011 and 0031), and nowhere else; the public half everywhere else that reads the pair.

The convention and why: docs/adr/0038-a-key-is-a-property-whose-default-is-under-jeugdlink-secrets.md.
Usage: python3 infra/k8s/check-keys.py   (run by infra/k8s/check.sh)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PLATFORM = os.path.join(ROOT, "platform", "starter", "src", "main")
SECRETS = ".jeugdlink/secrets/"
VALUE = re.compile(r"\$\{([a-z0-9.-]+):(" + re.escape(SECRETS) + r"[^}]*)\}")
ANSWERS = "InzageConfiguration"  # the platform's answering side of ADR 0031: whoever imports it opens requests


def openers(services):
    """Who holds the private half of each sealing pair: the design (ADR 0011, ADR 0031), checked against the manifests."""
    answerers = {s for s in services if mentions(s, ANSWERS)}
    return {"jeugdlink.verzegeling": {"notification-service"},
            "jeugdlink.inzage.verzegeling.verzoek": answerers,
            "jeugdlink.inzage.verzegeling.antwoord": {"case-service"}}


def sources(base, suffixes):
    for directory, _, names in os.walk(base):
        for n in names:
            if n.endswith(suffixes):
                yield os.path.join(directory, n)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def mentions(service, word):
    return any(word in read(p) for p in sources(os.path.join(ROOT, service, "src", "main", "java"), (".java",)))


def flatten(text):
    """(dotted key, scalar value) of a Spring YAML file's mappings, by indentation (no YAML library needed for these files)."""
    path = []
    for line in text.splitlines():
        m = re.match(r"^(\s*)([A-Za-z0-9_.-]+):(?:\s+(.*))?$", line.split(" #", 1)[0].rstrip())
        if not m or line.lstrip().startswith("#"):
            continue
        indent, key, value = len(m.group(1)), m.group(2), (m.group(3) or "").strip().strip("'\"")
        path = [(i, k) for i, k in path if i < indent] + [(indent, key)]
        if value:
            yield ".".join(k for _, k in path), value


def key_properties(base):
    """{property: the file that reads it (Java) or declares it (YAML)} for every key default under .jeugdlink/secrets/."""
    found = {}
    for path in sources(base, (".java",)):
        for prop, _ in VALUE.findall(read(path)):
            found[prop] = path
    for path in sources(base, (".yaml", ".yml")):
        for prop, value in flatten(read(path)):
            if value.startswith(SECRETS) or VALUE.fullmatch(value):
                found.setdefault(prop, path)
    return found


def platform_readers():
    """The platform's key properties and the simple name of the class that reads each."""
    readers = {}
    declared = key_properties(PLATFORM)
    java = {p: read(p) for p in sources(PLATFORM, (".java",))}
    for prop, where in declared.items():
        readers[prop] = next((os.path.basename(p)[:-5] for p, text in java.items()
                              if "${" + prop + "}" in text or "${" + prop + ":" in text), None)
        if readers[prop] is None:
            raise SystemExit(f"check-keys: {prop} ({where}) is read by no class of the platform starter")
    return readers


def auto_configured():
    names = set()
    for p in sources(os.path.join(PLATFORM, "resources", "META-INF", "spring"), (".imports",)):
        names |= {line.strip().rsplit(".", 1)[-1] for line in read(p).splitlines() if line.strip() and not line.startswith("#")}
    return names


def env_name(prop):
    """Spring Boot's relaxed binding of an environment variable: dots to underscores, dashes dropped, upper case."""
    return prop.replace("-", "").replace(".", "_").upper()


def manifests():
    """The region's objects: generate.py writes each YAML document as JSON after a `---` line."""
    objects = []
    for n in sorted(os.listdir(os.path.join(HERE, "region"))):
        objects += [json.loads(part) for part in read(os.path.join(HERE, "region", n)).split("---\n")[1:]]
    return objects


def main():
    objects = manifests()
    config = next(o for o in objects if o["kind"] == "ConfigMap" and o["metadata"]["name"] == "jeugdlink-config")["data"]
    deployments = {o["metadata"]["name"]: o for o in objects
                   if o["kind"] == "Deployment" and o["metadata"]["labels"].get("app.kubernetes.io/component") == "service"}
    services = sorted(deployments)
    platform = platform_readers()
    everywhere = auto_configured()
    pairs = openers(services)
    failures, checked = [], 0
    for service in services:
        props = dict.fromkeys(key_properties(os.path.join(ROOT, service, "src", "main")))
        props.update({p: None for p, cls in platform.items() if cls in everywhere or mentions(service, cls)})
        pod = deployments[service]["spec"]["template"]["spec"]
        container = pod["containers"][0]
        env = {**config, **{e["name"]: e.get("value") for e in container.get("env", [])}}
        volumes = {v["name"]: v for v in pod.get("volumes", [])}
        mounted = set()
        for m in container.get("volumeMounts", []):
            secret = volumes[m["name"]].get("secret")
            if secret:
                mounted |= {f"{m['mountPath']}/{i['path']}" for i in secret.get("items", [])}
        supplied = lambda p: env.get(env_name(p)) in mounted
        for prop in sorted(props):
            pair = re.sub(r"\.(publieke-)?sleutel-file$", "", prop)
            if pair != prop:
                if prop.endswith(".publieke-sleutel-file"):
                    continue  # judged with its private half below
                if pair not in pairs:
                    failures.append(f"{service}: sealing pair {pair}: add who opens it (the private half) to OPENERS")
                    continue
                public, private = f"{pair}.publieke-sleutel-file", prop
                checked += 1
                if service in pairs[pair] and not supplied(private):
                    failures.append(f"{service}: opens {pair}: {env_name(private)} must point at a file it mounts from a secret")
                if service not in pairs[pair] and supplied(private):
                    failures.append(f"{service}: holds the private half of {pair} (only {', '.join(sorted(pairs[pair]))} open it)")
                if service not in pairs[pair] and not supplied(public):
                    failures.append(f"{service}: seals with {pair}: {env_name(public)} must point at a file it mounts from a secret")
            else:
                checked += 1
                if not supplied(prop):
                    failures.append(f"{service}: reads the key {prop}: {env_name(prop)} must point at a file it mounts from a secret"
                                    f" (now {env.get(env_name(prop))!r})")
    print(f"check-keys: {checked} keys of {len(services)} services, derived from their code and the platform's")
    if failures:
        print("check-keys: " + "\n  ".join([f"{len(failures)} problem(s)"] + failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
