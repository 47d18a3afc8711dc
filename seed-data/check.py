#!/usr/bin/env python3
"""Checks the curated seed data in this folder.

Usage: python3 seed-data/check.py [--sources DIR]

Verifies that every file parses and is formatted as written (UTF-8, 2-space indent), that ids are unique,
every reference resolves, every record cites at least one source, enum values and dates are valid, and
signature positions run 1..n per letter. If the source documents are found (default: ../shared/sources
beside the repository, or --sources), it also checks that every quote and every printed signatory name
occurs verbatim (whitespace-normalised) in the cited source file.

Prints one line per problem and a closing 'N passed, N failed' line; exits 1 on any failure.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["sources", "jurisdictions", "legislation", "statusEvents", "organizations", "people", "letters", "signatures"]

JURISDICTION_KINDS = {"COUNTRY", "STATE", "DISTRICT", "TERRITORY", "COUNTY", "CITY"}
STATUSES = {"PARTICIPATING", "REFUSED_TO_JOIN", "WITHDREW", "OPT_OUT_REQUESTED", "LIMITED_BY_LAW", "ACTIVATED_OVER_OBJECTION", "UNKNOWN"}
PRECISIONS = {"DAY", "MONTH", "YEAR"}
QUALIFIERS = {"EXACT", "ON_OR_BEFORE", "ON_OR_AFTER", "ESTIMATED", "PLANNED"}
LEG_KINDS = {"BILL", "RESOLUTION", "EXECUTIVE_ACTION", "COUNCIL_VOTE"}
STANCES = {"LIMITS_PARTICIPATION", "OPPOSES", "SUPPORTS", "NEUTRAL"}
STAGES = {"INTRODUCED", "PASSED_CHAMBER", "PASSED", "AWAITING_SIGNATURE", "SIGNED", "VETOED", "ADOPTED", "REPLACED", "OTHER"}
ORG_KINDS = {"NONPROFIT", "COALITION", "UNION", "FAITH", "LEGAL_SERVICES", "LAW_FIRM", "GOVERNMENT", "LAW_ENFORCEMENT", "ACADEMIC", "OTHER"}
LETTER_KINDS = {"SIGN_ON_LETTER", "PETITION", "REPORT", "CAMPAIGN"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LOCAL_CODE = re.compile(r"^[A-Z]{2}-[a-z0-9]+(-[a-z0-9]+)*$")
STATE_CODES = {  # the 50 states, DC and the territories (FIPS 5-2), all required
    "AL": "01", "AK": "02", "AZ": "04", "AR": "05", "CA": "06", "CO": "08", "CT": "09", "DE": "10", "DC": "11", "FL": "12",
    "GA": "13", "HI": "15", "ID": "16", "IL": "17", "IN": "18", "IA": "19", "KS": "20", "KY": "21", "LA": "22", "ME": "23",
    "MD": "24", "MA": "25", "MI": "26", "MN": "27", "MS": "28", "MO": "29", "MT": "30", "NE": "31", "NV": "32", "NH": "33",
    "NJ": "34", "NM": "35", "NY": "36", "NC": "37", "ND": "38", "OH": "39", "OK": "40", "OR": "41", "PA": "42", "RI": "44",
    "SC": "45", "SD": "46", "TN": "47", "TX": "48", "UT": "49", "VT": "50", "VA": "51", "WA": "53", "WV": "54", "WI": "55",
    "WY": "56", "AS": "60", "GU": "66", "MP": "69", "PR": "72", "UM": "74", "VI": "78",
}
TERRITORIES = {"AS", "GU", "MP", "PR", "UM", "VI"}

passed = 0
failures = []


def ok(cond, msg):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(msg)
    return cond


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def is_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check_date(where, date, precision, qualifier, nullable=False):
    if date is None and nullable:
        ok(precision is None, f"{where}: precision without a date")
        return
    ok(is_date(date), f"{where}: date {date!r} is not an ISO date (YYYY-MM-DD)")
    ok(precision in PRECISIONS, f"{where}: datePrecision {precision!r}")
    ok(qualifier in QUALIFIERS, f"{where}: dateQualifier {qualifier!r}")
    if is_date(date) and precision == "MONTH":
        ok(date.endswith("-01"), f"{where}: MONTH precision must use the first day")
    if is_date(date) and precision == "YEAR":
        ok(date[5:] == "01-01", f"{where}: YEAR precision must use 1 January")


def period(date, precision):
    """The first and last day a date of this precision stands for (README's dating rules)."""
    d = datetime.date.fromisoformat(date)
    if precision == "YEAR":
        return datetime.date(d.year, 1, 1), datetime.date(d.year, 12, 31)
    if precision == "MONTH":
        following = datetime.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return datetime.date(d.year, d.month, 1), following - datetime.timedelta(days=1)
    return d, d


def check_range(where, e):
    """earliestOn / latestOn: present (null when no source bounds the date), ISO, ordered, holding the date;
    nothing but a PLANNED event in the future."""
    for k in ("earliestOn", "latestOn"):
        ok(k in e, f"{where}: missing field {k}")
        ok(e.get(k) is None or is_date(e[k]), f"{where}: {k} {e.get(k)!r} is not an ISO date")
    if not (is_date(e.get("effectiveOn")) and e.get("datePrecision") in PRECISIONS):
        return
    start, end = period(e["effectiveOn"], e["datePrecision"])
    earliest = datetime.date.fromisoformat(e["earliestOn"]) if is_date(e.get("earliestOn")) else None
    latest = datetime.date.fromisoformat(e["latestOn"]) if is_date(e.get("latestOn")) else None
    ok(earliest is None or latest is None or earliest <= latest, f"{where}: earliestOn is after latestOn")
    ok(earliest is None or earliest <= end, f"{where}: earliestOn is after the date it bounds")
    ok(latest is None or latest >= start, f"{where}: latestOn is before the date it bounds")
    if e.get("dateQualifier") != "PLANNED":
        today = datetime.date.today()
        ok(start <= today and (latest is None or latest <= today), f"{where}: only a PLANNED event may be dated in the future")


COUNTY_KINDS = {"COUNTY", "PARISH", "BOROUGH", "CITY_AND_BOROUGH", "MUNICIPALITY", "CENSUS_AREA", "INDEPENDENT_CITY", "MUNICIPIO", "DISTRICT", "ISLAND"}


def check_counties(data, jur, src):
    """counties.json (written by tools/extract-counties.mjs): its Census sources, and every county's code, FIPS code
    (5 digits, unique, beginning with its state's code), state, name, kind and sources; none may repeat a curated
    jurisdiction's code or FIPS code; every state, DC and territory has at least one."""
    path = os.path.join(HERE, "counties.json")
    try:
        raw = open(path, encoding="utf-8").read()
        counties = json.loads(raw)
    except (OSError, ValueError) as e:
        ok(False, f"counties.json: cannot read or parse: {e}")
        return
    ok(raw == json.dumps(counties, indent=2, ensure_ascii=False) + "\n", "counties.json: not formatted as 2-space-indented UTF-8 JSON with a final newline")
    ok(isinstance(counties, dict) and set(counties) == {"sources", "counties"}, "counties.json: top level must be {\"sources\": [...], \"counties\": [...]}")
    own = {}
    for s in counties.get("sources") or []:
        w = f"counties.json sources.{s.get('id')}"
        ok(SLUG.match(s.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        ok(s.get("id") not in src and s.get("id") not in own, f"{w}: id already used")
        ok(bool(s.get("title")) and bool(s.get("publisher")), f"{w}: title and publisher required")
        for k in ("file", "title", "publisher", "url", "publishedOn", "notes"):
            ok(k in s, f"{w}: missing field {k}")
        own[s.get("id")] = s
    curated_fips = {j.get("fips"): j["code"] for j in data["jurisdictions"] if j.get("kind") == "COUNTY"}
    seen_fips, seen_codes, states = {}, set(), set()
    for c in counties.get("counties") or []:
        w = f"counties.{c.get('fips')}"
        for k in ("code", "fips", "state", "name", "kind", "sources"):
            ok(k in c, f"{w}: missing field {k}")
        f, state = c.get("fips") or "", c.get("state")
        ok(re.fullmatch(r"\d{5}", f) is not None, f"{w}: FIPS must be 5 digits")
        ok(f not in seen_fips, f"{w}: FIPS {f} repeated")
        seen_fips[f] = c
        ok(f not in curated_fips, f"{w}: FIPS {f} is already the curated {curated_fips.get(f)!r} (leave it out of counties.json)")
        ok(state in STATE_CODES and state in jur, f"{w}: state {state!r} is not a state, DC or territory of jurisdictions.json")
        ok(f.startswith(STATE_CODES.get(state, "??")), f"{w}: FIPS {f} does not begin with {state}'s code {STATE_CODES.get(state)}")
        code = c.get("code") or ""
        ok(LOCAL_CODE.match(code) is not None and code.split("-")[0] == state, f"{w}: code {code!r} must look like '{state}-name-county'")
        ok(code not in jur, f"{w}: code {code!r} is already a jurisdiction in jurisdictions.json")
        ok(code not in seen_codes, f"{w}: code {code!r} repeated")
        seen_codes.add(code)
        ok(bool(c.get("name")), f"{w}: no name")
        ok(c.get("kind") in COUNTY_KINDS, f"{w}: kind {c.get('kind')!r}")
        ok(isinstance(c.get("sources"), list) and len(c["sources"]) > 0 and all(s in own for s in c["sources"]),
           f"{w}: sources must be ids of counties.json's own sources")
        states.add(state)
    for code in STATE_CODES:
        has_curated = any(j.get("parent") == code and j.get("kind") == "COUNTY" for j in data["jurisdictions"])
        ok(code in states or has_curated, f"counties.json: no county of {code}")


def main(argv):
    sources_dir = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "sources"))
    if "--sources" in argv:
        sources_dir = argv[argv.index("--sources") + 1]

    data = {}
    for name in FILES:
        path = os.path.join(HERE, name + ".json")
        try:
            raw = open(path, encoding="utf-8").read()
            data[name] = json.loads(raw)
        except (OSError, ValueError) as e:
            ok(False, f"{name}.json: cannot read or parse: {e}")
            data[name] = []
            continue
        ok(isinstance(data[name], list), f"{name}.json: top level must be an array")
        ok(raw == json.dumps(data[name], indent=2, ensure_ascii=False) + "\n",
           f"{name}.json: not formatted as 2-space-indented UTF-8 JSON with a final newline")

    def unique(name, key):
        seen = {}
        for r in data[name]:
            k = r.get(key)
            ok(k not in seen, f"{name}: duplicate {key} {k!r}")
            seen[k] = r
        return seen

    src = unique("sources", "id")
    jur = unique("jurisdictions", "code")
    leg = unique("legislation", "id")
    unique("statusEvents", "id")
    org = unique("organizations", "id")
    ppl = unique("people", "id")
    let = unique("letters", "slug")

    texts = {}
    have_texts = os.path.isdir(sources_dir)
    if have_texts:
        for s in data["sources"]:
            if s.get("file"):
                p = os.path.join(sources_dir, s["file"])
                if ok(os.path.isfile(p), f"sources.{s['id']}: file {s['file']} not found in {sources_dir}"):
                    texts[s["file"]] = norm(open(p, encoding="utf-8").read())
    else:
        print(f"note: source documents not found at {sources_dir}; quotes not verified")

    def cites(where, ids):
        ok(isinstance(ids, list) and len(ids) > 0, f"{where}: cites no source")
        for i in ids or []:
            ok(i in src, f"{where}: unknown source {i!r}")

    def quotes(where, qs):
        ok(isinstance(qs, list) and len(qs) > 0, f"{where}: cites no source")
        for q in qs or []:
            ok(q.get("source") in src, f"{where}: unknown source {q.get('source')!r}")
            ok(isinstance(q.get("quote"), str) and q["quote"].strip() != "", f"{where}: empty quote")
            f = src.get(q.get("source"), {}).get("file")
            ok(f is not None, f"{where}: quoted source {q.get('source')!r} has no file")
            if f in texts and isinstance(q.get("quote"), str):
                ok(norm(q["quote"]) in texts[f], f"{where}: quote not found verbatim in {f}: {q['quote'][:60]!r}")

    # sources
    for s in data["sources"]:
        w = f"sources.{s.get('id')}"
        ok(SLUG.match(s.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        ok(bool(s.get("title")), f"{w}: no title")
        ok(s.get("publishedOn") is None or is_date(s["publishedOn"]), f"{w}: publishedOn not ISO")
        for k in ("file", "title", "publisher", "url", "publishedOn", "notes"):
            ok(k in s, f"{w}: missing field {k}")
    ok(any(s.get("file") is None and "FIPS 5-2" in (s.get("title") or "") for s in data["sources"]), "sources: no FIPS 5-2 record")

    # jurisdictions
    for code, fips in STATE_CODES.items():
        if ok(code in jur, f"jurisdictions: missing {code}"):
            j = jur[code]
            kind = "DISTRICT" if code == "DC" else "TERRITORY" if code in TERRITORIES else "STATE"
            ok(j["kind"] == kind and j["postalCode"] == code and j["fips"] == fips,
               f"jurisdictions.{code}: expected kind {kind}, postal {code}, FIPS {fips}")
    ok(sum(1 for j in data["jurisdictions"] if j.get("kind") == "STATE") == 50, "jurisdictions: expected exactly 50 states")
    for j in data["jurisdictions"]:
        w = f"jurisdictions.{j.get('code')}"
        ok(j.get("kind") in JURISDICTION_KINDS, f"{w}: kind {j.get('kind')!r}")
        ok(bool(j.get("name")), f"{w}: no name")
        cites(w, j.get("sources"))
        if j.get("kind") in ("COUNTY", "CITY"):
            ok(LOCAL_CODE.match(j["code"]) is not None, f"{w}: local code must look like 'CA-santa-clara-county'")
            ok(j.get("parent") in jur and jur[j["parent"]]["kind"] in ("STATE", "DISTRICT", "TERRITORY"), f"{w}: parent must be a state")
            ok(j["code"].split("-")[0] == j.get("parent"), f"{w}: code prefix differs from parent")
            ok(j.get("postalCode") is None, f"{w}: postalCode is for states only")
            width = 5 if j["kind"] == "COUNTY" else 7
            f = j.get("fips")
            ok(f is None or (re.fullmatch(r"\d{%d}" % width, f) and f.startswith(STATE_CODES.get(j.get("parent"), "??"))),
               f"{w}: fips {f!r} must be {width} digits starting with the state's code")
        elif j.get("kind") == "COUNTRY":
            ok(j.get("parent") is None, f"{w}: a country has no parent")
        else:
            ok(j.get("parent") is None, f"{w}: a state has no parent")

    # legislation
    for l in data["legislation"]:
        w = f"legislation.{l.get('id')}"
        ok(SLUG.match(l.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        ok(l.get("jurisdiction") in jur, f"{w}: unknown jurisdiction {l.get('jurisdiction')!r}")
        ok(l.get("kind") in LEG_KINDS, f"{w}: kind {l.get('kind')!r}")
        ok(l.get("stance") in STANCES, f"{w}: stance {l.get('stance')!r}")
        ok(bool(l.get("title")) and bool(l.get("summary")), f"{w}: title and summary required")
        cites(w, l.get("sources"))
        ok(len(l.get("stages") or []) > 0, f"{w}: no stages")
        for i, st in enumerate(l.get("stages") or []):
            sw = f"{w}.stages[{i}]"
            ok(st.get("stage") in STAGES, f"{sw}: stage {st.get('stage')!r}")
            check_date(sw, st.get("date"), st.get("datePrecision"), st.get("dateQualifier"))
            quotes(sw, st.get("sources"))
            for q in st.get("sources") or []:
                ok(q.get("source") in (l.get("sources") or []), f"{sw}: source {q.get('source')!r} missing from the bill's sources")

    # status events
    for e in data["statusEvents"]:
        w = f"statusEvents.{e.get('id')}"
        ok(SLUG.match(e.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        ok(e.get("jurisdiction") in jur, f"{w}: unknown jurisdiction {e.get('jurisdiction')!r}")
        ok(e.get("status") in STATUSES, f"{w}: status {e.get('status')!r}")
        check_date(w, e.get("effectiveOn"), e.get("datePrecision"), e.get("dateQualifier"))
        check_range(w, e)
        ok(bool(e.get("description")), f"{w}: no description")
        ok(e.get("legislation") is None or e["legislation"] in leg, f"{w}: unknown legislation {e.get('legislation')!r}")
        if e.get("legislation") in leg:
            ok(leg[e["legislation"]]["jurisdiction"] == e.get("jurisdiction"), f"{w}: legislation is in another jurisdiction")
        quotes(w, e.get("sources"))

    # organisations
    names = {}
    for o in data["organizations"]:
        w = f"organizations.{o.get('id')}"
        ok(SLUG.match(o.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        ok(bool(o.get("name")), f"{w}: no name")
        ok(o.get("kind") in ORG_KINDS, f"{w}: kind {o.get('kind')!r}")
        ok(o.get("state") is None or o["state"] in STATE_CODES, f"{w}: state {o.get('state')!r} is not a postal code")
        ok(o.get("parent") is None or (o["parent"] in org and o["parent"] != o["id"]), f"{w}: bad parent {o.get('parent')!r}")
        ok(isinstance(o.get("aliases"), list), f"{w}: aliases must be a list")
        ok("website" in o, f"{w}: missing field website")
        cites(w, o.get("sources"))
        forms = [norm(n).lower() for n in [o.get("name"), o.get("acronym")] + list(o.get("aliases") or []) if n]
        ok(len(forms) == len(set(forms)), f"{w}: name, acronym and aliases must differ (case-insensitively)")
        for n in [o.get("name")] + list(o.get("aliases") or []):
            key = norm(n or "").lower()
            ok(key not in names or names[key] == o["id"], f"{w}: name or alias {n!r} also belongs to {names.get(key)!r} (merge them)")
            names.setdefault(key, o["id"])
    for o in data["organizations"]:  # parent chains end
        seen, cur = set(), o
        while cur and cur.get("parent"):
            if not ok(cur["id"] not in seen, f"organizations.{o['id']}: parent cycle"):
                break
            seen.add(cur["id"])
            cur = org.get(cur["parent"])

    # people
    for p in data["people"]:
        w = f"people.{p.get('id')}"
        ok(SLUG.match(p.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        ok(bool(p.get("name")), f"{w}: no name")
        ok(p.get("organization") is None or p["organization"] in org, f"{w}: unknown organization {p.get('organization')!r}")
        ok(p.get("state") is None or p["state"] in STATE_CODES, f"{w}: state {p.get('state')!r} is not a postal code")
        cites(w, p.get("sources"))

    # letters
    for l in data["letters"]:
        w = f"letters.{l.get('slug')}"
        ok(SLUG.match(l.get("slug") or "") is not None, f"{w}: slug is not a lowercase slug")
        ok(l.get("kind") in LETTER_KINDS, f"{w}: kind {l.get('kind')!r}")
        ok(bool(l.get("title")), f"{w}: no title")
        for k in ("writtenOn", "deliveredOn"):
            ok(l.get(k) is None or is_date(l[k]), f"{w}: {k} not ISO")
        for k in ("addressees", "cc", "organizers", "targets"):
            ok(isinstance(l.get(k), list), f"{w}: {k} must be a list")
        for o in l.get("organizers") or []:
            ok(o in org, f"{w}: unknown organizer {o!r}")
        for t in l.get("targets") or []:
            ok(t in jur, f"{w}: unknown target {t!r}")
        c = l.get("reportedSignatureCount")
        ok(c is None or (isinstance(c, int) and c > 0), f"{w}: reportedSignatureCount must be a positive integer or null")
        ok(c is None or bool(l.get("signatureCountNote")), f"{w}: a reported count needs a signatureCountNote")
        cites(w, l.get("sources"))
        if l.get("body") and texts:
            files = [src[s]["file"] for s in l.get("sources") or [] if s in src and src[s]["file"] in texts]
            ok(any(norm(l["body"]) in texts[f] for f in files), f"{w}: body not found verbatim in its sources")

    # signatures
    by_letter = {}
    for s in data["signatures"]:
        w = f"signatures[{s.get('letter')}#{s.get('position')}]"
        ok(s.get("letter") in let, f"{w}: unknown letter")
        ok("organization" in s and "person" in s, f"{w}: organization and person fields must both be present")
        ok((s.get("organization") is None) != (s.get("person") is None), f"{w}: exactly one of organization / person must be set")
        if s.get("organization") is not None:
            ok(s["organization"] in org, f"{w}: unknown organization {s['organization']!r}")
        if s.get("person") is not None:
            ok(s["person"] in ppl, f"{w}: unknown person {s['person']!r}")
        ok(bool(s.get("printedName")), f"{w}: no printedName")
        ok(s.get("signedOn") is None or is_date(s["signedOn"]), f"{w}: signedOn not ISO")
        by_letter.setdefault(s.get("letter"), []).append(s)
        if s.get("letter") in let and texts and s.get("printedName"):
            files = [src[i]["file"] for i in let[s["letter"]]["sources"] if i in src and src[i]["file"] in texts]
            ok(any(norm(s["printedName"]) in texts[f] for f in files), f"{w}: printedName not found verbatim in the letter's sources")
    for slug, sigs in by_letter.items():
        ok(sorted(x.get("position") for x in sigs) == list(range(1, len(sigs) + 1)), f"signatures[{slug}]: positions must run 1..{len(sigs)}")
        keys = [x.get("organization") or x.get("person") for x in sigs]
        ok(len(keys) == len(set(keys)), f"signatures[{slug}]: a signatory signs twice")

    check_counties(data, jur, src)

    counts = ", ".join(f"{n} {len(data[n])}" for n in FILES)
    print(f"records: {counts}")
    for f in failures:
        print("FAIL", f)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
