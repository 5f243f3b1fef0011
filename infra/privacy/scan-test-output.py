#!/usr/bin/env python3
"""Privacy scan over everything the test suite produced (issue 3: "no BSN or name in any Kafka
message, log line or metric produced by the test suite").

The personal data the tests put in - every BSN that passes the elfproef on a line that speaks of a
BSN, every value of a "naam" or "straat" field - is read from the test sources themselves, so a new
fixture is covered without a list to keep. It is then searched for in what the run left behind:

- target/jeugdlink-test.log: the whole console output of `./jeugdlink test` (every service log
  line of every module test, in the services' ECS JSON format);
- */target/kafka-dump/*.txt: every record (key, headers, value) on the test brokers at the end of
  each test JVM (written by platform-test's RealInfrastructure);
- system-test/target/system-test-logs/*.log: the logs of the services run as processes (their
  metrics and Kafka records are scanned by the journey test itself).

Exit 1 with file, line and a masked value per hit; 0 with a one-line summary otherwise.
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NINE_DIGITS = re.compile(r"(?<!\d)(\d{9})(?!\d)")
FIELD = re.compile(r'\\?"(naam|straat)\\?"\s*:\s*\\?"([^"\\%]{3,})')


def elfproef(number):
    digits = [int(c) for c in number]
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1))) - digits[8]
    return number != "000000000" and total % 11 == 0


def fixtures():
    values = {}
    sources = glob.glob(os.path.join(ROOT, "**", "src", "test", "**", "*.java"), recursive=True)
    sources += glob.glob(os.path.join(ROOT, "**", "src", "test", "resources", "**", "*.json"), recursive=True)
    for path in sources:
        if "/target/" in path or "/node_modules/" in path:
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if "bsn" in line.lower():
                    for number in NINE_DIGITS.findall(line):
                        if elfproef(number):
                            values[number] = "bsn"
                for kind, value in FIELD.findall(line):
                    value = value.strip()
                    # A single lowercase word is a code, not a person or a street: the VNG-shaped webhook
                    # subscription names its channels in a "naam" field ("toewijzingen"), and a search
                    # filter can be named "alles". Names and streets are capitalised or have several words.
                    if value.islower() and " " not in value:
                        continue
                    values[value] = kind
    return values


def outputs():
    files = [os.path.join(ROOT, "target", "jeugdlink-test.log")]
    files += glob.glob(os.path.join(ROOT, "**", "target", "kafka-dump", "*.txt"), recursive=True)
    files += glob.glob(os.path.join(ROOT, "system-test", "target", "system-test-logs", "*.log"))
    return [f for f in files if os.path.isfile(f) and "/node_modules/" not in f]


def masked(value):
    return value[:2] + "*" * (len(value) - 2)


def main():
    values = fixtures()
    files = outputs()
    if not files:
        print("privacy scan: nothing to scan (run the tests first)", file=sys.stderr)
        return 1
    # Guards against a scan that passes because it looked at nothing.
    if "bsn" not in values.values() or "naam" not in values.values():
        print("privacy scan: found no BSN or name among the test fixtures; the extraction is broken", file=sys.stderr)
        return 1
    dumps = [f for f in files if "/kafka-dump/" in f]
    if not dumps:
        print("privacy scan: no test broker left its records (*/target/kafka-dump/); the scan would see no Kafka message", file=sys.stderr)
        return 1
    for dump in dumps:
        with open(dump, encoding="utf-8", errors="replace") as f:
            last = ""
            for last in f:
                pass
        if not last.startswith("# kafka-dump complete"):
            print(f"privacy scan: {os.path.relpath(dump, ROOT)} is not a complete dump of its broker ({last.strip()})", file=sys.stderr)
            return 1
    log = os.path.join(ROOT, "target", "jeugdlink-test.log")
    if os.path.isfile(log):
        with open(log, encoding="utf-8", errors="replace") as f:
            if "kafka dump for the privacy scan failed" in f.read():
                print("privacy scan: a test broker's records could not be dumped (see target/jeugdlink-test.log)", file=sys.stderr)
                return 1
    # A fixture value counts where it stands as a value of its own, not inside a longer run of letters, digits or base64: the
    # dumps hold sealed fields and ciphertexts as base64, about 1 MB per test broker, and a 4-letter name ("Anna") turns up in
    # random base64 once in some 16.7 million positions - a CI run was failed by such a chance hit (2026-12-06, in a case-service
    # dump). A value in clear stands between quotes, spaces or punctuation and is still found; a BSN inside a longer number is
    # not a BSN.
    pattern = re.compile("(?<![A-Za-z0-9+/])(?:" + "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)) + ")(?![A-Za-z0-9+/])")
    hits = []
    size = 0
    for path in files:
        size += os.path.getsize(path)
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                for match in pattern.finditer(line):
                    hits.append((os.path.relpath(path, ROOT), number, values[match.group(0)], match.group(0)))
    kinds = {k: sum(1 for v in values.values() if v == k) for k in ("bsn", "naam", "straat")}
    summary = ", ".join(f"{n} {k}" for k, n in kinds.items())
    if hits:
        print(f"privacy scan: {len(hits)} hit(s) of test fixtures ({summary}) in the suite's output:")
        for path, number, kind, value in hits[:50]:
            print(f"  {path}:{number}: {kind} {masked(value)}")
        return 1
    print(f"privacy scan: {len(values)} fixture values ({summary}) absent from {len(files)} output file(s), {size / 1e6:.1f} MB "
          "(test log, Kafka records of every test broker, service logs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
