#!/usr/bin/env bash
# Assembles a container base image from this machine's JDK 25, for `jib:buildTar` where no registry
# is reachable (the local-only path of docs/deployment.md). The production base stays
# eclipse-temurin:25-jre (jib.from.image in the root pom.xml); this image exists so that CI shows a
# real image being built without loading anything from outside.
#
# What goes in, as one layer of a `docker save` tarball that Jib reads with tar://:
#   /opt/java/openjdk   a JDK 25 runtime made with jlink from the machine's JDK (JEP 493: no jmods
#                       needed), headless, without debug symbols; the modules the services use
#   /lib, /lib64        the glibc libraries that runtime links against (and nothing else: no shell)
#   /etc/passwd, group  root and the non-root user jeugdlink (uid/gid 10001) the services run as
#   /tmp                world-writable with the sticky bit (the JVM's perf data and Tomcat's work dir)
#
# Usage: infra/images/build-base-image.sh [output.tar]   (default: infra/images/target/jdk25-base.tar)
# Rebuilt only when the JDK or this script changed.
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$DIR/target/jdk25-base.tar}"
JDK="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[[ -x "$JDK/bin/jlink" ]] || { echo "build-base-image: no jlink in JAVA_HOME=$JDK (need a JDK 25)" >&2; exit 1; }
version="$("$JDK/bin/java" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
[[ "${version%%.*}" -ge 25 ]] || { echo "build-base-image: $JDK is Java $version, need 25" >&2; exit 1; }

# The runtime's modules: what Spring Boot, Kafka, the Mongo driver, Tink and Micrometer need, plus
# JFR and JMX for diagnosis in a running pod.
MODULES="java.se,jdk.unsupported,jdk.management,jdk.management.agent,jdk.jfr,jdk.zipfs,jdk.naming.dns,jdk.crypto.cryptoki,jdk.localedata,jdk.charsets,jdk.net"

stamp="$(printf '%s\n' "$version" "$MODULES" "$(sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1)")"
if [[ -f "$OUT" && -f "$OUT.stamp" && "$(cat "$OUT.stamp")" == "$stamp" ]]; then
  echo "build-base-image: $OUT is up to date (Java $version)"; exit 0
fi

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root/opt/java" "$root/etc" "$root/tmp" "$root/lib/x86_64-linux-gnu" "$root/lib64" "$root/home/jeugdlink"
"$JDK/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
  --output "$root/opt/java/openjdk"

# The shared libraries the runtime's own libraries need, copied from this machine (glibc; the X11
# libraries of AWT's window toolkit are left out: the services run headless and never load it).
for lib in $(ldd "$root"/opt/java/openjdk/bin/java "$root"/opt/java/openjdk/lib/*.so "$root"/opt/java/openjdk/lib/server/libjvm.so 2>/dev/null \
             | awk '$3 ~ /^\/lib|^\/usr\/lib/ { print $3 }' | sort -u); do
  case "$(basename "$lib")" in libX*|libxcb*|libasound*|libbsd*|libmd*) continue ;; esac
  cp -L "$lib" "$root/lib/x86_64-linux-gnu/"
done
cp -L /lib64/ld-linux-x86-64.so.2 "$root/lib64/"
cp -L /lib/x86_64-linux-gnu/libz.so.1 "$root/lib/x86_64-linux-gnu/" 2>/dev/null || true
cp -L /lib/x86_64-linux-gnu/libgcc_s.so.1 "$root/lib/x86_64-linux-gnu/" 2>/dev/null || true   # pthread_cancel needs it
printf 'root:x:0:0:root:/root:/sbin/nologin\njeugdlink:x:10001:10001:JeugdLink:/home/jeugdlink:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\njeugdlink:x:10001:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
chmod 1777 "$root/tmp"

mkdir -p "$(dirname "$OUT")"
python3 - "$root" "$work" "$OUT" "$version" <<'PY'
import hashlib, json, os, sys, tarfile
root, work, out, version = sys.argv[1:5]
layer = os.path.join(work, "layer.tar")

def normalise(info):
    # Reproducible: no owner names, no time stamps; everything owned by root except the user's home.
    info.uid = info.gid = 10001 if info.name.startswith("home/jeugdlink") else 0
    info.uname = info.gname = ""
    info.mtime = 0
    return info

with tarfile.open(layer, "w", format=tarfile.PAX_FORMAT) as t:
    for entry in sorted(os.listdir(root)):
        t.add(os.path.join(root, entry), arcname=entry, filter=normalise)
digest = hashlib.sha256(open(layer, "rb").read()).hexdigest()
config = {
    "architecture": "amd64", "os": "linux",
    "config": {
        "Env": ["PATH=/opt/java/openjdk/bin:/usr/local/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java/openjdk", "LANG=C.UTF-8"],
        "User": "10001:10001",
        "Labels": {"org.opencontainers.image.description": f"JeugdLink local-only base: JDK {version} runtime (jlink) from the build machine",
                   "nl.jeugdlink.base": "local-only; production uses eclipse-temurin:25-jre"},
    },
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]},
    "history": [{"created_by": "infra/images/build-base-image.sh"}],
}
config_bytes = json.dumps(config, sort_keys=True).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
manifest = [{"Config": config_name, "RepoTags": ["jeugdlink/jdk25-base:local"], "Layers": [digest + "/layer.tar"]}]
with tarfile.open(out + ".part", "w") as t:
    def add(name, data=None, path=None):
        if path:
            t.add(path, arcname=name, filter=normalise)
        else:
            info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, __import__("io").BytesIO(data))
    add(config_name, config_bytes)
    add(digest + "/layer.tar", path=layer)
    add("manifest.json", json.dumps(manifest).encode())
os.replace(out + ".part", out)
print(f"build-base-image: {out} (layer sha256:{digest[:12]}, {os.path.getsize(layer) // (1 << 20)} MiB, Java {version})")
PY
printf '%s' "$stamp" > "$OUT.stamp"
