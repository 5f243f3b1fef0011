#!/usr/bin/env bash
# The operations checks of issue 16, run by .ci/run after the tests (docs/deployment.md):
#   1. the Kubernetes manifests validate (infra/k8s/check.sh: npm kubernetes-models + the region's rules), and
#      the Keycloak realm gives the claims and audience the services read (infra/keycloak/check.py)     ~10 s
#   1b. the realm imported into a real Keycloak (its Quarkus distribution fetched with Maven, started on loopback with
#      its dev-file database): demo users log in through the realm's client, and the access tokens carry roles,
#      gemeenten, organisatie, agb, sub and the audience the services require; then the intake-service's jar runs on
#      that Keycloak with the manifests' key settings (on `JEUGDLINK_ONLY_INFRA=1 ./jeugdlink run`'s store and broker,
#      fixed ports, unless they already run) and answers its API: 200 / 403 with tokens, 401 without
#      (infra/keycloak/check-live.sh; needs the jars built)                                            ~2.5-3 min
#   1c. the manifests' TLS settings run for real (infra/k8s/check-tls.sh, ADR 0042): a throwaway CA, the infra's Kafka
#      broker with the StatefulSet's SSL listener settings, the embedded store with TLS only, the intake-service and
#      case-service jars with every setting of their Deployment; health UP over HTTPS, a referral from one to the other
#      over Kafka/TLS and MongoDB/TLS, plain-text clients refused (free ports; needs the jars built)       ~2-6 min
#   1d. the manifests' Kafka settings on a cluster of three (infra/k8s/check-kafka-cluster.sh): three KRaft nodes on loopback
#      with the StatefulSet's replication settings, the intake-service's jar with the ConfigMap's topic settings; every
#      declared topic at replication 3 and min.insync.replicas 2 under the region's prefix, a referral published with one
#      broker down, held in the outbox with two down and published when one returns (free ports; needs the jars built) ~2 min
#   2. an image tar per service with jib:buildTar on a base made from this machine's JDK 25, each checked
#      for its Java 25 runtime, its service and a non-root user (infra/images/build-images.sh)          ~2-4 min
#   3. every Grafana panel's query returns data from a live Prometheus scraping `./jeugdlink run` after
#      a demo load (infra/grafana/check-panels.sh; needs the fixed ports free)                            ~2 min
# JEUGDLINK_OPS_CHECKS=k8s,keycloak,tls,kafka-cluster,images,panels chooses (default: all six).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
checks=",${JEUGDLINK_OPS_CHECKS:-k8s,keycloak,tls,kafka-cluster,images,panels},"
step() { printf '\nops-checks: %s\n' "$*"; }
if [[ "$checks" == *,k8s,* ]]; then step "Kubernetes manifests, Keycloak realm"; bash infra/k8s/check.sh; python3 infra/keycloak/check.py; fi
if [[ "$checks" == *,keycloak,* ]]; then step "the realm in a real Keycloak"; bash infra/keycloak/check-live.sh; fi
if [[ "$checks" == *,tls,* ]]; then step "Kafka and MongoDB over TLS with the manifests' settings"; bash infra/k8s/check-tls.sh; fi
if [[ "$checks" == *,kafka-cluster,* ]]; then step "the manifests' Kafka settings on a cluster of three"; bash infra/k8s/check-kafka-cluster.sh; fi
if [[ "$checks" == *,images,* ]]; then step "container images (jib:buildTar)"; ./jeugdlink images; fi
if [[ "$checks" == *,panels,* ]]; then step "Grafana panel queries"; bash infra/grafana/check-panels.sh; fi
