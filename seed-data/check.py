#!/usr/bin/env python3
"""Checks the curated seed data in this folder.

Usage: python3 seed-data/check.py [--sources DIR]

Verifies that every file parses and is formatted as written (UTF-8, 2-space indent), that ids are unique,
every reference resolves, every record cites at least one source with its passage, enum values, dates,
date ranges and qualifiers are valid, and signature positions run 1..n per letter. If the source documents
are found (default: ../shared/sources beside the repository, or --sources), it also checks that every quote,
letter body, printed signatory name, quoted statement, statistic passage and case name occurs verbatim
(whitespace-normalised) in the cited source file.

Prints one line per problem and a closing 'N passed, N failed' line; exits 1 on any failure.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["sources", "jurisdictions", "legislation", "statusEvents", "organizations", "people", "letters", "signatures",
         "bodies", "events", "cases", "statistics", "statements"]

JURISDICTION_KINDS = {"COUNTRY", "STATE", "DISTRICT", "TERRITORY", "COUNTY", "CITY"}
STATUSES = {"PARTICIPATING", "REFUSED_TO_JOIN", "WITHDREW", "OPT_OUT_REQUESTED", "LIMITED_BY_LAW", "ACTIVATED_OVER_OBJECTION", "UNKNOWN"}
PRECISIONS = {"DAY", "MONTH", "YEAR"}
QUALIFIERS = {"EXACT", "ON_OR_BEFORE", "ON_OR_AFTER", "ESTIMATED", "PLANNED"}
LEG_KINDS = {"BILL", "RESOLUTION", "EXECUTIVE_ACTION", "COUNCIL_VOTE"}
STANCES = {"LIMITS_PARTICIPATION", "OPPOSES", "SUPPORTS", "NEUTRAL"}
STAGES = {"INTRODUCED", "PASSED_CHAMBER", "PASSED", "AWAITING_SIGNATURE", "SIGNED", "VETOED", "ADOPTED", "REPLACED", "OTHER"}
ORG_KINDS = {"NONPROFIT", "COALITION", "UNION", "FAITH", "LEGAL_SERVICES", "LAW_FIRM", "GOVERNMENT", "LAW_ENFORCEMENT", "ACADEMIC", "OTHER"}
LETTER_KINDS = {"SIGN_ON_LETTER", "PETITION", "REPORT", "CAMPAIGN"}
BODY_KINDS = {"LEGISLATURE", "CHAMBER", "COMMITTEE", "CAUCUS", "COUNCIL", "DEPARTMENT", "AGENCY", "OFFICE", "ADVISORY_BODY", "COURT", "EXECUTIVE_OFFICE"}
EVENT_KINDS = {"MEETING", "PROTEST", "BANNERING", "LEGAL_CLINIC", "HEARING", "CALL_IN_DAY", "DAY_OF_ACTION", "MARCH", "LEGISLATIVE_SESSION", "CAMPAIGN", "OTHER"}
STATEMENT_KINDS = {"QUOTE", "PARAPHRASE", "ACTION"}
ACTIONS = {"ANNOUNCEMENT", "AUDIT", "CALL", "CALL_FOR_MORATORIUM", "CAMPAIGN", "LAUNCH", "LAWSUIT", "LETTER", "OPPOSITION", "PRESSURE",
           "RECOMMENDATION", "REPORT", "RESIGNATION", "RULING", "VETO", "OTHER"}
UNITS = {"PERCENT", "PEOPLE", "PEOPLE_PER_YEAR"}
REF_KEYS = ("person", "organization", "body")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
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


def period_end(date, precision):
    """The last day a date of that precision stands for (2011-05-01 MONTH -> 2011-05-31)."""
    d = datetime.date.fromisoformat(date)
    if precision == "YEAR":
        return datetime.date(d.year, 12, 31)
    if precision == "MONTH":
        nxt = datetime.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return nxt - datetime.timedelta(days=1)
    return d


def check_range(where, date, precision, qualifier, earliest, latest):
    """earliestOn/latestOn bound a date from both sides, or are both null; they must agree with the date and its qualifier."""
    if earliest is None and latest is None:
        return
    if not ok(is_date(earliest) and is_date(latest), f"{where}: earliestOn and latestOn must both be ISO dates (or both null)"):
        return
    ok(earliest <= latest, f"{where}: earliestOn {earliest} is after latestOn {latest}")
    ok(qualifier != "EXACT", f"{where}: an EXACT date takes no range")
    if not (is_date(date) and precision in PRECISIONS):
        return
    start, end = datetime.date.fromisoformat(date), period_end(date, precision)
    lo, hi = datetime.date.fromisoformat(earliest), datetime.date.fromisoformat(latest)
    ok(start <= hi and end >= lo, f"{where}: date {date} ({precision}) lies outside its range {earliest}..{latest}")
    if qualifier == "ON_OR_BEFORE":
        ok(start <= hi <= end, f"{where}: ON_OR_BEFORE {date} must end its range (latestOn {latest})")
    if qualifier == "ON_OR_AFTER":
        ok(start <= lo <= end, f"{where}: ON_OR_AFTER {date} must start its range (earliestOn {earliest})")


def check_optional_date(where, date, precision, qualifier, earliest=None, latest=None):
    """A date the documents may not give: null with null precision, qualifier and range, or a full dated value."""
    if date is None:
        ok(precision is None and qualifier is None and earliest is None and latest is None,
           f"{where}: precision, qualifier or range without a date")
        return
    check_date(where, date, precision, qualifier)
    check_range(where, date, precision, qualifier, earliest, latest)


def period(date, precision):
    """The first and last day a date of this precision stands for (README's dating rules)."""
    d = datetime.date.fromisoformat(date)
    if precision == "YEAR":
        return datetime.date(d.year, 1, 1), datetime.date(d.year, 12, 31)
    if precision == "MONTH":
        following = datetime.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return datetime.date(d.year, d.month, 1), following - datetime.timedelta(days=1)
    return d, d


def check_status_event_range(where, e):
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
    bod = unique("bodies", "id")
    evt = unique("events", "id")
    unique("cases", "id")
    unique("statistics", "id")
    stm = unique("statements", "id")

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
        """Citations with their passage: every quote verbatim in its source's file; only a reference standard
        (a source without a file, e.g. FIPS 5-2) is cited without a quote."""
        ok(isinstance(qs, list) and len(qs) > 0, f"{where}: cites no source")
        seen = set()
        for q in qs or []:
            if not ok(isinstance(q, dict) and set(q) == {"source", "quote"}, f"{where}: a citation must be {{source, quote}}: {q!r}"):
                continue
            ok(q.get("source") in src, f"{where}: unknown source {q.get('source')!r}")
            ok((q["source"], q["quote"]) not in seen, f"{where}: cites {q['source']!r} twice with the same quote")
            seen.add((q["source"], q["quote"]))
            f = src.get(q.get("source"), {}).get("file")
            if q.get("quote") is None:
                ok(q.get("source") in src and f is None, f"{where}: citation of {q.get('source')!r} has no quote (only a reference standard may)")
                continue
            ok(isinstance(q.get("quote"), str) and q["quote"].strip() != "", f"{where}: empty quote")
            ok(f is not None, f"{where}: quoted source {q.get('source')!r} has no file")
            if f in texts and isinstance(q.get("quote"), str):
                ok(norm(q["quote"]) in texts[f], f"{where}: quote not found verbatim in {f}: {q['quote'][:60]!r}")

    def cited_files(qs):
        return [src[q["source"]]["file"] for q in qs or [] if isinstance(q, dict) and q.get("source") in src and src[q["source"]]["file"] in texts]

    def verbatim(where, what, text, qs):
        """A passage the record prints as the documents do (a statement's words, a statistic's passage, a case's name)."""
        files = cited_files(qs)
        if texts and isinstance(text, str) and files:
            ok(any(norm(text) in texts[f] for f in files), f"{where}: {what} not found verbatim in its sources: {text[:60]!r}")

    def check_ref(where, r, allowed=REF_KEYS):
        """A link to a person, organisation or body: all three keys present, exactly one set."""
        if not ok(isinstance(r, dict) and set(r) == set(REF_KEYS), f"{where}: a reference must be {{person, organization, body}}: {r!r}"):
            return
        set_keys = [k for k in REF_KEYS if r[k] is not None]
        if not ok(len(set_keys) == 1, f"{where}: exactly one of person / organization / body must be set: {r!r}"):
            return
        k = set_keys[0]
        ok(k in allowed, f"{where}: a {k} cannot be referenced here")
        ok(r[k] in {"person": ppl, "organization": org, "body": bod}[k], f"{where}: unknown {k} {r[k]!r}")

    def check_refs(where, rs, allowed=REF_KEYS):
        if ok(isinstance(rs, list), f"{where}: must be a list"):
            for i, r in enumerate(rs):
                check_ref(f"{where}[{i}]", r, allowed)

    def fields(where, record, names):
        for k in names:
            ok(k in record, f"{where}: missing field {k}")

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
        quotes(w, j.get("sources"))
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
        fields(w, l, ("identifier", "sponsors", "actors", "supporters", "opponents"))
        for k in ("sponsors", "actors", "supporters", "opponents"):
            check_refs(f"{w}.{k}", l.get(k))
        quotes(w, l.get("sources"))
        ok(len(l.get("stages") or []) > 0, f"{w}: no stages")
        for i, st in enumerate(l.get("stages") or []):
            sw = f"{w}.stages[{i}]"
            ok(st.get("stage") in STAGES, f"{sw}: stage {st.get('stage')!r}")
            fields(sw, st, ("earliestOn", "latestOn", "actor", "actorName", "vote", "description"))
            check_date(sw, st.get("date"), st.get("datePrecision"), st.get("dateQualifier"))
            check_range(sw, st.get("date"), st.get("datePrecision"), st.get("dateQualifier"), st.get("earliestOn"), st.get("latestOn"))
            if st.get("actor") is not None:
                check_ref(f"{sw}.actor", st["actor"])
            v = st.get("vote")
            if v is not None and ok(isinstance(v, dict) and set(v) == {"yes", "no", "abstain", "text"}, f"{sw}: vote must be {{yes, no, abstain, text}}"):
                ok(all(v[k] is None or (isinstance(v[k], int) and v[k] >= 0) for k in ("yes", "no", "abstain")), f"{sw}: vote counts must be non-negative integers or null")
                ok(any(v[k] is not None for k in v), f"{sw}: an empty vote must be null")
                ok(v["text"] is None or (isinstance(v["text"], str) and v["text"] != ""), f"{sw}: vote text must be a string or null")
            quotes(sw, st.get("sources"))
            for q in st.get("sources") or []:
                ok(q.get("source") in [c.get("source") for c in l.get("sources") or [] if isinstance(c, dict)], f"{sw}: source {q.get('source')!r} missing from the bill's sources")

    # status events
    for e in data["statusEvents"]:
        w = f"statusEvents.{e.get('id')}"
        ok(SLUG.match(e.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        ok(e.get("jurisdiction") in jur, f"{w}: unknown jurisdiction {e.get('jurisdiction')!r}")
        ok(e.get("status") in STATUSES, f"{w}: status {e.get('status')!r}")
        check_date(w, e.get("effectiveOn"), e.get("datePrecision"), e.get("dateQualifier"))
        check_status_event_range(w, e)
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
        quotes(w, o.get("sources"))
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
        fields(w, p, ("title", "postNominals", "affiliation", "organization", "body", "city", "notes"))
        ok(p.get("body") is None or p["body"] in bod, f"{w}: unknown body {p.get('body')!r}")
        quotes(w, p.get("sources"))

    # letters
    for l in data["letters"]:
        w = f"letters.{l.get('slug')}"
        ok(SLUG.match(l.get("slug") or "") is not None, f"{w}: slug is not a lowercase slug")
        ok(l.get("kind") in LETTER_KINDS, f"{w}: kind {l.get('kind')!r}")
        ok(bool(l.get("title")), f"{w}: no title")
        for k in ("writtenOn", "deliveredOn"):
            fields(w, l, (k + "Precision", k + "Qualifier"))
            check_optional_date(f"{w}.{k}", l.get(k), l.get(k + "Precision"), l.get(k + "Qualifier"))
        for k in ("addressees", "cc", "organizers", "targets"):
            ok(isinstance(l.get(k), list), f"{w}: {k} must be a list")
        for k, refs in (("addressees", "addresseeRefs"), ("cc", "ccRefs")):
            # One entry per printed addressee, in order: the person or body it names, or null where none is recorded.
            rs = l.get(refs)
            if ok(isinstance(rs, list) and len(rs) in (0, len(l.get(k) or [])), f"{w}: {refs} must be empty or match {k} one to one"):
                for i, r in enumerate(rs):
                    if r is not None:
                        check_ref(f"{w}.{refs}[{i}]", r)
        for o in l.get("organizers") or []:
            ok(o in org, f"{w}: unknown organizer {o!r}")
        for t in l.get("targets") or []:
            ok(t in jur, f"{w}: unknown target {t!r}")
        c = l.get("reportedSignatureCount")
        ok(c is None or (isinstance(c, int) and c > 0), f"{w}: reportedSignatureCount must be a positive integer or null")
        ok(c is None or bool(l.get("signatureCountNote")), f"{w}: a reported count needs a signatureCountNote")
        quotes(w, l.get("sources"))
        if l.get("body") and texts:
            verbatim(w, "body", l["body"], l.get("sources"))

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
        # signatories: who signs on this printed line. One, equal to organization/person; or several for a joint
        # line ("IRATE & First Friends"), whose organization is then the record today's loader keeps for the line.
        sg = s.get("signatories")
        if ok(isinstance(sg, list) and len(sg) > 0, f"{w}: signatories must be a non-empty list"):
            for i, r in enumerate(sg):
                if ok(isinstance(r, dict) and set(r) == {"organization", "person"}, f"{w}.signatories[{i}]: must be {{organization, person}}"):
                    ok((r["organization"] is None) != (r["person"] is None), f"{w}.signatories[{i}]: exactly one of organization / person must be set")
                    ok(r["organization"] is None or r["organization"] in org, f"{w}.signatories[{i}]: unknown organization {r['organization']!r}")
                    ok(r["person"] is None or r["person"] in ppl, f"{w}.signatories[{i}]: unknown person {r['person']!r}")
            keys = [(r.get("organization"), r.get("person")) for r in sg if isinstance(r, dict)]
            ok(len(keys) == len(set(keys)), f"{w}: a signatory is listed twice")
            if len(sg) == 1:
                ok(keys == [(s.get("organization"), s.get("person"))], f"{w}: a single signatory must equal organization/person")
            else:
                ok(s.get("person") is None and (s.get("organization"), None) not in keys, f"{w}: a joint line's organization must be the line's own record, not one of its signatories")
        by_letter.setdefault(s.get("letter"), []).append(s)
        if s.get("letter") in let and texts and s.get("printedName"):
            verbatim(w, "printedName", s["printedName"], let[s["letter"]].get("sources"))
    for slug, sigs in by_letter.items():
        ok(sorted(x.get("position") for x in sigs) == list(range(1, len(sigs) + 1)), f"signatures[{slug}]: positions must run 1..{len(sigs)}")
        keys = [x.get("organization") or x.get("person") for x in sigs]
        ok(len(keys) == len(set(keys)), f"signatures[{slug}]: a signatory signs twice")
        signers = [(r.get("organization"), r.get("person")) for x in sigs for r in x.get("signatories") or [] if isinstance(r, dict)]
        ok(len(signers) == len(set(signers)), f"signatures[{slug}]: a signatory is on two lines")


    # bodies: legislatures, chambers, agencies, offices, courts, caucuses, task forces
    body_names = {}
    for b in data["bodies"]:
        w = f"bodies.{b.get('id')}"
        ok(SLUG.match(b.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        fields(w, b, ("name", "acronym", "kind", "jurisdiction", "parent", "address", "aliases", "notes", "sources"))
        ok(bool(b.get("name")), f"{w}: no name")
        ok(b.get("kind") in BODY_KINDS, f"{w}: kind {b.get('kind')!r}")
        ok(b.get("jurisdiction") in jur, f"{w}: unknown jurisdiction {b.get('jurisdiction')!r}")
        ok(b.get("parent") is None or (b["parent"] in bod and b["parent"] != b["id"]), f"{w}: bad parent {b.get('parent')!r}")
        ok(isinstance(b.get("aliases"), list), f"{w}: aliases must be a list")
        for n in [b.get("name")] + list(b.get("aliases") or []):
            key = norm(n or "").lower()
            ok(key not in body_names or body_names[key] == b["id"], f"{w}: name or alias {n!r} also belongs to {body_names.get(key)!r}")
            body_names.setdefault(key, b["id"])
        quotes(w, b.get("sources"))
    for b in data["bodies"]:  # parent chains end
        seen, cur = set(), b
        while cur and cur.get("parent"):
            if not ok(cur["id"] not in seen, f"bodies.{b['id']}: parent cycle"):
                break
            seen.add(cur["id"])
            cur = bod.get(cur["parent"])

    # events: things that happen at a place and a time
    replaced = {}
    for e in data["events"]:
        w = f"events.{e.get('id')}"
        ok(SLUG.match(e.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        fields(w, e, ("startsOn", "startTime", "endsOn", "endTime", "timeZone", "datePrecision", "dateQualifier", "earliestOn", "latestOn",
                      "placeName", "address", "jurisdiction", "organizers", "sponsors", "participants", "addressedTo", "targets", "letters",
                      "legislation", "replacesLetter", "announcedOn", "notes"))
        ok(e.get("kind") in EVENT_KINDS, f"{w}: kind {e.get('kind')!r}")
        ok(bool(e.get("title")) and bool(e.get("description")), f"{w}: title and description required")
        check_optional_date(w, e.get("startsOn"), e.get("datePrecision"), e.get("dateQualifier"), e.get("earliestOn"), e.get("latestOn"))
        ok(e.get("endsOn") is None or (is_date(e["endsOn"]) and is_date(e.get("startsOn")) and e["endsOn"] >= e["startsOn"]), f"{w}: endsOn must be an ISO date not before startsOn")
        for k in ("startTime", "endTime"):
            ok(e.get(k) is None or TIME.match(e[k]) is not None, f"{w}: {k} {e.get(k)!r} is not HH:MM")
        ok(e.get("startTime") is None or (e.get("startsOn") is not None and e.get("timeZone")), f"{w}: a start time needs a date and a timeZone")
        ok(e.get("endTime") is None or e.get("endsOn") is not None, f"{w}: an end time needs endsOn")
        if e.get("startTime") and e.get("endTime") and e.get("startsOn") == e.get("endsOn"):
            ok(e["endTime"] > e["startTime"], f"{w}: ends before it starts")
        ok(e.get("jurisdiction") is None or e["jurisdiction"] in jur, f"{w}: unknown jurisdiction {e.get('jurisdiction')!r}")
        for k in ("organizers", "sponsors", "participants", "addressedTo"):
            check_refs(f"{w}.{k}", e.get(k))
        for t in e.get("targets") or []:
            ok(t in jur, f"{w}: unknown target {t!r}")
        for s in e.get("letters") or []:
            ok(s in let, f"{w}: unknown letter {s!r}")
        for s in e.get("legislation") or []:
            ok(s in leg, f"{w}: unknown legislation {s!r}")
        ok(e.get("announcedOn") is None or is_date(e["announcedOn"]), f"{w}: announcedOn not ISO")
        r = e.get("replacesLetter")
        if r is not None:
            ok(r in let and let[r]["kind"] == "CAMPAIGN", f"{w}: replacesLetter {r!r} is not a letter of kind CAMPAIGN")
            ok(r not in replaced, f"{w}: letter {r!r} is already replaced by {replaced.get(r)!r}")
            replaced[r] = e["id"]
        quotes(w, e.get("sources"))
    for l in data["letters"]:
        if l.get("kind") == "CAMPAIGN":
            ok(l.get("slug") in replaced, f"letters.{l.get('slug')}: a CAMPAIGN letter must be replaced by an event (replacesLetter)")

    # cases: people facing deportation and the petitions for them
    for c in data["cases"]:
        w = f"cases.{c.get('id')}"
        ok(SLUG.match(c.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        fields(w, c, ("name", "community", "jurisdiction", "situation", "petitions", "reportedOn", "reportedOnPrecision", "reportedOnQualifier", "notes"))
        ok(bool(c.get("name")), f"{w}: no name")
        ok(c.get("jurisdiction") is None or c["jurisdiction"] in jur, f"{w}: unknown jurisdiction {c.get('jurisdiction')!r}")
        if ok(isinstance(c.get("petitions"), list), f"{w}: petitions must be a list"):
            for p in c["petitions"]:
                ok(p in let and let[p]["kind"] == "PETITION", f"{w}: {p!r} is not a letter of kind PETITION")
        check_optional_date(f"{w}.reportedOn", c.get("reportedOn"), c.get("reportedOnPrecision"), c.get("reportedOnQualifier"))
        quotes(w, c.get("sources"))
        verbatim(w, "name", c.get("name"), c.get("sources"))

    # statistics: a figure, its unit, what it counts, where and when, and its passage
    for s in data["statistics"]:
        w = f"statistics.{s.get('id')}"
        ok(SLUG.match(s.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        fields(w, s, ("value", "low", "high", "approximate", "valueText", "unit", "counts", "jurisdiction", "periodFrom", "periodFromPrecision",
                      "periodTo", "periodToPrecision", "basis", "attributedTo", "attributedToName", "statement", "letter", "passage", "notes"))
        nums = [s.get(k) for k in ("value", "low", "high")]
        ok(all(n is None or (isinstance(n, (int, float)) and not isinstance(n, bool)) for n in nums), f"{w}: value, low and high must be numbers or null")
        ok((s.get("value") is None) != (s.get("low") is None and s.get("high") is None), f"{w}: give either value or a bound (low / high), not both or neither")
        if isinstance(s.get("low"), (int, float)) and isinstance(s.get("high"), (int, float)):
            ok(s["low"] <= s["high"], f"{w}: low above high")
        ok(isinstance(s.get("approximate"), bool), f"{w}: approximate must be true or false")
        ok(s.get("unit") in UNITS, f"{w}: unit {s.get('unit')!r}")
        if s.get("unit") == "PERCENT":
            ok(all(n is None or 0 <= n <= 100 for n in nums if isinstance(n, (int, float))), f"{w}: a percentage lies in 0..100")
        ok(bool(s.get("counts")), f"{w}: what it counts is required")
        ok(s.get("jurisdiction") is None or s["jurisdiction"] in jur, f"{w}: unknown jurisdiction {s.get('jurisdiction')!r}")
        for k in ("periodFrom", "periodTo"):
            check_optional_date(f"{w}.{k}", s.get(k), s.get(k + "Precision"), "EXACT" if s.get(k) else None)
        if is_date(s.get("periodFrom")) and is_date(s.get("periodTo")):
            ok(s["periodFrom"] <= s["periodTo"], f"{w}: periodFrom after periodTo")
        check_refs(f"{w}.attributedTo", s.get("attributedTo"))
        ok(s.get("statement") is None or s["statement"] in stm, f"{w}: unknown statement {s.get('statement')!r}")
        ok(s.get("letter") is None or s["letter"] in let, f"{w}: unknown letter {s.get('letter')!r}")
        quotes(w, s.get("sources"))
        ok(bool(s.get("passage")), f"{w}: no passage")
        verbatim(w, "passage", s.get("passage"), s.get("sources"))
        ok(isinstance(s.get("valueText"), str) and norm(s["valueText"]) in norm(s.get("passage") or ""), f"{w}: valueText must be printed in the passage")

    # statements: words or an action attributed to a person, organisation or body
    for s in data["statements"]:
        w = f"statements.{s.get('id')}"
        ok(SLUG.match(s.get("id") or "") is not None, f"{w}: id is not a lowercase slug")
        fields(w, s, ("kind", "action", "speakers", "speakerName", "text", "language", "date", "datePrecision", "dateQualifier", "earliestOn",
                      "latestOn", "addressedTo", "jurisdictions", "letter", "legislation", "event", "notes"))
        ok(s.get("kind") in STATEMENT_KINDS, f"{w}: kind {s.get('kind')!r}")
        if s.get("kind") == "ACTION":
            ok(s.get("action") in ACTIONS, f"{w}: action {s.get('action')!r}")
        else:
            ok(s.get("action") is None, f"{w}: only an ACTION has an action")
        check_refs(f"{w}.speakers", s.get("speakers"))
        ok(bool(s.get("speakers")) or bool(s.get("speakerName")), f"{w}: a statement needs a speaker or a speakerName")
        ok(bool(s.get("text")), f"{w}: no text")
        ok(s.get("language") in ("en", "es"), f"{w}: language {s.get('language')!r}")
        check_optional_date(w, s.get("date"), s.get("datePrecision"), s.get("dateQualifier"), s.get("earliestOn"), s.get("latestOn"))
        check_refs(f"{w}.addressedTo", s.get("addressedTo"))
        for j in s.get("jurisdictions") or []:
            ok(j in jur, f"{w}: unknown jurisdiction {j!r}")
        ok(s.get("letter") is None or s["letter"] in let, f"{w}: unknown letter {s.get('letter')!r}")
        ok(s.get("legislation") is None or s["legislation"] in leg, f"{w}: unknown legislation {s.get('legislation')!r}")
        ok(s.get("event") is None or s["event"] in evt, f"{w}: unknown event {s.get('event')!r}")
        quotes(w, s.get("sources"))
        if s.get("kind") in ("QUOTE", "PARAPHRASE"):  # the words as printed; an ACTION's text is the curator's account
            verbatim(w, "text", s.get("text"), s.get("sources"))

    check_counties(data, jur, src)

    counts = ", ".join(f"{n} {len(data[n])}" for n in FILES)
    print(f"records: {counts}")
    for f in failures:
        print("FAIL", f)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
