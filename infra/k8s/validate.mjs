// Validates the manifests of a JeugdLink region (infra/k8s/region/*.yaml) in two ways:
//  1. every object against the Kubernetes API schema of its apiVersion and kind, with npm's
//     kubernetes-models (the same OpenAPI schemas the API server checks; unknown fields and wrong
//     types fail)
//  2. the region's own rules of issue 16: each service two replicas, probes on the management port,
//     resources, never root, a PodDisruptionBudget and a NetworkPolicy per workload, Kafka three
//     brokers with replication 3 and min.insync.replicas 2, a MongoDB replica set of three, secrets
//     only referenced (no Secret object in the manifests), the OpenID Connect provider (Keycloak with the region's realm),
//     Prometheus and Grafana present, and TLS inside the
//     cluster (cert-manager certificates, Kafka and MongoDB on TLS only, services, scrapes and Grafana's queries over https).
// Usage: node infra/k8s/validate.mjs   (infra/k8s/check.sh installs the pinned packages first)
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const dir = join(dirname(fileURLToPath(import.meta.url)), "region");
const objects = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
  for (const doc of parseAllDocuments(readFileSync(join(dir, file), "utf8"))) {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
    const object = doc.toJS();
    if (object) objects.push({ file, object });
  }
}

const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);
const name = (o) => `${o.kind}/${o.metadata?.name}`;

// 1. The API schemas.
for (const { file, object } of objects) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  // cert-manager's kinds (05-tls.yaml) from npm's @kubernetes-models/cert-manager, generated from its CRDs.
  const module = group?.endsWith("cert-manager.io") ? `@kubernetes-models/cert-manager/${group}/${version}`
    : group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`;
  let Model;
  try {
    Model = (await import(`${module}/${object.kind}`))[object.kind];
  } catch (e) {
    fail(`${file} ${name(object)}`, `no schema for ${object.apiVersion} ${object.kind}`);
    continue;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    fail(`${file} ${name(object)}`, e.message.split("\n").slice(0, 6).join(" | "));
  }
}

// 2. The region's rules.
const of = (kind) => objects.map((o) => o.object).filter((o) => o.kind === kind);
const byName = (kind, n) => of(kind).find((o) => o.metadata.name === n);
const services = of("Deployment").filter((d) => d.metadata.labels?.["app.kubernetes.io/component"] === "service");
if (services.length !== 6) fail("services", `expected the six JeugdLink services, found ${services.length}`);
if (of("Secret").length) fail("secrets", "the manifests create Secret objects: secrets come from the cluster, never from here");

const workloads = [...of("Deployment"), ...of("StatefulSet")];
for (const w of workloads) {
  const pod = w.spec.template.spec;
  const label = w.spec.selector.matchLabels["app.kubernetes.io/name"];
  if (!pod.securityContext?.runAsNonRoot) fail(name(w), "pods must run as non-root (runAsNonRoot)");
  for (const c of pod.containers) {
    if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory || !c.resources?.limits?.memory) fail(name(w), `${c.name}: requests and a memory limit`);
    if (!c.livenessProbe || !c.readinessProbe) fail(name(w), `${c.name}: liveness and readiness probes`);
    if (c.securityContext?.allowPrivilegeEscalation !== false) fail(name(w), `${c.name}: allowPrivilegeEscalation false`);
  }
  const pdb = of("PodDisruptionBudget").find((p) => p.spec.selector.matchLabels?.["app.kubernetes.io/name"] === label);
  if (!pdb && w.spec.replicas > 1) fail(name(w), "no PodDisruptionBudget");
  if (!of("NetworkPolicy").some((p) => p.spec.podSelector.matchLabels?.["app.kubernetes.io/name"] === label)) fail(name(w), "no NetworkPolicy");
}
if (!of("NetworkPolicy").some((p) => Object.keys(p.spec.podSelector).length === 0 && !p.spec.ingress && !p.spec.egress))
  fail("network", "no default-deny NetworkPolicy");

for (const d of services) {
  const c = d.spec.template.spec.containers[0];
  if (d.spec.replicas !== 2) fail(name(d), `replicas ${d.spec.replicas}, expected 2`);
  const management = c.ports.find((p) => p.name === "management");
  if (!management) fail(name(d), "no management port");
  for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
    const get = c[probe]?.httpGet;
    if (!get || get.port !== "management" || !get.path.startsWith("/actuator/health/")) fail(name(d), `${probe} must be a health group on the management port`);
  }
  if (c.resources.requests.memory !== c.resources.limits.memory) fail(name(d), "memory request = limit (the heap is a share of it)");
  const env = Object.fromEntries((c.env ?? []).map((e) => [e.name, e]));
  if (!env.SPRING_MONGODB_URI?.valueFrom?.secretKeyRef) fail(name(d), "SPRING_MONGODB_URI from a secret");
  if (!(c.envFrom ?? []).some((e) => e.configMapRef?.name === "jeugdlink-config")) fail(name(d), "the region's ConfigMap");
}
const config = byName("ConfigMap", "jeugdlink-config")?.data ?? {};
for (const [key, value] of Object.entries({ JEUGDLINK_TOPIC_REPLICATION: "3", JEUGDLINK_TOPIC_MIN_INSYNC: "2", JEUGDLINK_CRYPTO_GENERATEMISSINGKEYS: "false" }))
  if (config[key] !== value) fail("ConfigMap/jeugdlink-config", `${key} must be ${value}`);
for (const key of ["JEUGDLINK_KAFKA_BROKERS", "JEUGDLINK_ISSUER_URI", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES"])
  if (!config[key]) fail("ConfigMap/jeugdlink-config", `${key} missing`);
// Regions share a cluster only behind their own prefix, in Kafka's topic characters (TopicPrefix).
if (!/^[a-zA-Z0-9._-]{1,100}$/.test(config.JEUGDLINK_TOPIC_PREFIX ?? "")) fail("ConfigMap/jeugdlink-config", "JEUGDLINK_TOPIC_PREFIX: the region's topic prefix");

const kafka = byName("StatefulSet", "kafka");
if (!kafka || kafka.spec.replicas !== 3) fail("kafka", "three brokers");
else {
  const env = Object.fromEntries(kafka.spec.template.spec.containers[0].env.map((e) => [e.name, e.value ?? e.valueFrom]));
  if (!String(env.KAFKA_PROCESS_ROLES).includes("controller")) fail("kafka", "KRaft (process.roles with controller)");
  if (env.KAFKA_DEFAULT_REPLICATION_FACTOR !== "3" || env.KAFKA_MIN_INSYNC_REPLICAS !== "2") fail("kafka", "replication 3, min.insync.replicas 2");
  if (!env.CLUSTER_ID?.secretKeyRef) fail("kafka", "the cluster id from a secret");
}
const mongo = byName("StatefulSet", "mongo");
if (!mongo || mongo.spec.replicas !== 3 || !mongo.spec.template.spec.containers[0].args.includes("--replSet")) fail("mongo", "a replica set of three");
for (const n of ["prometheus", "grafana"]) if (!byName("Deployment", n)) fail(n, "missing");


// TLS inside the cluster (issue 16, docs/runbooks/certificates.md): every certificate from the region's CA issuer, whose key
// pair comes from the secret store; Kafka's listeners all on TLS with client certificates; MongoDB requiring TLS; each
// service with its own certificate as the Spring SSL bundle, its probes and scrapes over https, Kafka clients on SSL.
const certificates = of("Certificate");
const issuer = byName("Issuer", "jeugdlink-ca");
if (!issuer?.spec?.ca?.secretName) fail("tls", "the Issuer jeugdlink-ca from the region's CA secret");
for (const c of certificates) {
  if (c.spec.issuerRef?.name !== "jeugdlink-ca") fail(name(c), "issued by jeugdlink-ca");
  if (!c.spec.renewBefore || !c.spec.duration) fail(name(c), "duration and renewBefore (renewed before it expires)");
}
const certificateFor = (secret) => certificates.find((c) => c.spec.secretName === secret);
const mountsSecret = (w, secret) => (w.spec.template.spec.volumes ?? []).some((v) => v.secret?.secretName === secret);
if (kafka) {
  const env = Object.fromEntries(kafka.spec.template.spec.containers[0].env.map((e) => [e.name, e.value]));
  const protocols = String(env.KAFKA_LISTENER_SECURITY_PROTOCOL_MAP).split(",").map((p) => p.split(":")[1]);
  if (protocols.some((p) => p !== "SSL")) fail("kafka", `every listener on SSL, found ${env.KAFKA_LISTENER_SECURITY_PROTOCOL_MAP}`);
  if (env.KAFKA_SSL_CLIENT_AUTH !== "required") fail("kafka", "client certificates required");
  if (!certificateFor("kafka-tls") || !mountsSecret(kafka, "kafka-tls")) fail("kafka", "its certificate kafka-tls mounted");
}
if (mongo) {
  const args = mongo.spec.template.spec.containers[0].args;
  if (args[args.indexOf("--tlsMode") + 1] !== "requireTLS") fail("mongo", "--tlsMode requireTLS");
  if (!certificateFor("mongo-tls") || !mountsSecret(mongo, "mongo-tls")) fail("mongo", "its certificate mongo-tls mounted");
}
for (const [key, value] of Object.entries({ SPRING_KAFKA_SECURITY_PROTOCOL: "SSL", SPRING_MONGODB_SSL_ENABLED: "true",
  SERVER_SSL_BUNDLE: "jeugdlink", MANAGEMENT_SERVER_SSL_BUNDLE: "jeugdlink", SPRING_MONGODB_SSL_BUNDLE: "jeugdlink" }))
  if (config[key] !== value) fail("ConfigMap/jeugdlink-config", `${key} must be ${value}`);
for (const d of services) {
  const secret = `${d.metadata.name}-tls`;
  if (!certificateFor(secret) || !mountsSecret(d, secret)) fail(name(d), `its certificate ${secret} mounted`);
  const c = d.spec.template.spec.containers[0];
  for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) if (c[probe]?.httpGet?.scheme !== "HTTPS") fail(name(d), `${probe} over HTTPS`);
}
const scrape = byName("ConfigMap", "prometheus")?.data?.["prometheus.yml"] ?? "";
if (!/scheme: https/.test(scrape) || !/ca_file:/.test(scrape)) fail("prometheus", "scrapes the management ports over https with the region's CA");

// Grafana -> Prometheus over TLS too: Prometheus serves its certificate (web.config.file with tls_server_config), probes over
// https; Grafana's data source is https with the region's CA (provisioning: tlsAuthWithCACert and the CA from its certificate).
const prometheus = byName("Deployment", "prometheus");
if (prometheus) {
  const c = prometheus.spec.template.spec.containers[0];
  const web = byName("ConfigMap", "prometheus")?.data?.["web.yml"] ?? "";
  if (!c.args.includes("--web.config.file=/etc/prometheus/web.yml") || !/tls_server_config:/.test(web) || !/cert_file: \/etc\/prometheus\/tls\//.test(web))
    fail("prometheus", "serves its API over TLS (--web.config.file with tls_server_config and its certificate)");
  const cert = certificateFor("prometheus-tls");
  if (!cert || !cert.spec.usages.includes("server auth") || !mountsSecret(prometheus, "prometheus-tls")) fail("prometheus", "its certificate prometheus-tls, for server auth, mounted");
  for (const probe of ["livenessProbe", "readinessProbe"]) if (c[probe]?.httpGet?.scheme !== "HTTPS") fail("prometheus", `${probe} over HTTPS`);
}
const grafana = byName("Deployment", "grafana");
if (grafana) {
  const env = Object.fromEntries(grafana.spec.template.spec.containers[0].env.map((e) => [e.name, e]));
  if (!env.JEUGDLINK_PROMETHEUS_URL?.value?.startsWith("https://")) fail("grafana", "its data source Prometheus over https");
  const ca = env.JEUGDLINK_PROMETHEUS_CA?.valueFrom?.secretKeyRef;
  if (ca?.key !== "ca.crt" || !certificateFor(ca.name)) fail("grafana", "the region's CA (ca.crt of a cert-manager certificate) to check Prometheus with");
  const datasource = byName("ConfigMap", "grafana-provisioning")?.data?.["datasources.yaml"] ?? "";
  if (!/tlsAuthWithCACert: true/.test(datasource) || !/tlsCACert: \$\{JEUGDLINK_PROMETHEUS_CA\}/.test(datasource))
    fail("grafana", "the data source checks Prometheus' certificate with JEUGDLINK_PROMETHEUS_CA (tlsAuthWithCACert)");
}

// The region's OpenID Connect provider: Keycloak, two replicas, the realm of infra/keycloak/ imported at the first start, its
// public address the issuer the services check, https only (also to its database), secrets only referenced.
const keycloak = byName("Deployment", "keycloak");
if (!keycloak) fail("keycloak", "the region's OpenID Connect provider is missing");
else {
  const c = keycloak.spec.template.spec.containers[0];
  const env = Object.fromEntries(c.env.map((e) => [e.name, e]));
  if (keycloak.spec.replicas < 2) fail("keycloak", `replicas ${keycloak.spec.replicas}, expected at least 2`);
  if (!c.args.includes("--import-realm") || !byName("ConfigMap", "keycloak-realm")?.data?.["jeugdlink-realm.json"]?.includes('"realm": "jeugdlink"'))
    fail("keycloak", "imports the jeugdlink realm (ConfigMap keycloak-realm, --import-realm)");
  if (!String(config.JEUGDLINK_ISSUER_URI).startsWith(`${env.KC_HOSTNAME?.value}/realms/`))
    fail("keycloak", `KC_HOSTNAME ${env.KC_HOSTNAME?.value} is not the origin of the services' issuer ${config.JEUGDLINK_ISSUER_URI}`);
  if (env.KC_HTTP_ENABLED?.value !== "false" || !env.KC_HTTPS_CERTIFICATE_FILE) fail("keycloak", "https only, with its certificate");
  if (!certificateFor("keycloak-tls") || !mountsSecret(keycloak, "keycloak-tls")) fail("keycloak", "its certificate keycloak-tls mounted");
  if (!/sslmode=verify-full/.test(env.KC_DB_URL?.value ?? "")) fail("keycloak", "its database over TLS, the server's certificate checked (sslmode=verify-full)");
  for (const key of ["KC_DB_PASSWORD", "KC_BOOTSTRAP_ADMIN_PASSWORD"]) if (!env[key]?.valueFrom?.secretKeyRef) fail("keycloak", `${key} from a secret`);
  for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"])
    if (c[probe]?.httpGet?.port !== "management" || c[probe]?.httpGet?.scheme !== "HTTPS") fail("keycloak", `${probe} on the management port over HTTPS`);
}
const keycloakDb = byName("StatefulSet", "keycloak-db");
if (keycloakDb && !keycloakDb.spec.template.spec.containers[0].args.includes("ssl=on")) fail("keycloak-db", "TLS on (ssl=on)");

console.log(`validate: ${objects.length} objects in ${new Set(objects.map((o) => o.file)).size} files`);
if (failures.length) {
  console.error(`validate: ${failures.length} problem(s)\n  ` + failures.join("\n  "));
  process.exit(1);
}
console.log("validate: every object matches its Kubernetes schema and the region's rules");
