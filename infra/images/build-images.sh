#!/usr/bin/env bash
# ./jeugdlink images — a container image tar per service with Jib (jib:buildTar), on the base image this
# machine assembles from its own JDK 25 (build-base-image.sh): the local-only path for machines and CI
# that reach no image registry. Nothing is loaded from outside; the production base eclipse-temurin:25-jre
# stays in the root pom.xml (jib.from.image) for a build that reaches a registry.
#
# Then checks each tar as an image runtime would see it (check-image.py): the layers hold a JDK 25
# runtime (/opt/java/openjdk) and the service (/app/classes, /app/libs with the platform), the
# entrypoint starts java on the service's main class, the user is not root, the JVM flags are
# container-aware; and, where this machine allows chroot, starts `java -version` from the unpacked image.
#
# Usage: ./jeugdlink images [service ...]   (default: all six; output <service>/target/jib-image.tar)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
ALL=(intake-service case-service jbt-service jeugdhulp-routing-service escalation-service notification-service)
services=("$@")
(( ${#services[@]} )) || services=("${ALL[@]}")

bash infra/images/build-base-image.sh
BASE="tar://$ROOT/infra/images/target/jdk25-base.tar"
start=$(date +%s)
# One reactor: -am builds the platform and contracts the services need; Jib skips every module that is not
# an application (jib.skip, the root pom's application-image profile).
modules="$(IFS=,; echo "${services[*]}")"
./mvnw -B -q -pl "$modules" -am -DskipTests package jib:buildTar -Djib.from.image="$BASE"
echo "images: ${#services[@]} image tar(s) in $(( $(date +%s) - start )) s"
python3 infra/images/check-image.py "${services[@]/%//target/jib-image.tar}"
