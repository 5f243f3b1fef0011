#!/usr/bin/env python3
"""Checks image tars made by `jib:buildTar` (docker-save format) as a container runtime would see them.

For each tar: the config says a non-root user, an entrypoint that starts the JDK's java with
container-aware flags on the service's main class, the service and management ports; the layers hold a
JDK 25 runtime (/opt/java/openjdk, its `release` saying 25) and the service (/app/classes with its
*Application class, /app/libs with the platform starter). Where this process may chroot (root on Linux),
the layers are unpacked and the image's own java runs `-version` as the image's user.
Usage: check-image.py <service>/target/jib-image.tar ...
"""
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

failures = []


def layer_tar(data):
    return tarfile.open(fileobj=io.BytesIO(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data))


def check(path):
    where = os.path.relpath(path)
    with tarfile.open(path) as image:
        manifest = json.load(image.extractfile("manifest.json"))[0]
        config = json.load(image.extractfile(manifest["Config"]))
        layers = [image.extractfile(name).read() for name in manifest["Layers"]]
    cfg = config["config"]
    entry = cfg.get("Entrypoint") or []
    names = set()
    release = None
    for data in layers:
        with layer_tar(data) as t:
            for m in t.getmembers():
                names.add(m.name.lstrip("./"))
                if m.name.lstrip("./") == "opt/java/openjdk/release":
                    release = t.extractfile(m).read().decode()

    def need(ok, what):
        if not ok:
            failures.append(f"{where}: {what}")
    user = cfg.get("User", "")
    need(user and user.split(":")[0] not in ("", "0", "root"), f"runs as root (User={user!r})")
    need(entry[:1] == ["java"] or entry[:1] == ["/opt/java/openjdk/bin/java"], f"entrypoint is not java: {entry}")
    need(any(f.startswith("-XX:MaxRAMPercentage") for f in entry), "no container-aware heap (-XX:MaxRAMPercentage)")
    need(any(f.endswith("Application") for f in entry), f"no *Application main class in the entrypoint: {entry}")
    need({"8080/tcp", "9090/tcp"} <= set(cfg.get("ExposedPorts", {})), "ports 8080 and 9090 not exposed")
    need("MANAGEMENT_SERVER_PORT=9090" in cfg.get("Env", []), "no management port in the environment")
    need("opt/java/openjdk/bin/java" in names and "opt/java/openjdk/lib/server/libjvm.so" in names, "no Java runtime in /opt/java/openjdk")
    need(release is not None and 'JAVA_VERSION="25' in release, f"the runtime is not Java 25 ({(release or '').splitlines()[:1]})")
    need(any(n.startswith("app/classes/") and n.endswith("Application.class") for n in names), "no service classes in /app/classes")
    need(any(n.startswith("app/libs/platform-starter-") for n in names), "no platform starter in /app/libs")
    size = os.path.getsize(path) >> 20
    main = next((f for f in entry if f.endswith("Application")), "?")
    print(f"check-image: {where}: {len(layers)} layers, {size} MiB, user {user}, main {main}, Java {release and release.split('JAVA_VERSION=')[1].split()[0]}")
    return layers, config


def run_java(layers, config, where):
    """Unpacks the layers in order (later ones win) and runs, as the image's user with the image's
    environment, in a mount and pid namespace of its own with /proc as a runtime gives it: the image's
    java -version, then its entrypoint with --dry-run (the JVM starts and loads the service's main class
    from the image's class path, without running it)."""
    cfg = config["config"]
    user, entry = cfg["User"], cfg["Entrypoint"]
    env = dict(e.split("=", 1) for e in cfg.get("Env", []))
    root = tempfile.mkdtemp(prefix="jeugdlink-image-")
    os.chmod(root, 0o755)   # the image's / as a runtime makes it: the user must be able to enter it
    try:
        for data in layers:
            with layer_tar(data) as t:
                t.extractall(root, filter="tar")
        os.makedirs(os.path.join(root, "proc"), exist_ok=True)
        jail = [shutil.which("unshare"), "--mount", "--pid", "--fork", f"--mount-proc={root}/proc", shutil.which("chroot"), f"--userspec={user}", root]
        version = subprocess.run(jail + ["java", "-version"], capture_output=True, text=True, timeout=60, env=env)
        first = (version.stderr or version.stdout).splitlines()[:1]
        if version.returncode != 0 or not first or '"25' not in first[0]:
            failures.append(f"{where}: the image's java does not start: {version.returncode} {version.stderr[:300]}")
            return
        dry = subprocess.run(jail + [entry[0], "--dry-run"] + entry[1:], capture_output=True, text=True, timeout=120, env=env)
        if dry.returncode != 0:
            failures.append(f"{where}: the entrypoint does not load its main class: {dry.returncode} {(dry.stderr or dry.stdout)[:400]}")
            return
        print(f"check-image: {where}: as user {user} in the unpacked image: {first[0]}; entrypoint loads {entry[-1]} (--dry-run)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(paths):
    can_chroot = os.geteuid() == 0 and shutil.which("chroot") is not None and shutil.which("unshare") is not None
    for path in paths:
        if not os.path.exists(path):
            failures.append(f"{path}: missing")
            continue
        layers, config = check(path)
        if can_chroot:
            run_java(layers, config, os.path.relpath(path))
    if not can_chroot:
        print("check-image: not root here: the unpacked image's java was not started")
    if failures:
        print("check-image: FAILED\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print(f"check-image: {len(paths)} image(s) hold a Java 25 runtime and their service, and run as a non-root user")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
