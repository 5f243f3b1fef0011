#!/usr/bin/env python3
"""Writes the Kubernetes manifests of a JeugdLink region into infra/k8s/region/ (issue 16).

One file per part, applied in their numbered order (docs/deployment.md): the namespace and its
configuration, the certificates of TLS inside the cluster (cert-manager, docs/runbooks/certificates.md), Kafka (three KRaft brokers, replication 3, min.insync.replicas 2), a MongoDB replica
set of three, the six services (two replicas each, probes on the management port, PodDisruptionBudgets,
NetworkPolicies), the region's OpenID Connect provider (Keycloak with the realm of infra/keycloak/, two replicas, and
its PostgreSQL), Prometheus (with infra/prometheus/alerts.yml) and Grafana (with infra/grafana/).
Secrets are referenced, never written: docs/deployment.md says how to create each from the region's
secret store.

Edit here, not in the YAML: `validate.mjs` (npm kubernetes-models) checks the YAML, and that it is what
this writes. Usage: python3 infra/k8s/generate.py [--check]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(HERE, "region")
NS = "jeugdlink"
VERSION = "0.1.0-SNAPSHOT"
PART_OF = {"app.kubernetes.io/part-of": "jeugdlink"}

# name, database suffix, CPU request/limit, memory (request = limit: the JVM's heap is a share of it)
SERVICES = [
    ("intake-service", "intake", "250m", "1", "768Mi"),
    ("case-service", "casus", "250m", "1", "768Mi"),
    ("jbt-service", "jbt", "200m", "1", "640Mi"),
    ("jeugdhulp-routing-service", "routing", "200m", "1", "640Mi"),
    ("escalation-service", "escalatie", "250m", "1", "768Mi"),
    ("notification-service", "notificatie", "200m", "1", "640Mi"),
]
KAFKA_IMAGE = "apache/kafka:4.1.1"
MONGO_IMAGE = "mongo:8.0"
PROMETHEUS_IMAGE = "prom/prometheus:v3.7.3"
GRAFANA_IMAGE = "grafana/grafana:12.2.1"
# The version infra/keycloak/check-live.sh imports the realm into and logs demo users in with.
KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.5.6"
POSTGRES_IMAGE = "postgres:17.6"
ISSUER_URI = "https://sso.foodvalley.example/realms/jeugdlink"


def labels(name, component):
    return {"app.kubernetes.io/name": name, "app.kubernetes.io/component": component, **PART_OF}


def meta(name, component, **extra):
    return {"name": name, "namespace": NS, "labels": labels(name, component), **extra}


def restricted(user=10001):
    """The pod's security context: never root, no privilege escalation, nothing added (PSS restricted)."""
    return {"runAsNonRoot": True, "runAsUser": user, "runAsGroup": user, "fsGroup": user,
            "seccompProfile": {"type": "RuntimeDefault"}}


def container_security(read_only=True):
    return {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": read_only, "capabilities": {"drop": ["ALL"]}}


def pdb(name, component, min_available=None, max_unavailable=None):
    spec = {"selector": {"matchLabels": {"app.kubernetes.io/name": name}}}
    if min_available is not None:
        spec["minAvailable"] = min_available
    else:
        spec["maxUnavailable"] = max_unavailable
    return {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": meta(name, component), "spec": spec}


def peers(*names):
    return [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": n}}} for n in names]


def netpol(name, component, ingress, egress):
    return {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": meta(name, component),
            "spec": {"podSelector": {"matchLabels": {"app.kubernetes.io/name": name}}, "policyTypes": ["Ingress", "Egress"],
                     "ingress": ingress, "egress": egress}}


DNS = {"to": [{"namespaceSelector": {}, "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}}}],
       "ports": [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}]}
SERVICE_NAMES = [s[0] for s in SERVICES]


def namespace():
    return [
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": NS, "labels": {
            **PART_OF, "pod-security.kubernetes.io/enforce": "restricted", "pod-security.kubernetes.io/enforce-version": "latest"}}},
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta("jeugdlink-config", "config"), "data": {
            # The one broker setting every Kafka client reads (ADR 0023).
            "JEUGDLINK_KAFKA_BROKERS": "kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092",
            # Topics the services declare at start: replication 3, min.insync.replicas 2 (ADR 0023).
            "JEUGDLINK_TOPIC_REPLICATION": "3",
            "JEUGDLINK_TOPIC_MIN_INSYNC": "2",
            # The region's prefix on every topic and consumer group, so that regions can share one cluster (TopicPrefix,
            # ADR 0023): foodvalley.jeugdlink.casus.casus, group foodvalley.case-service. Set it once, before the first start.
            "JEUGDLINK_TOPIC_PREFIX": "foodvalley.",
            # The region's OpenID Connect provider, and the audience every token must carry (infra/keycloak/).
            "JEUGDLINK_ISSUER_URI": ISSUER_URI,
            "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES": "jeugdlink",
            "JEUGDLINK_REGION": "foodvalley",
            "JEUGDLINK_TRACING_SAMPLING": "0.1",
            # Spans go to the region's OpenTelemetry collector over OTLP/HTTP (ADR 0023); unset, nothing is exported.
            "JEUGDLINK_OTLP_ENDPOINT": "http://otel-collector.observability:4318/v1/traces",
            # The public addresses of the pages the family's personal links open (JBT report, conversation feedback).
            "JEUGDLINK_JBT_LINK_BASIS": "https://jbt.jeugdlink.foodvalley.example",
            "JEUGDLINK_CASUS_LINK_BASIS": "https://casus.jeugdlink.foodvalley.example",
            # Keysets come from the secret jeugdlink-keysets, mounted read-only (never generated outside the laptop).
            "JEUGDLINK_CRYPTO_KEYSETFILE": "/etc/jeugdlink/keys/veldsleutels.json",
            "JEUGDLINK_VERZEGELING_PUBLIEKESLEUTELFILE": "/etc/jeugdlink/keys/verzegeling-publiek.json",
            "JEUGDLINK_VERZEGELING_SLEUTELFILE": "/etc/jeugdlink/sealing/verzegeling-prive.json",
            # A child's data on request (ADR 0031): every service answers, so each opens the request (the private half of
            # inzage-verzoek) and seals its part for the case-service (the public half of inzage-antwoord). The case-service's
            # other halves (sealing requests, opening parts) are set on its Deployment, as are the intake's and the routing's
            # BSN keys: infra/k8s/check-keys.py derives from the code which service reads which key and checks it is mounted.
            "JEUGDLINK_INZAGE_VERZEGELING_VERZOEK_SLEUTELFILE": "/etc/jeugdlink/keys/inzage-verzoek-prive.json",
            "JEUGDLINK_INZAGE_VERZEGELING_ANTWOORD_PUBLIEKESLEUTELFILE": "/etc/jeugdlink/keys/inzage-antwoord-publiek.json",
            "JEUGDLINK_CRYPTO_GENERATEMISSINGKEYS": "false",
            # The embedded defaults' loopback webhooks are off in a region: https only.
            "JEUGDLINK_WEBHOOKS_HTTPOPLOOPBACK": "false",
            # TLS inside the cluster (05-tls.yaml, docs/runbooks/certificates.md). Each service's certificate (cert-manager,
            # secret <service>-tls, mounted at /etc/jeugdlink/tls) is the Spring SSL bundle "jeugdlink", reloaded when
            # cert-manager renews it: the HTTP and management ports serve it, the Mongo client trusts the region's CA with it.
            "SPRING_SSL_BUNDLE_PEM_JEUGDLINK_KEYSTORE_CERTIFICATE": "file:/etc/jeugdlink/tls/tls.crt",
            "SPRING_SSL_BUNDLE_PEM_JEUGDLINK_KEYSTORE_PRIVATEKEY": "file:/etc/jeugdlink/tls/tls.key",
            "SPRING_SSL_BUNDLE_PEM_JEUGDLINK_TRUSTSTORE_CERTIFICATE": "file:/etc/jeugdlink/tls/ca.crt",
            "SPRING_SSL_BUNDLE_PEM_JEUGDLINK_RELOADONUPDATE": "true",
            "SERVER_SSL_BUNDLE": "jeugdlink",
            "MANAGEMENT_SERVER_SSL_BUNDLE": "jeugdlink",
            "SPRING_MONGODB_SSL_ENABLED": "true",
            "SPRING_MONGODB_SSL_BUNDLE": "jeugdlink",
            # Kafka over TLS with a client certificate (the brokers require one). The Kafka binder does not read Spring SSL
            # bundles (spring-cloud-stream#2895), but it does read spring.kafka.ssl.*, as every other Kafka client of the
            # platform does (ADR 0023): the PEM contents come from the service's certificate secret (env of the Deployment).
            "SPRING_KAFKA_SECURITY_PROTOCOL": "SSL",
            "SPRING_KAFKA_SSL_KEYSTORETYPE": "PEM",
            "SPRING_KAFKA_SSL_TRUSTSTORETYPE": "PEM",
        }},
    ]


def kafka():
    name, component = "kafka", "broker"
    voters = ",".join(f"{i}@kafka-{i}.kafka:9093" for i in range(3))
    env = {
        "KAFKA_PROCESS_ROLES": "broker,controller",
        "KAFKA_CONTROLLER_QUORUM_VOTERS": voters,
        # Every listener on TLS with client certificates required: the services, the other brokers and the controllers
        # show a certificate of the region's CA (05-tls.yaml). The key and chain are one PEM file (Kafka's PEM key store),
        # put together at start from the secret cert-manager keeps; the listener is named CLIENT, not SSL, so that the
        # image's start script does not ask for the JKS key store files and passwords it wants for a listener named SSL.
        "KAFKA_LISTENERS": "CLIENT://:9092,CONTROLLER://:9093",
        "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP": "CLIENT:SSL,CONTROLLER:SSL",
        "KAFKA_CONTROLLER_LISTENER_NAMES": "CONTROLLER",
        "KAFKA_INTER_BROKER_LISTENER_NAME": "CLIENT",
        "KAFKA_SSL_KEYSTORE_TYPE": "PEM",
        "KAFKA_SSL_KEYSTORE_LOCATION": "/etc/kafka/tls/keystore.pem",
        "KAFKA_SSL_TRUSTSTORE_TYPE": "PEM",
        "KAFKA_SSL_TRUSTSTORE_LOCATION": "/etc/kafka/tls-secret/ca.crt",
        "KAFKA_SSL_CLIENT_AUTH": "required",
        "KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM": "https",
        "KAFKA_DEFAULT_REPLICATION_FACTOR": "3",
        "KAFKA_MIN_INSYNC_REPLICAS": "2",
        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR": "3",
        "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR": "3",
        "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR": "2",
        # The services declare their topics (TopicDeclarations); a typo must not create one.
        "KAFKA_AUTO_CREATE_TOPICS_ENABLE": "false",
        "KAFKA_LOG_DIRS": "/var/lib/kafka/data",
        "KAFKA_HEAP_OPTS": "-Xms512m -Xmx512m",
    }
    container = {
        "name": "kafka", "image": KAFKA_IMAGE,
        # The node id is the StatefulSet ordinal; the advertised name is the pod's stable DNS name.
        "command": ["/bin/bash", "-c", "export KAFKA_NODE_ID=${HOSTNAME##*-}; "
                    "export KAFKA_ADVERTISED_LISTENERS=CLIENT://${HOSTNAME}.kafka:9092; exec /etc/kafka/docker/run"],
        "env": [{"name": k, "value": v} for k, v in env.items()]
        + [{"name": "CLUSTER_ID", "valueFrom": {"secretKeyRef": {"name": "kafka-cluster", "key": "cluster-id"}}}],
        "ports": [{"name": "client", "containerPort": 9092}, {"name": "controller", "containerPort": 9093}],
        "resources": {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "1Gi"}},
        "readinessProbe": {"tcpSocket": {"port": "client"}, "periodSeconds": 10},
        "livenessProbe": {"tcpSocket": {"port": "controller"}, "initialDelaySeconds": 60, "periodSeconds": 20},
        "volumeMounts": [{"name": "data", "mountPath": "/var/lib/kafka/data"}, {"name": "tmp", "mountPath": "/tmp"},
                         {"name": "tls-secret", "mountPath": "/etc/kafka/tls-secret", "readOnly": True},
                         {"name": "tls", "mountPath": "/etc/kafka/tls", "readOnly": True}],
        "securityContext": container_security(read_only=False),
    }
    keystore = pem_keystore("keystore", KAFKA_IMAGE, "/etc/kafka/tls-secret", "/etc/kafka/tls", "keystore.pem", key_first=True)
    return [
        {"apiVersion": "v1", "kind": "Service", "metadata": meta(name, component),
         "spec": {"clusterIP": "None", "publishNotReadyAddresses": True, "selector": {"app.kubernetes.io/name": name},
                  "ports": [{"name": "client", "port": 9092}, {"name": "controller", "port": 9093}]}},
        {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": meta(name, component),
         "spec": {"serviceName": name, "replicas": 3, "podManagementPolicy": "Parallel",
                  "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
                  "template": {"metadata": {"labels": labels(name, component)},
                               "spec": {"securityContext": restricted(1000), "initContainers": [keystore], "containers": [container],
                                        "affinity": anti_affinity(name),
                                        "volumes": [{"name": "tmp", "emptyDir": {}}, tls_secret("kafka-tls", "tls-secret"),
                                                    {"name": "tls", "emptyDir": {"medium": "Memory", "sizeLimit": "1Mi"}}]}},
                  "volumeClaimTemplates": [{"metadata": {"name": "data"}, "spec": {
                      "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "50Gi"}}}}]}},
        # One broker at a time: with min.insync.replicas 2 of 3, the cluster keeps accepting writes.
        pdb(name, component, max_unavailable=1),
        netpol(name, component,
               ingress=[{"from": peers(*SERVICE_NAMES), "ports": [{"port": 9092}]},
                        {"from": peers(name), "ports": [{"port": 9092}, {"port": 9093}]}],
               egress=[{"to": peers(name), "ports": [{"port": 9092}, {"port": 9093}]}, DNS]),
    ]


def tls_secret(secret, volume):
    """The secret cert-manager keeps for a Certificate of 05-tls.yaml (tls.crt, tls.key, ca.crt), as a read-only volume."""
    return {"name": volume, "secret": {"secretName": secret, "defaultMode": 0o440}}


def pem_keystore(name, image, source, target, file, key_first):
    """An init container that puts key and certificate chain in one PEM file readable by the pod's user only (Kafka's PEM key
    store and mongod's certificate key file want them together; cert-manager writes them apart). Runs at each pod start, so a
    renewed certificate is taken by a rolling restart (docs/runbooks/certificates.md)."""
    parts = f"{source}/tls.key {source}/tls.crt" if key_first else f"{source}/tls.crt {source}/tls.key"
    return {
        "name": name, "image": image,
        "command": ["sh", "-c", f"cat {parts} > {target}/{file} && chmod 400 {target}/{file}"],
        "resources": {"requests": {"cpu": "10m", "memory": "16Mi"}, "limits": {"memory": "64Mi"}},
        "volumeMounts": [{"name": "tls-secret", "mountPath": source, "readOnly": True}, {"name": "tls", "mountPath": target}],
        "securityContext": container_security(),
    }


def certificate(name, dns_names, usages, component="tls"):
    """A cert-manager Certificate from the region's CA issuer: 90 days, renewed 30 days before, a new PKCS#8 key each time."""
    return {"apiVersion": "cert-manager.io/v1", "kind": "Certificate", "metadata": meta(name, component),
            "spec": {"secretName": name, "issuerRef": {"name": "jeugdlink-ca", "kind": "Issuer", "group": "cert-manager.io"},
                     "commonName": dns_names[0], "dnsNames": dns_names, "duration": "2160h", "renewBefore": "720h",
                     "privateKey": {"algorithm": "RSA", "size": 2048, "encoding": "PKCS8", "rotationPolicy": "Always"},
                     "usages": usages}}


def dns(*names):
    """Short, namespace and cluster-wide names of each host."""
    return [form for n in names for form in (n, f"{n}.{NS}", f"{n}.{NS}.svc", f"{n}.{NS}.svc.cluster.local")]


def tls():
    """The region's CA issuer (its key pair from the secret store, never made here) and a certificate per workload."""
    server_client = ["digital signature", "key encipherment", "server auth", "client auth"]
    objects = [{"apiVersion": "cert-manager.io/v1", "kind": "Issuer", "metadata": meta("jeugdlink-ca", "tls"),
                "spec": {"ca": {"secretName": "jeugdlink-ca"}}},
               certificate("kafka-tls", dns("kafka", *[f"kafka-{i}.kafka" for i in range(3)]), server_client),
               certificate("mongo-tls", dns("mongo", *[f"mongo-{i}.mongo" for i in range(3)]), server_client)]
    objects += [certificate(f"{n}-tls", dns(n), server_client) for n in SERVICE_NAMES]
    # Prometheus scrapes with a client certificate (and the CA to check the services' management ports with), and serves its
    # API over TLS to Grafana with the same certificate.
    objects.append(certificate("prometheus-tls", dns("prometheus"), server_client))
    # Grafana is only a client of Prometheus: its secret's ca.crt is what it checks Prometheus with (the client certificate is
    # there for mutual TLS when the region wants it; Prometheus does not ask for one, as the kubelet's probes have none).
    objects.append(certificate("grafana-tls", dns("grafana"), ["digital signature", "key encipherment", "client auth"]))
    # Keycloak serves https inside the cluster (the ingress re-encrypts to it) and reaches its database over TLS.
    objects.append(certificate("keycloak-tls", dns("keycloak"), server_client))
    objects.append(certificate("keycloak-db-tls", dns("keycloak-db"), server_client))
    return objects


def anti_affinity(name):
    """Replicas on different nodes where the cluster has them."""
    return {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{
        "weight": 100, "podAffinityTerm": {"topologyKey": "kubernetes.io/hostname",
                                           "labelSelector": {"matchLabels": {"app.kubernetes.io/name": name}}}}]}}


def mongodb():
    name, component = "mongo", "database"
    container = {
        "name": "mongod", "image": MONGO_IMAGE,
        # Members authenticate to each other with the key file; clients with the users of docs/deployment.md.
        # TLS required for members and clients (05-tls.yaml); the services connect with the CA and no client certificate
        # (they authenticate with their user), members show theirs to each other.
        "args": ["--replSet", "rs0", "--bind_ip_all", "--auth", "--keyFile", "/etc/mongo-keyfile/keyfile",
                 "--tlsMode", "requireTLS", "--tlsCertificateKeyFile", "/etc/mongo-tls/mongo.pem",
                 "--tlsCAFile", "/etc/mongo-tls-secret/ca.crt", "--tlsAllowConnectionsWithoutCertificates"],
        "ports": [{"name": "mongo", "containerPort": 27017}],
        "resources": {"requests": {"cpu": "500m", "memory": "2Gi"}, "limits": {"cpu": "2", "memory": "2Gi"}},
        "readinessProbe": {"exec": {"command": ["sh", "-c", "mongosh --quiet --tls --tlsCAFile /etc/mongo-tls-secret/ca.crt "
                                                "--host ${HOSTNAME}.mongo --eval \"db.adminCommand('ping').ok\""]}, "periodSeconds": 10},
        "livenessProbe": {"tcpSocket": {"port": "mongo"}, "initialDelaySeconds": 30, "periodSeconds": 20},
        "volumeMounts": [{"name": "data", "mountPath": "/data/db"}, {"name": "keyfile", "mountPath": "/etc/mongo-keyfile", "readOnly": True},
                         {"name": "tmp", "mountPath": "/tmp"}, {"name": "tls-secret", "mountPath": "/etc/mongo-tls-secret", "readOnly": True},
                         {"name": "tls", "mountPath": "/etc/mongo-tls", "readOnly": True}],
        "securityContext": container_security(read_only=False),
    }
    # mongod refuses a key file that its group may read, and a secret volume with an fsGroup is group-readable:
    # copy it once into a volume of the pod's own, readable by mongod's user only.
    keyfile = {
        "name": "keyfile", "image": MONGO_IMAGE,
        "command": ["sh", "-c", "cp /etc/mongo-keyfile-secret/keyfile /etc/mongo-keyfile/keyfile && chmod 400 /etc/mongo-keyfile/keyfile"],
        "resources": {"requests": {"cpu": "10m", "memory": "16Mi"}, "limits": {"memory": "64Mi"}},
        "volumeMounts": [{"name": "keyfile-secret", "mountPath": "/etc/mongo-keyfile-secret", "readOnly": True},
                         {"name": "keyfile", "mountPath": "/etc/mongo-keyfile"}],
        "securityContext": container_security(),
    }
    return [
        {"apiVersion": "v1", "kind": "Service", "metadata": meta(name, component),
         "spec": {"clusterIP": "None", "publishNotReadyAddresses": True, "selector": {"app.kubernetes.io/name": name},
                  "ports": [{"name": "mongo", "port": 27017}]}},
        {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": meta(name, component),
         "spec": {"serviceName": name, "replicas": 3, "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
                  "template": {"metadata": {"labels": labels(name, component)},
                               "spec": {"securityContext": restricted(999),
                                        "initContainers": [keyfile, pem_keystore("tls", MONGO_IMAGE, "/etc/mongo-tls-secret", "/etc/mongo-tls",
                                                                                 "mongo.pem", key_first=False)],
                                        "containers": [container],
                                        "affinity": anti_affinity(name),
                                        "volumes": [{"name": "keyfile-secret", "secret": {"secretName": "mongo-keyfile", "defaultMode": 0o440}},
                                                    {"name": "keyfile", "emptyDir": {"medium": "Memory", "sizeLimit": "1Mi"}},
                                                    {"name": "tmp", "emptyDir": {}}, tls_secret("mongo-tls", "tls-secret"),
                                                    {"name": "tls", "emptyDir": {"medium": "Memory", "sizeLimit": "1Mi"}}]}},
                  "volumeClaimTemplates": [{"metadata": {"name": "data"}, "spec": {
                      "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "50Gi"}}}}]}},
        # A majority (2 of 3) stays up: the replica set keeps its primary.
        pdb(name, component, max_unavailable=1),
        netpol(name, component,
               ingress=[{"from": peers(*SERVICE_NAMES, name), "ports": [{"port": 27017}]}],
               egress=[{"to": peers(name), "ports": [{"port": 27017}]}, DNS]),
    ]


def service(name, database, cpu_request, cpu_limit, memory):
    component = "service"
    certificate_secret = f"{name}-tls"
    env = [{"name": "SPRING_MONGODB_URI", "valueFrom": {"secretKeyRef": {"name": "jeugdlink-mongodb", "key": name}}}]
    # Kafka's PEM key and trust stores as contents (the binder reads spring.kafka.ssl.*, not Spring's bundles): fixed at start,
    # so a renewed certificate reaches the Kafka clients with the rolling restart of docs/runbooks/certificates.md.
    env += [{"name": var, "valueFrom": {"secretKeyRef": {"name": certificate_secret, "key": key}}}
            for var, key in (("SPRING_KAFKA_SSL_KEYSTORECERTIFICATECHAIN", "tls.crt"), ("SPRING_KAFKA_SSL_KEYSTOREKEY", "tls.key"),
                             ("SPRING_KAFKA_SSL_TRUSTSTORECERTIFICATES", "ca.crt"))]
    mounts = [{"name": "keys", "mountPath": "/etc/jeugdlink/keys", "readOnly": True}, {"name": "tmp", "mountPath": "/tmp"},
              {"name": "tls", "mountPath": "/etc/jeugdlink/tls", "readOnly": True}]
    keys = ["veldsleutels.json", "verzegeling-publiek.json", "inzage-verzoek-prive.json", "inzage-antwoord-publiek.json"]
    # Keys of one service only, each from the secret jeugdlink-keysets (docs/deployment.md): the path in the env, the file in /etc/jeugdlink/keys.
    own = {
        # The blind index of the children's BSNs (a keyed hash, Tink HMAC keyset): required outside the embedded run.
        "intake-service": [("JEUGDLINK_INTAKE_BSNINDEX_KEYSETFILE", "bsn-index.json")],
        # The requester of ADR 0031 seals the child's identity for the answerers and alone opens their parts.
        "case-service": [("JEUGDLINK_INZAGE_VERZEGELING_VERZOEK_PUBLIEKESLEUTELFILE", "inzage-verzoek-publiek.json"),
                         ("JEUGDLINK_INZAGE_VERZEGELING_ANTWOORD_SLEUTELFILE", "inzage-antwoord-prive.json")],
        # The iJw requests' keyed hash of the client's BSN (HMAC-SHA256, 32 bytes as hex): both replicas must compute the same.
        "jeugdhulp-routing-service": [("JEUGDLINK_ROUTING_BSNSLEUTELFILE", "routing-bsn-sleutel.hex")],
    }.get(name, [])
    env += [{"name": var, "value": f"/etc/jeugdlink/keys/{key}"} for var, key in own]
    keys += [key for _, key in own]
    volumes = [{"name": "keys", "secret": {"secretName": "jeugdlink-keysets", "defaultMode": 0o440,
                                           "items": [{"key": k, "path": k} for k in keys]}},
               {"name": "tmp", "emptyDir": {}}, tls_secret(certificate_secret, "tls")]
    egress = [{"to": peers("kafka"), "ports": [{"port": 9092}]}, {"to": peers("mongo"), "ports": [{"port": 27017}]}, DNS,
              # The OIDC provider's discovery and keys (and, for the notification-service, webhook receivers) over https.
              {"ports": [{"protocol": "TCP", "port": 443}]}]
    if name == "notification-service":
        # Only the notification-service opens what others sealed for it (ADR 0011): the private keyset is its alone.
        mounts.append({"name": "sealing", "mountPath": "/etc/jeugdlink/sealing", "readOnly": True})
        volumes.append({"name": "sealing", "secret": {"secretName": "jeugdlink-keysets", "defaultMode": 0o440,
                                                      "items": [{"key": "verzegeling-prive.json", "path": "verzegeling-prive.json"}]}})
        env += [{"name": "SPRING_MAIL_HOST", "valueFrom": {"secretKeyRef": {"name": "jeugdlink-smtp", "key": "host"}}},
                {"name": "SPRING_MAIL_PORT", "valueFrom": {"secretKeyRef": {"name": "jeugdlink-smtp", "key": "port"}}},
                {"name": "SPRING_MAIL_USERNAME", "valueFrom": {"secretKeyRef": {"name": "jeugdlink-smtp", "key": "username"}}},
                {"name": "SPRING_MAIL_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "jeugdlink-smtp", "key": "password"}}}]
        egress.append({"ports": [{"protocol": "TCP", "port": 587}]})
    # The management port serves TLS (MANAGEMENT_SERVER_SSL_BUNDLE); the kubelet does not check the certificate.
    probe = lambda path, **timing: {"httpGet": {"path": path, "port": "management", "scheme": "HTTPS"}, **timing}
    container = {
        "name": name, "image": f"registry.foodvalley.example/jeugdlink/{name}:{VERSION}",
        "envFrom": [{"configMapRef": {"name": "jeugdlink-config"}}],
        "env": env,
        "ports": [{"name": "http", "containerPort": 8080}, {"name": "management", "containerPort": 9090}],
        "resources": {"requests": {"cpu": cpu_request, "memory": memory}, "limits": {"cpu": cpu_limit, "memory": memory}},
        # Spring Boot's probe groups on the management port (the image sets MANAGEMENT_SERVER_PORT=9090): liveness
        # says only that the JVM works; readiness that it can take traffic.
        "startupProbe": probe("/actuator/health/liveness", periodSeconds=5, failureThreshold=36),
        "livenessProbe": probe("/actuator/health/liveness", periodSeconds=10, failureThreshold=3),
        "readinessProbe": probe("/actuator/health/readiness", periodSeconds=5, failureThreshold=3),
        "volumeMounts": mounts,
        "securityContext": container_security(),
    }
    ui = "ingress-nginx"
    return [
        {"apiVersion": "v1", "kind": "Service", "metadata": meta(name, component),
         "spec": {"selector": {"app.kubernetes.io/name": name},
                  "ports": [{"name": "http", "port": 80, "targetPort": "http"}, {"name": "management", "port": 9090, "targetPort": "management"}]}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta(name, component),
         "spec": {"replicas": 2, "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
                  "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 1}},
                  "template": {"metadata": {"labels": labels(name, component),
                                            "annotations": {"prometheus.io/scrape": "true", "prometheus.io/port": "9090",
                                                            "prometheus.io/scheme": "https",
                                                            "prometheus.io/path": "/actuator/prometheus"}},
                               "spec": {"securityContext": restricted(), "automountServiceAccountToken": False,
                                        "terminationGracePeriodSeconds": 40, "affinity": anti_affinity(name),
                                        "containers": [container], "volumes": volumes}}}},
        pdb(name, component, min_available=1),
        netpol(name, component,
               ingress=[{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": ui}}}], "ports": [{"port": 8080}]},
                        {"from": peers("prometheus"), "ports": [{"port": 9090}]}],
               egress=egress),
    ]


def keycloak():
    """The region's OpenID Connect provider: Keycloak with the realm of infra/keycloak/jeugdlink-realm.json, imported at the
    first start (a realm that exists is left as it is: later changes are made in Keycloak and exported back), two replicas
    sharing sessions through their caches (Keycloak's default jdbc-ping discovery over the database), and its PostgreSQL.
    Users come from the region's identity source (LDAP/AD federation or an identity provider, set up in the realm), so it
    may reach LDAPS and https outside. The public address is the issuer the services check (JEUGDLINK_ISSUER_URI), routed by
    the ingress controller to port 8443."""
    name, component = "keycloak", "identity"
    with open(os.path.join(ROOT, "infra", "keycloak", "jeugdlink-realm.json"), encoding="utf-8") as f:
        realm = f.read()
    secret = lambda secret_name, key: {"valueFrom": {"secretKeyRef": {"name": secret_name, "key": key}}}
    env = {
        "KC_HOSTNAME": ISSUER_URI.split("/realms/")[0],
        "KC_PROXY_HEADERS": "xforwarded",
        "KC_HTTP_ENABLED": "false",
        "KC_HTTPS_PORT": "8443",
        "KC_HTTPS_CERTIFICATE_FILE": "/etc/keycloak/tls/tls.crt",
        "KC_HTTPS_CERTIFICATE_KEY_FILE": "/etc/keycloak/tls/tls.key",
        "KC_HEALTH_ENABLED": "true",
        "KC_METRICS_ENABLED": "true",
        "KC_DB": "postgres",
        "KC_DB_URL": "jdbc:postgresql://keycloak-db:5432/keycloak?sslmode=verify-full&sslrootcert=/etc/keycloak/tls/ca.crt",
        "KC_CACHE": "ispn",
    }
    env_list = [{"name": k, "value": v} for k, v in env.items()] + [
        {"name": "KC_DB_USERNAME", **secret("keycloak-db", "username")},
        {"name": "KC_DB_PASSWORD", **secret("keycloak-db", "password")},
        # Only read at the very first start, to make the first administrator; change its password then.
        {"name": "KC_BOOTSTRAP_ADMIN_USERNAME", **secret("keycloak-admin", "username")},
        {"name": "KC_BOOTSTRAP_ADMIN_PASSWORD", **secret("keycloak-admin", "password")},
    ]
    probe = lambda path, **timing: {"httpGet": {"path": path, "port": "management", "scheme": "HTTPS"}, **timing}
    container = {
        "name": name, "image": KEYCLOAK_IMAGE,
        "args": ["start", "--import-realm"],
        "env": env_list,
        "ports": [{"name": "https", "containerPort": 8443}, {"name": "management", "containerPort": 9000},
                  {"name": "jgroups", "containerPort": 7800}, {"name": "jgroups-fd", "containerPort": 57800}],
        "resources": {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "1Gi"}},
        # Its build step runs at each start before the health endpoints answer.
        "startupProbe": probe("/health/started", periodSeconds=5, failureThreshold=60),
        "livenessProbe": probe("/health/live", periodSeconds=10, failureThreshold=3),
        "readinessProbe": probe("/health/ready", periodSeconds=10, failureThreshold=3),
        "volumeMounts": [{"name": "realm", "mountPath": "/opt/keycloak/data/import", "readOnly": True},
                         {"name": "tls", "mountPath": "/etc/keycloak/tls", "readOnly": True}],
        # Keycloak writes its optimised build under /opt/keycloak at start.
        "securityContext": container_security(read_only=False),
    }
    db, db_component = "keycloak-db", "database"
    database = {
        "name": "postgres", "image": POSTGRES_IMAGE,
        "args": ["-c", "ssl=on", "-c", "ssl_cert_file=/etc/postgres-tls/tls.crt", "-c", "ssl_key_file=/etc/postgres-tls/tls.key",
                 "-c", "ssl_min_protocol_version=TLSv1.2"],
        "env": [{"name": "POSTGRES_DB", "value": "keycloak"}, {"name": "PGDATA", "value": "/var/lib/postgresql/data/pgdata"},
                {"name": "POSTGRES_USER", **secret("keycloak-db", "username")},
                {"name": "POSTGRES_PASSWORD", **secret("keycloak-db", "password")}],
        "ports": [{"name": "postgres", "containerPort": 5432}],
        "resources": {"requests": {"cpu": "250m", "memory": "512Mi"}, "limits": {"cpu": "1", "memory": "512Mi"}},
        "readinessProbe": {"exec": {"command": ["sh", "-c", "pg_isready -h 127.0.0.1 -U \"$POSTGRES_USER\" -d keycloak"]}, "periodSeconds": 10},
        "livenessProbe": {"exec": {"command": ["sh", "-c", "pg_isready -h 127.0.0.1 -U \"$POSTGRES_USER\" -d keycloak"]},
                          "initialDelaySeconds": 30, "periodSeconds": 20},
        "volumeMounts": [{"name": "data", "mountPath": "/var/lib/postgresql/data"}, {"name": "run", "mountPath": "/var/run/postgresql"},
                         {"name": "tmp", "mountPath": "/tmp"}, {"name": "tls", "mountPath": "/etc/postgres-tls", "readOnly": True}],
        "securityContext": container_security(),
    }
    # PostgreSQL refuses a key file that others than its user may read; a secret volume with an fsGroup is group-readable.
    tls_copy = {
        "name": "tls", "image": POSTGRES_IMAGE,
        "command": ["sh", "-c", "cp /etc/postgres-tls-secret/tls.crt /etc/postgres-tls-secret/tls.key /etc/postgres-tls/ "
                    "&& chmod 600 /etc/postgres-tls/tls.key"],
        "resources": {"requests": {"cpu": "10m", "memory": "16Mi"}, "limits": {"memory": "64Mi"}},
        "volumeMounts": [{"name": "tls-secret", "mountPath": "/etc/postgres-tls-secret", "readOnly": True},
                         {"name": "tls", "mountPath": "/etc/postgres-tls"}],
        "securityContext": container_security(),
    }
    return [
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta("keycloak-realm", component), "data": {"jeugdlink-realm.json": realm}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta(name, component),
         "spec": {"replicas": 2, "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
                  "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 1}},
                  "template": {"metadata": {"labels": labels(name, component)},
                               "spec": {"securityContext": restricted(1000), "automountServiceAccountToken": False,
                                        "affinity": anti_affinity(name), "containers": [container],
                                        "volumes": [{"name": "realm", "configMap": {"name": "keycloak-realm"}},
                                                    tls_secret("keycloak-tls", "tls")]}}}},
        {"apiVersion": "v1", "kind": "Service", "metadata": meta(name, component),
         "spec": {"selector": {"app.kubernetes.io/name": name},
                  "ports": [{"name": "https", "port": 8443, "targetPort": "https"}, {"name": "management", "port": 9000, "targetPort": "management"}]}},
        pdb(name, component, min_available=1),
        netpol(name, component,
               ingress=[{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "ingress-nginx"}}}], "ports": [{"port": 8443}]},
                        {"from": peers(name), "ports": [{"port": 7800}, {"port": 57800}]}],
               egress=[{"to": peers(db), "ports": [{"port": 5432}]}, {"to": peers(name), "ports": [{"port": 7800}, {"port": 57800}]}, DNS,
                       # The region's identity source: LDAPS federation or an identity provider over https.
                       {"ports": [{"protocol": "TCP", "port": 636}, {"protocol": "TCP", "port": 443}]}]),
        {"apiVersion": "v1", "kind": "Service", "metadata": meta(db, db_component),
         "spec": {"clusterIP": "None", "selector": {"app.kubernetes.io/name": db}, "ports": [{"name": "postgres", "port": 5432}]}},
        # One instance: Keycloak's state is the realm and the sessions, restored from its backup (docs/deployment.md). A region
        # with a managed PostgreSQL points KC_DB_URL there and leaves this out.
        {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": meta(db, db_component),
         "spec": {"serviceName": db, "replicas": 1, "selector": {"matchLabels": {"app.kubernetes.io/name": db}},
                  "template": {"metadata": {"labels": labels(db, db_component)},
                               "spec": {"securityContext": restricted(999), "automountServiceAccountToken": False,
                                        "initContainers": [tls_copy], "containers": [database],
                                        "volumes": [{"name": "run", "emptyDir": {}}, {"name": "tmp", "emptyDir": {}},
                                                    tls_secret("keycloak-db-tls", "tls-secret"),
                                                    {"name": "tls", "emptyDir": {"medium": "Memory", "sizeLimit": "1Mi"}}]}},
                  "volumeClaimTemplates": [{"metadata": {"name": "data"}, "spec": {
                      "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "10Gi"}}}}]}},
        netpol(db, db_component, ingress=[{"from": peers(name), "ports": [{"port": 5432}]}], egress=[DNS]),
    ]


def prometheus():
    name, component = "prometheus", "monitoring"
    with open(os.path.join(ROOT, "infra", "prometheus", "alerts.yml"), encoding="utf-8") as f:
        alerts = f.read()
    config = """# Scrapes every JeugdLink pod on its management port; the services label their own series with
# application and region (honor_labels), the pod adds namespace and pod.
global:
  scrape_interval: 15s
  evaluation_interval: 15s
rule_files:
  - /etc/prometheus/alerts.yml
scrape_configs:
  - job_name: jeugdlink
    metrics_path: /actuator/prometheus
    honor_labels: true
    # The management ports serve TLS with certificates of the region's CA (05-tls.yaml).
    scheme: https
    tls_config:
      ca_file: /etc/prometheus/tls/ca.crt
      cert_file: /etc/prometheus/tls/tls.crt
      key_file: /etc/prometheus/tls/tls.key
    kubernetes_sd_configs:
      - role: pod
        namespaces:
          names: [jeugdlink]
    relabel_configs:
      - source_labels: [__meta_kubernetes_pod_label_app_kubernetes_io_component]
        regex: service
        action: keep
      - source_labels: [__meta_kubernetes_pod_container_port_name]
        regex: management
        action: keep
      - source_labels: [__meta_kubernetes_pod_label_app_kubernetes_io_name]
        target_label: application
      - source_labels: [__meta_kubernetes_pod_name]
        target_label: pod
      - target_label: region
        replacement: foodvalley
"""
    # Its API and UI over TLS (Grafana's data source, docs/runbooks/certificates.md): the exporter toolkit's web configuration,
    # which reads the files at each handshake, so a renewed certificate is taken without a restart. Clients need no certificate
    # (the kubelet's probes have none); the NetworkPolicy admits Grafana only.
    web = """tls_server_config:
  cert_file: /etc/prometheus/tls/tls.crt
  key_file: /etc/prometheus/tls/tls.key
  min_version: TLS12
"""
    return [
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": meta(name, component)},
        {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": meta(name, component),
         "rules": [{"apiGroups": [""], "resources": ["pods", "endpoints", "services"], "verbs": ["get", "list", "watch"]}]},
        {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": meta(name, component),
         "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": name},
         "subjects": [{"kind": "ServiceAccount", "name": name, "namespace": NS}]},
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta(name, component),
         "data": {"prometheus.yml": config, "alerts.yml": alerts, "web.yml": web}},
        {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": meta(name, component),
         "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "20Gi"}}}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta(name, component),
         "spec": {"replicas": 1, "strategy": {"type": "Recreate"}, "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
                  "template": {"metadata": {"labels": labels(name, component)},
                               "spec": {"serviceAccountName": name, "securityContext": restricted(65534),
                                        "containers": [{
                                            "name": name, "image": PROMETHEUS_IMAGE,
                                            "args": ["--config.file=/etc/prometheus/prometheus.yml", "--web.config.file=/etc/prometheus/web.yml",
                                                     "--storage.tsdb.path=/prometheus",
                                                     "--storage.tsdb.retention.time=30d",
                                                     # Keeps the trace id the services put on latency samples (exemplars),
                                                     # so a panel leads from a slow sample to its trace.
                                                     "--enable-feature=exemplar-storage"],
                                            "ports": [{"name": "web", "containerPort": 9090}],
                                            "resources": {"requests": {"cpu": "250m", "memory": "1Gi"}, "limits": {"cpu": "1", "memory": "1Gi"}},
                                            "readinessProbe": {"httpGet": {"path": "/-/ready", "port": "web", "scheme": "HTTPS"}, "periodSeconds": 10},
                                            "livenessProbe": {"httpGet": {"path": "/-/healthy", "port": "web", "scheme": "HTTPS"}, "periodSeconds": 20},
                                            "volumeMounts": [{"name": "config", "mountPath": "/etc/prometheus"},
                                                             {"name": "data", "mountPath": "/prometheus"},
                                                             {"name": "tls", "mountPath": "/etc/prometheus/tls", "readOnly": True}],
                                            "securityContext": container_security()}],
                                        "volumes": [{"name": "config", "configMap": {"name": name}},
                                                    {"name": "data", "persistentVolumeClaim": {"claimName": name}},
                                                    tls_secret("prometheus-tls", "tls")]}}}},
        {"apiVersion": "v1", "kind": "Service", "metadata": meta(name, component),
         "spec": {"selector": {"app.kubernetes.io/name": name}, "ports": [{"name": "web", "port": 9090, "targetPort": "web"}]}},
        netpol(name, component,
               ingress=[{"from": peers("grafana"), "ports": [{"port": 9090}]}],
               egress=[{"to": peers(*SERVICE_NAMES), "ports": [{"port": 9090}]}, DNS,
                       # The Kubernetes API for pod discovery.
                       {"ports": [{"protocol": "TCP", "port": 443}, {"protocol": "TCP", "port": 6443}]}]),
    ]


def grafana():
    name, component = "grafana", "monitoring"
    def read(*path):
        with open(os.path.join(ROOT, *path), encoding="utf-8") as f:
            return f.read()
    dashboards = {n: read("infra", "grafana", "dashboards", n) for n in sorted(os.listdir(os.path.join(ROOT, "infra", "grafana", "dashboards")))}
    return [
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta("grafana-provisioning", component),
         "data": {"datasources.yaml": read("infra", "grafana", "provisioning", "datasources", "prometheus.yaml"),
                  "dashboards.yaml": read("infra", "grafana", "provisioning", "dashboards", "jeugdlink.yaml")}},
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta("grafana-dashboards", component), "data": dashboards},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta(name, component),
         "spec": {"replicas": 1, "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
                  "template": {"metadata": {"labels": labels(name, component)},
                               "spec": {"securityContext": restricted(472), "automountServiceAccountToken": False,
                                        "containers": [{
                                            "name": name, "image": GRAFANA_IMAGE,
                                            # Prometheus over TLS, checked against the region's CA (the data source's provisioning reads
                                            # these two); the CA changes only when the region rotates it (then restart Grafana).
                                            "env": [{"name": "JEUGDLINK_PROMETHEUS_URL", "value": "https://prometheus:9090"},
                                                    {"name": "JEUGDLINK_PROMETHEUS_CA", "valueFrom": {"secretKeyRef": {"name": "grafana-tls", "key": "ca.crt"}}},
                                                    {"name": "GF_SECURITY_ADMIN_USER", "valueFrom": {"secretKeyRef": {"name": "grafana-admin", "key": "user"}}},
                                                    {"name": "GF_SECURITY_ADMIN_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "grafana-admin", "key": "password"}}},
                                                    {"name": "GF_USERS_ALLOW_SIGN_UP", "value": "false"},
                                                    {"name": "GF_ANALYTICS_REPORTING_ENABLED", "value": "false"}],
                                            "ports": [{"name": "web", "containerPort": 3000}],
                                            "resources": {"requests": {"cpu": "100m", "memory": "256Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}},
                                            "readinessProbe": {"httpGet": {"path": "/api/health", "port": "web"}, "periodSeconds": 10},
                                            "livenessProbe": {"httpGet": {"path": "/api/health", "port": "web"}, "periodSeconds": 20},
                                            "volumeMounts": [
                                                {"name": "provisioning", "mountPath": "/etc/grafana/provisioning/datasources/jeugdlink.yaml", "subPath": "datasources.yaml"},
                                                {"name": "provisioning", "mountPath": "/etc/grafana/provisioning/dashboards/jeugdlink.yaml", "subPath": "dashboards.yaml"},
                                                {"name": "dashboards", "mountPath": "/var/lib/grafana/dashboards/jeugdlink"},
                                                {"name": "data", "mountPath": "/var/lib/grafana"}, {"name": "tmp", "mountPath": "/tmp"}],
                                            "securityContext": container_security()}],
                                        "volumes": [{"name": "provisioning", "configMap": {"name": "grafana-provisioning"}},
                                                    {"name": "dashboards", "configMap": {"name": "grafana-dashboards"}},
                                                    {"name": "data", "emptyDir": {}}, {"name": "tmp", "emptyDir": {}}]}}}},
        {"apiVersion": "v1", "kind": "Service", "metadata": meta(name, component),
         "spec": {"selector": {"app.kubernetes.io/name": name}, "ports": [{"name": "web", "port": 80, "targetPort": "web"}]}},
        netpol(name, component,
               ingress=[{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "ingress-nginx"}}}], "ports": [{"port": 3000}]}],
               egress=[{"to": peers("prometheus"), "ports": [{"port": 9090}]}, DNS]),
    ]


def default_deny():
    """Whatever a policy above does not allow is refused, in and out."""
    return [{"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": meta("default-deny", "network"),
             "spec": {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}}]


def files():
    out = {"00-namespace.yaml": namespace() + default_deny(), "05-tls.yaml": tls(), "10-kafka.yaml": kafka(), "20-mongodb.yaml": mongodb(),
           "25-keycloak.yaml": keycloak()}
    for i, s in enumerate(SERVICES):
        out[f"{30 + i}-{s[0]}.yaml"] = service(*s)
    out["40-prometheus.yaml"] = prometheus()
    out["50-grafana.yaml"] = grafana()
    return out


def dump(documents):
    # JSON is YAML: one document per object, stable key order, no YAML library needed to write it.
    return "".join("---\n" + json.dumps(d, indent=2, ensure_ascii=False) + "\n" for d in documents)


def main():
    check = "--check" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    expected = {n: "# Written by infra/k8s/generate.py; edit there.\n" + dump(d) for n, d in files().items()}
    stale = []
    for name, text in expected.items():
        path = os.path.join(OUT, name)
        if check:
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
                stale.append(name)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    extra = sorted(set(os.listdir(OUT)) - set(expected))
    if check and (stale or extra):
        print(f"infra/k8s/region/ is not what infra/k8s/generate.py writes (run it): {', '.join(stale + extra)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
