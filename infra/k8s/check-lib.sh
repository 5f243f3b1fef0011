# Shared by the checks that run the manifests' settings on loopback (check-tls.sh, check-kafka-cluster.sh): the JDK, the
# project's version and jars, free ports, and the referral both post. Sourced, with ROOT set and `cd "$ROOT"` done.
if [[ -z "${JAVA_HOME:-}" ]]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
    [[ -x "$jdk/bin/java" ]] && { export JAVA_HOME="$jdk"; break; }
  done
fi
export PATH="$JAVA_HOME/bin:$PATH"
VERSION="$(python3 -c 'import re, sys; print(re.search(r"</parent>.*?<version>([^<]+)</version>", open(sys.argv[1]).read(), re.S).group(1))' "$ROOT/pom.xml")"
INFRA_JAR="$ROOT/infra/target/infra-$VERSION.jar"
INFRA_CP="$INFRA_JAR:$ROOT/infra/target/lib/*"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# A referral of the README's journey, with a referrer of its own: `referral <subject>` prints its JSON.
referral() {
  cat <<JSON
{"gemeenteCode":"GM0228","soort":"JEUGDLINK",
 "verwijzer":{"organisatie":"SOCIAAL_TEAM","medewerkerId":"$1","naam":"Controle Verwijzer","telefoon":"0318 680 000","email":"$1@jeugdlink-check.nl"},
 "toestemming":{"gegeven":true,"datum":"2026-11-20","vastgelegdDoor":"$1"},
 "minderjarigen":[{"naam":"Kind Een","geboortedatum":"2015-03-02"}],
 "gezinsleden":[{"relatie":"BIOLOGISCHE_MOEDER","naam":"Ouder Een","telefoon":"06 12345678","gezag":true}],
 "verblijftBij":"moeder","instanties":[],
 "jeugdlink":{"zorgen":"Spanningen thuis.","huiselijkGeweldOfKindermishandeling":false,"arijUitkomst":"verhoogd risico",
  "verwachting":"Veiligheid herstellen.","gewensteExpertise":["VEILIG_THUIS"]},
 "problematiek":["COMPLEXE_SCHEIDING"],"vraag":"De controle van de regio."}
JSON
}
