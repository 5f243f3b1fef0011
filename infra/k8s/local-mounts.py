#!/usr/bin/env python3
"""A service's keys as the region's manifests give them, laid out on this machine (for infra/keycloak/check-live.sh).

  local-mounts.py keys <service>                  the keys of the secret jeugdlink-keysets its Deployment mounts
  local-mounts.py mount <service> <store> <root>  copies those files from <store> to where the Deployment mounts them, with
                                                  /etc/jeugdlink/ moved to <root>/, and prints the key settings of its
                                                  environment (ConfigMap jeugdlink-config and its own env) as NAME=value
                                                  lines, paths moved the same way
  local-mounts.py env <service> <store> <root> <tls>
                                                  the same copies, and then EVERY setting of its environment, NUL-separated
                                                  NAME=value (PEM contents span lines): paths moved the same way (its TLS
                                                  secret's mount, /etc/jeugdlink/tls/, to <tls>/), values taken from its
                                                  <service>-tls secret read from <tls>/<key>; values from other secrets
                                                  (jeugdlink-mongodb: the addresses) are left to the caller, named on stderr
                                                  (for infra/k8s/check-tls.sh)

So a service started with exactly these settings, and nothing generated, shows that the manifests' variable names reach
the properties the code reads and that what they mount is enough to start (check-keys.py checks the same statically).
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MOUNTED = "/etc/jeugdlink/"
SECRET = "jeugdlink-keysets"


def manifests():
    """The region's objects: generate.py writes each YAML document as JSON after a `---` line."""
    for n in sorted(os.listdir(os.path.join(HERE, "region"))):
        yield from (json.loads(part) for part in open(os.path.join(HERE, "region", n), encoding="utf-8").read().split("---\n")[1:])


def main():
    mode, service = sys.argv[1], sys.argv[2]
    objects = list(manifests())
    config = next(o for o in objects if o["kind"] == "ConfigMap" and o["metadata"]["name"] == "jeugdlink-config")["data"]
    deployment = next(o for o in objects if o["kind"] == "Deployment" and o["metadata"]["name"] == service)
    pod = deployment["spec"]["template"]["spec"]
    container = pod["containers"][0]
    volumes = {v["name"]: v["secret"] for v in pod["volumes"] if v.get("secret", {}).get("secretName") == SECRET}
    mounts = [(m["mountPath"], item) for m in container["volumeMounts"] if m["name"] in volumes for item in volumes[m["name"]]["items"]]
    if mode == "keys":
        print(" ".join(sorted({item["key"] for _, item in mounts})))
        return 0
    store, root = sys.argv[3], sys.argv[4]
    tls = sys.argv[5] if mode == "env" else None
    for path, item in mounts:
        target = os.path.join(root, path[len(MOUNTED):], item["path"])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(store, item["key"]), target)
        os.chmod(target, 0o440)
    env = {**config, **{e["name"]: e["value"] for e in container.get("env", []) if "value" in e}}
    if mode == "env":
        return print_env(service, env, container.get("env", []), root, tls)
    for name, value in sorted(env.items()):
        if value.startswith(MOUNTED) and not value.startswith(MOUNTED + "tls/"):
            print(f"{name}={os.path.join(root, value[len(MOUNTED):])}")
    print(f"JEUGDLINK_CRYPTO_GENERATEMISSINGKEYS={env['JEUGDLINK_CRYPTO_GENERATEMISSINGKEYS']}")
    return 0


def print_env(service, env, entries, root, tls):
    def moved(value):
        prefix = "file:" if value.startswith("file:") else ""
        path = value[len(prefix):]
        if path.startswith(MOUNTED + "tls/"):
            return prefix + os.path.join(tls, path[len(MOUNTED + "tls/"):])
        if path.startswith(MOUNTED):
            return prefix + os.path.join(root, path[len(MOUNTED):])
        return value
    for e in entries:
        ref = e.get("valueFrom", {}).get("secretKeyRef")
        if not ref:
            continue
        if ref["name"] == f"{service}-tls":
            env[e["name"]] = open(os.path.join(tls, ref["key"]), encoding="ascii").read()
        else:
            print(f"{e['name']} comes from secret {ref['name']} (key {ref['key']}): set by the caller", file=sys.stderr)
    for name, value in sorted(env.items()):
        sys.stdout.write(f"{name}={moved(value)}\0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
