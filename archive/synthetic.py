"""A synthetic archive with realistic proportions, for benchmarks: per matter about
3 planning steps and 10 recipients; ~40 bodies, ~10,000 meetings, ~2,000 addressees.

Written in one transaction with `executemany` (sqlite-utils' insert_all commits
every batch on its own, ~15x slower). The audit triggers are suspended for the
bulk load and one 'bulk' row in the change log records what was generated.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import json
import random
import time

from archive.db import Archive
from archive.errors import ArchiveError
from archive.sqltext import NOW_UTC
from archive.workdays import next_working_day

NAMNDER = [
    "Arbetsmarknads- och socialnämnden", "Barn- och utbildningsnämnden", "Byggnadsnämnden",
    "Fritidsnämnden", "Funktionsstödsnämnden", "Förskolenämnden", "Grundskolenämnden",
    "Gymnasienämnden", "Kulturnämnden", "Miljönämnden", "Omsorgsnämnden", "Servicenämnden",
    "Stadsbyggnadsnämnden", "Tekniska nämnden", "Valnämnden", "Vård- och omsorgsnämnden",
    "Överförmyndarnämnden", "Äldrenämnden", "Krisledningsnämnden",
]
COMPANIES = ["Stadshus AB", "Bostads AB", "Energi AB", "Hamn AB", "Parkerings AB", "Fastighets AB",
             "Teater AB", "Konserthus AB", "Vatten AB", "Leasing AB"]
TOWNS = ["Ekby", "Sjöstad", "Åsele", "Norrvik", "Bergsjö", "Dalby", "Hagfors", "Lövånger"]
SUBJECTS = [
    "policy för internationellt arbete", "detaljplan för kvarteret Sädesärlan", "budget och verksamhetsplan",
    "riktlinjer för bostadsförsörjning", "taxa för bygglov", "reglemente för kommunstyrelsen",
    "ny förskola i Östra Torp", "cykelbana längs Storgatan", "upphandling av skolskjutsar",
    "avgifter inom äldreomsorgen", "klimatstrategi", "försäljning av fastigheten Ugglan 4",
    "medlemskap i Eurocities", "vänortssamarbete", "plan för räddningstjänst", "kulturstipendier",
    "lokalförsörjningsplan", "arvoden för förtroendevalda", "ändrad förbundsordning", "årsredovisning",
]
OPENINGS = ["Revidering av", "Motion om", "Medborgarförslag om", "Yttrande över", "Antagande av",
            "Svar på remiss om", "Uppföljning av", "Interpellation om"]
KINDS = {"Motion om": "motion", "Medborgarförslag om": "medborgarförslag", "Interpellation om": "interpellation"}
FIRST = ["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Eva", "Anders", "Sara", "Per", "Lena", "Nils"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Lindberg", "Håkansson", "Stendahl", "Bondeson"]
TITLES = ["Utredare", "Handläggare", "Controller", "Enhetschef", "EU strateg", "Jurist", "Sektionschef"]
FIRST_YEAR, YEARS = 2006, 20


def _bodies() -> list[tuple[str, str, str | None, str | None]]:
    """(name, kind, code, parent name): KF, KS, KSAU, nämnder and their arbetsutskott."""
    bodies = [("Kommunfullmäktige", "fullmäktige", "KF", None), ("Kommunstyrelsen", "styrelse", "KS", None),
              ("Kommunstyrelsens arbetsutskott", "utskott", "KSAU", "Kommunstyrelsen")]
    for name in NAMNDER:
        bodies.append((name, "nämnd", None, None))
    for name in NAMNDER[:18]:
        bodies.append((f"{name}s arbetsutskott", "utskott", None, name))
    return bodies


@contextlib.contextmanager
def _fast_bulk_load(conn, tables: list[str]):
    """For a new file only: no WAL copy, no fsync, and the secondary indexes and
    full-text triggers rebuilt once at the end (sorting beats 2M random B-tree inserts)."""
    names = ", ".join(f"'{t}'" for t in tables)
    deferred = conn.execute(
        f"""SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN ({names})
            AND (type = 'index' OR (type = 'trigger' AND name NOT LIKE '%_audit_%'))"""
    ).fetchall()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    for kind, name, _sql in deferred:
        conn.execute(f"DROP {kind} {name}")
    try:
        yield
    finally:
        for _kind, _name, sql in deferred:
            conn.execute(sql)
        conn.execute("INSERT INTO matters_fts (matters_fts) VALUES ('rebuild')")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA journal_mode = WAL")


def generate(n: int, *, seed: int = 1) -> list[tuple[str, list[tuple]]]:
    """The synthetic archive as (INSERT statement, rows) pairs, in foreign-key order.

    Pure: the same n and seed give the same rows (the benchmark writes them once
    through beslut and once through plain sqlite3)."""
    rng = random.Random(seed)
    bodies = _bodies()
    ids = {name: body_id for body_id, (name, *_) in enumerate(bodies, 1)}
    body_rows = [(ids[name], code, name, kind, ids.get(parent)) for name, kind, code, parent in bodies]

    # Every body meets every fourth week (a holiday moves it to the next working day):
    # 13 a year, 20 years, 40 bodies ~ 10,400 meetings.
    meetings: dict[int, list[tuple[int, str]]] = {}
    meeting_rows = []
    for body_id in ids.values():
        day = dt.date(FIRST_YEAR, 1, 5) + dt.timedelta(days=rng.randrange(28))
        while day < dt.date(FIRST_YEAR + YEARS, 1, 1):
            # As `meetings generate --holidays next-weekday` plans it: never on a holiday.
            held_on = next_working_day(day)
            meeting_id = len(meeting_rows) + 1
            state = "held" if held_on.year < 2026 else "planned"
            meeting_rows.append((meeting_id, body_id, held_on.isoformat(), state))
            meetings.setdefault(body_id, []).append((meeting_id, held_on.isoformat()))
            day += dt.timedelta(days=28)

    addressees = [(name, None, "body") for name, *_ in bodies[:22]]
    addressees += [(f"{town} {company}", None, "company") for town in TOWNS for company in COMPANIES]
    seen = set()
    while len(addressees) < 2000:
        surname = rng.choice(LAST) + ("" if rng.random() < .5 else "-" + rng.choice(LAST))
        person = (f"{rng.choice(FIRST)} {surname}", rng.choice(TITLES), "person")
        if person[:2] not in seen:
            seen.add(person[:2])
            addressees.append(person)
    addressee_rows = [(i, *row) for i, row in enumerate(addressees, 1)]
    addressee_ids = range(1, len(addressees) + 1)

    chains = [("Kommunstyrelsens arbetsutskott", "Kommunstyrelsen", "Kommunfullmäktige")]
    chains += [(b[0], b[3], "Kommunfullmäktige") for b in bodies if b[1] == "utskott" and b[0] != chains[0][0]]
    counters: dict[int, int] = {}
    matter_rows, step_rows, recipient_rows = [], [], []
    for matter_id in range(1, n + 1):
        opening, subject = rng.choice(OPENINGS), rng.choice(SUBJECTS)
        year = FIRST_YEAR + rng.randrange(YEARS)
        counters[year] = counters.get(year, 0) + 1
        raised = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(300))
        matter_rows.append((
            matter_id, f"KS {year}/{counters[year]}", f"{opening} {subject}", KINDS.get(opening, "ärende"),
            raised.isoformat(), f"Ärendet gäller {subject} i {rng.choice(TOWNS)}.",
        ))
        chain = rng.choice(chains) if rng.random() < .5 else chains[0]
        steps = chain[: 2 + (rng.random() < .9)]  # ~2.9 steps a matter
        after = raised.isoformat()
        for position, body in enumerate(steps, 1):
            meeting = _next_meeting(meetings[ids[body]], after, rng)
            decides = position == len(steps)
            date = meeting[1] if meeting else None
            # Steps already held carry their outcome; the list's "next step" is the first without.
            outcome = None if not date or date >= "2026-01-01" else "beslutad" if decides else "behandlad"
            step_rows.append((len(step_rows) + 1, matter_id, position, ids[body], meeting and meeting[0],
                              date, "beslutar" if decides else "bereder", int(decides), outcome))
            after = date or after
        sent_on = after if after < "2026-01-01" else None
        for position, addressee_id in enumerate(rng.sample(addressee_ids, 10), 1):
            recipient_rows.append((len(recipient_rows) + 1, matter_id, addressee_id, position, sent_on))
    return [
        ("INSERT INTO bodies (id, municipality, code, name, kind, parent_id) VALUES (?, 'Exempelby', ?, ?, ?, ?)",
         body_rows),
        ("INSERT INTO meetings (id, body_id, date, state) VALUES (?, ?, ?, ?)", meeting_rows),
        ("INSERT INTO addressees (id, name, title, kind) VALUES (?, ?, ?, ?)", addressee_rows),
        ("""INSERT INTO matters (id, case_number, title, kind, municipality, raised_on, raised_precision, summary)
            VALUES (?, ?, ?, ?, 'Exempelby', ?, 'day', ?)""", matter_rows),
        ("""INSERT INTO planning_steps (id, matter_id, position, body_id, meeting_id, date, role, decides, outcome)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", step_rows),
        ("INSERT INTO recipients (id, matter_id, addressee_id, position, sent_on) VALUES (?, ?, ?, ?, ?)",
         recipient_rows),
    ]


def build_synthetic(archive: Archive, n: int, *, seed: int = 1) -> dict:
    """Fill a NEW, empty archive with `n` generated matters."""
    if archive.execute("SELECT count(*) FROM matters").fetchone()[0]:
        raise ArchiveError("arkivet har redan ärenden; --synthetic bygger bara ett nytt arkiv",
                           file=str(archive.path))
    started = time.perf_counter()
    tables = generate(n, seed=seed)
    stats = {sql.split()[2]: len(rows) for sql, rows in tables}
    with _fast_bulk_load(archive.conn, ["matters", "planning_steps", "recipients", "meetings"]), \
            archive.write(), archive.audit_suspended():
        for sql, rows in tables:
            archive.conn.executemany(sql, rows)
        archive.execute(
            f"""INSERT INTO changes (at, actor, table_name, action, after)
               VALUES ({NOW_UTC}, beslut_actor(), 'matters', 'bulk', ?)""",
            (json.dumps({"synthetic": True, "seed": seed, **stats}),),
        )
    stats["seconds"] = time.perf_counter() - started
    return stats


def _next_meeting(plan: list[tuple[int, str]], after: str, rng: random.Random) -> tuple[int, str] | None:
    """A meeting of this body, one to three meetings after the date `after`."""
    index = bisect.bisect_right(plan, after, key=lambda meeting: meeting[1]) + rng.randrange(3)
    return plan[index] if index < len(plan) else None
