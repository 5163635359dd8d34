"""A matter's change log in Swedish a clerk reads: one sentence a change-log row.

The log (`changes`) keeps each row's before and after image as JSON, with ids and
column names. Here those become what happened to whom: "Mottagare Daniel Stendahl:
expedierad 2024-09-02", "Kommunstyrelsen: sammanträde flyttat 28 aug → 11 sep 2024".
Ids are looked up (bodies, addressees, meetings) and never shown; a field that is not
known by name is still told ("en uppgift ändrad"), never dropped or shown raw
(tests/test_history.py walks every audited column so that none is left so).
Meetings belong to no matter; a meeting's changes (kallelse, justerare, moved,
cancelled) are told in the Historik of the matters whose steps are on it.
The TUI's Historik tab shows these sentences; the portal may use the same ones.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from archive.dates import stockholm
from archive.db import Archive
from archive.lookups import step_on_meeting_sql
from archive.matters import history, resolve
from archive.model import (
    ADDRESSEE_KINDS_SV,
    AGENDA_ITEM_KINDS_SV,
    MEETING_STATES_SV,
    POSTPONE_OUTCOMES,
    PRECISIONS_SV,
)
from archive.protocol import DECIDED_OUTCOME

MONTHS_SHORT = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

# The matter's own fields, as the matter form names them.
MATTER_FIELDS = {
    "case_number": "diarienummer", "title": "rubrik", "kind": "typ", "municipality": "kommun",
    "raised_on": "väckt", "raised_by": "väckt av",
    "summary": "sammanfattning", "source_file": "källfil", "source_checksum": "källans kontrollsumma",
}
# Columns that are bookkeeping or keys: never a change worth telling on their own.
QUIET = {"id", "matter_id", "version", "modified_at", "created_at"}
# Bookkeeping of one table: told only with what it belongs to (an outbox row's message id
# changes only with its state).
QUIET_IN = {"outbox": {"message_id"}}
# Audited tables whose rows belong to no matter: their changes are no matter's Historik
# (a body's or addressee's current name is what the matter's sentences show). Meetings
# belong to no matter either, but a meeting's changes are told in the Historik of the
# matters whose steps are on it (meeting_changes).
NOT_IN_A_MATTERS_HISTORY = {
    "bodies": "names and lead times; a matter's sentences name a body as it is called now",
    "addressees": "the directory; a new e-mail address is told by the outbox rows it changes",
    "distribution_lists": "a matter gets copies of a list's addressees, told as its recipients",
    "distribution_list_members": "a matter gets copies of a list's addressees, told as its recipients",
}


@dataclass(frozen=True)
class HistoryEntry:
    """One change of a matter: when (UTC as logged, and Swedish local time), who, what."""

    at: str
    local_time: str  # "2024-09-02 14:05", Europe/Stockholm
    actor: str
    text: str


@dataclass
class Names:
    """What the change log refers to by id: bodies, addressees (name, title), meetings (date),
    §§, recipients (their addressee), distribution lists."""

    bodies: dict[int, str] = field(default_factory=dict)
    addressees: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    meetings: dict[int, str] = field(default_factory=dict)
    meeting_bodies: dict[int, str] = field(default_factory=dict)
    paragraph_numbers: dict[int, int] = field(default_factory=dict)
    recipient_addressees: dict[int, int] = field(default_factory=dict)
    lists: dict[int, str] = field(default_factory=dict)

    def body(self, body_id) -> str:
        return self.bodies.get(body_id) or "organet (borttaget)"

    def addressee(self, addressee_id) -> str:
        name, _title = self.addressees.get(addressee_id, ("(borttagen ur registret)", None))
        return name

    def meeting(self, meeting_id) -> str:
        """"Kommunstyrelsen 2024-09-11": the body and the day a meeting is known by."""
        if meeting_id not in self.meetings:
            return "ett borttaget sammanträde"
        return f"{self.meeting_bodies.get(meeting_id) or 'organet (borttaget)'} {self.meetings[meeting_id]}"

    def paragraph(self, paragraph_id) -> str:
        number = self.paragraph_numbers.get(paragraph_id)
        return f"§ {number}" if number is not None else "en borttagen §"

    def distribution_list(self, list_id) -> str:
        return f"sändlistan {quoted(self.lists[list_id])}" if list_id in self.lists else "en borttagen sändlista"

    def recipient(self, recipient_id) -> str:
        """The addressee a matter's recipient row stands for."""
        if recipient_id not in self.recipient_addressees:
            return "en borttagen mottagare"
        return self.addressee(self.recipient_addressees[recipient_id])


def matter_history(archive: Archive, ref: str | int) -> list[HistoryEntry]:
    """A matter's change log as sentences, newest first, with the changes of the meetings
    its steps are on (moved, cancelled, called, justerat) among them."""
    matter_id = resolve(archive, ref)
    own = history(archive, matter_id)
    rows = sorted(own + meeting_changes(archive, matter_id, own), key=lambda row: row["id"])
    names = lookup_names(archive, rows)
    told = [(row, describe(row, names)) for row in rows]
    entries = []
    for index, (row, text) in enumerate(told):
        following = told[index + 1] if index + 1 < len(told) else None
        if row["table_name"] == "meetings" and following and following[1] == text \
                and following[0]["actor"] == row["actor"]:
            continue  # a moved meeting and the step that moved with it: one sentence, the step's
        entries.append(HistoryEntry(row["at"], local_time(row["at"]), row["actor"], text))
    return entries[::-1]


def meeting_changes(archive: Archive, matter_id: int, own: list[dict]) -> list[dict]:
    """The change-log rows of the meetings the matter's steps are on or were on (by the
    meetings its steps' rows named), made since the matter was registered. A meeting
    being added to a plan is no news to a matter: only its later changes are told."""
    images = [image for row in own if row["table_name"] == "planning_steps"
              for image in (_image(row["before"]), _image(row["after"])) if image]
    meeting_ids = {image["meeting_id"] for image in images if image.get("meeting_id")}
    # A step without a meeting id is on its body's meeting that day (lookups.STEP_ON_MEETING).
    days = sorted({(image["body_id"], image["date"]) for image in images
                   if not image.get("meeting_id") and image.get("date") and image.get("body_id")})
    if days:
        meeting_ids.update(r["id"] for r in archive.query(
            f"SELECT id FROM meetings WHERE (body_id, date) IN (VALUES {', '.join(['(?, ?)'] * len(days))})",
            [value for day in days for value in day]))
    meeting_ids.update(r["id"] for r in archive.query(
        f"SELECT DISTINCT m.id FROM planning_steps s JOIN meetings m ON {step_on_meeting_sql()}"
        " WHERE s.matter_id = ?", (matter_id,)))
    if not meeting_ids:
        return []
    wanted = sorted(meeting_ids)
    since = own[0]["id"] if own else 0
    return archive.query(
        # changes_meeting (schema m012): the planner, without statistics, would walk every row
        # without a matter instead
        "SELECT * FROM changes INDEXED BY changes_meeting"
        " WHERE matter_id IS NULL AND table_name = 'meetings' AND action != 'insert'"
        f" AND row_id IN ({', '.join('?' * len(wanted))}) AND id > ? ORDER BY id", [*wanted, since])


# The ids a change row's images carry that its sentence names: column -> the kind of id
# (a body's parent is a body).
NAMED_IDS = {"body_id": "body_id", "parent_id": "body_id", "addressee_id": "addressee_id",
             "meeting_id": "meeting_id", "paragraph_id": "paragraph_id", "recipient_id": "recipient_id",
             "list_id": "list_id"}
ID_KINDS = tuple(dict.fromkeys(NAMED_IDS.values()))


def lookup_names(archive: Archive, rows: Iterable[dict]) -> Names:
    """The names and dates behind the ids in `rows`, in one query a kind."""
    names = Names()
    look_up_names(archive.conn, names, _named_ids(rows))
    return names


def _named_ids(rows: Iterable[dict]) -> dict[str, set[int]]:
    ids: dict[str, set[int]] = {kind: set() for kind in ID_KINDS}
    for row in rows:
        for image in (_image(row["before"]), _image(row["after"])):
            for key, kind in NAMED_IDS.items():
                if image.get(key) is not None:
                    ids[kind].add(image[key])
    return ids


def look_up_names(conn: sqlite3.Connection, names: Names, ids: dict[str, set[int]]) -> None:
    """Add to `names` what the ids in `ids` (by kind, ID_KINDS) stand for, one query a
    kind asked for. An outbox row names its § and recipient, which name their meeting and
    addressee in turn. Works on a plain connection (the portal's read-only ones too)."""
    ids = {key: set(found) for key, found in ids.items()}

    def fetch(sql: str, key: str) -> list[tuple]:
        wanted = sorted(ids.get(key, ()))
        if not wanted:
            return []
        return conn.execute(sql.format(marks=", ".join("?" * len(wanted))), wanted).fetchall()

    for paragraph_id, number, meeting_id in fetch(
            "SELECT id, number, meeting_id FROM paragraphs WHERE id IN ({marks})", "paragraph_id"):
        names.paragraph_numbers[paragraph_id] = number
        ids.setdefault("meeting_id", set()).add(meeting_id)
    for recipient_id, addressee_id in fetch(
            "SELECT id, addressee_id FROM recipients WHERE id IN ({marks})", "recipient_id"):
        names.recipient_addressees[recipient_id] = addressee_id
        ids.setdefault("addressee_id", set()).add(addressee_id)
    for list_id, name in fetch("SELECT id, name FROM distribution_lists WHERE id IN ({marks})", "list_id"):
        names.lists[list_id] = name
    for body_id, name in fetch("SELECT id, name FROM bodies WHERE id IN ({marks})", "body_id"):
        names.bodies[body_id] = name
    for addressee_id, name, title in fetch(
            "SELECT id, name, title FROM addressees WHERE id IN ({marks})", "addressee_id"):
        names.addressees[addressee_id] = (name, title)
    for meeting_id, date, body in fetch("SELECT m.id, m.date, b.name FROM meetings m JOIN bodies b"
                                        " ON b.id = m.body_id WHERE m.id IN ({marks})", "meeting_id"):
        names.meetings[meeting_id], names.meeting_bodies[meeting_id] = date, body


# ---------------------------------------------------------------- the change log as SQL

# SQL function name(table_name, action, before, after) -> the row's sentence: the portal's
# Ändringslogg (and `beslut export report andringslogg`) says what Historik says.
CHANGE_SENTENCE_FUNCTION = "beslut_change_sentence"
# Ids whose names one connection keeps at most; then it starts over (a whole export of a
# large archive names hundreds of thousands of recipients).
KEPT_NAMES = 50_000


class ChangeSentences:
    """describe() for one change-log row at a time, as an SQL function of `conn`. A report
    asks for row after row, so the names behind ids are looked up once each, not once a
    row, and kept while the archive is as it was (SQLite's data_version moves when another
    connection commits; total_changes when this one writes). A row costs about 14 µs, most
    of it reading the two JSON images: on 200,000 matters with 443,056 changes the report's
    page of 1,000 rows takes 40-70 ms (the raw columns alone 15-30 ms) and its whole export
    about 2.3x the raw columns' (14-20 s against 6-8 s on a busy machine)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.generation = None
        self._forget()

    def _forget(self) -> None:
        self.names = Names()
        self.asked: dict[str, set[int]] = {kind: set() for kind in ID_KINDS}
        self.kept = 0

    def __call__(self, table_name: str, action: str, before: str | None, after: str | None) -> str:
        generation = (self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0])
        if generation != self.generation or self.kept > KEPT_NAMES:
            self._forget()
            self.generation = generation
        images = _image(before), _image(after)  # read once: JSON is most of a row's cost
        wanted: dict[str, set[int]] = {}
        for image in images:
            for key, kind in NAMED_IDS.items():
                value = image.get(key)
                if value is not None and value not in self.asked[kind]:
                    wanted.setdefault(kind, set()).add(value)
        if wanted:
            look_up_names(self.conn, self.names, wanted)
            for key, found in wanted.items():
                self.asked[key] |= found
                self.kept += len(found)
        return describe_images(table_name, action, *images, self.names)


def register_change_sentences(conn: sqlite3.Connection) -> None:
    """Give `conn` the SQL function beslut_change_sentence(table_name, action, before, after)."""
    conn.create_function(CHANGE_SENTENCE_FUNCTION, 4, ChangeSentences(conn))


def change_sentence(conn: sqlite3.Connection, table_name: str, action: str, before: str | None,
                    after: str | None) -> str:
    """The sentence of one change-log row, on a connection given the SQL function (and so
    its names already looked up): the portal's pages of the `changes` table."""
    return conn.execute(f"SELECT {CHANGE_SENTENCE_FUNCTION}(?, ?, ?, ?)", (table_name, action, before, after)
                        ).fetchone()[0]


def local_time(at: str) -> str:
    """A change-log time (UTC, ISO with Z) as Swedish local time to the minute."""
    moment = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(stockholm()).strftime("%Y-%m-%d %H:%M")


def short_date(iso: str | None, *, year: bool = True) -> str:
    """"2024-08-28" as "28 aug 2024" (or "28 aug"); a month or a year alone as written."""
    if not iso:
        return ""
    parts = iso.split("-")
    if len(parts) != 3:
        return iso
    text = f"{int(parts[2])} {MONTHS_SHORT[int(parts[1]) - 1]}"
    return f"{text} {parts[0]}" if year else text


def date_span(old: str | None, new: str | None) -> str:
    """"28 aug → 11 sep 2024": the year once when both dates share it."""
    if old and new and old[:4] == new[:4] and len(old) == len(new) == 10:
        return f"{short_date(old, year=False)} → {short_date(new)}"
    return f"{short_date(old) or 'inget datum'} → {short_date(new) or 'inget datum'}"


def quoted(text) -> str:
    return f"”{text}”"


# ---------------------------------------------------------------- one row


def describe(row: dict, names: Names) -> str:
    """One change-log row as a sentence (never empty)."""
    return describe_images(row["table_name"], row["action"], _image(row["before"]), _image(row["after"]), names)


def describe_images(table: str, action: str, before: dict, after: dict, names: Names) -> str:
    """describe() of a row whose before and after images are read already."""
    if action == "bulk":
        return _bulk(after)
    describer = DESCRIBERS.get(table) or DIRECTORY_DESCRIBERS.get(table)
    if describer is None:
        return {"insert": "en uppgift lades till", "delete": "en uppgift togs bort"}.get(action, "en uppgift ändrades")
    return describer(action, before, after, names)


def _image(text: str | None) -> dict:
    return json.loads(text) if text else {}


def _changed(before: dict, after: dict) -> list[str]:
    return [k for k in after if k not in QUIET and before.get(k) != after.get(k)]


def _told(subject: str, parts: list[str]) -> str:
    """"Subject: part; part": each part once, in order; a change with no part told is
    still told ("en uppgift ändrad"), never an empty sentence."""
    return f"{subject}: " + ("; ".join(dict.fromkeys(parts)) or "en uppgift ändrad")


def _position(before: dict, after: dict) -> str:
    return f"flyttad från plats {before.get('position')} till {after.get('position')}"


def _matter(action: str, before: dict, after: dict, names: Names) -> str:
    if action == "insert":
        return f"Ärendet registrerat: {quoted(after.get('title'))}"
    if action == "delete":
        return f"Ärendet borttaget: {quoted(before.get('title'))}"
    parts = []
    for key in _changed(before, after):
        label = MATTER_FIELDS.get(key)
        old, new = before.get(key), after.get(key)
        if key == "secret":
            parts.append("sekretessmarkerat" if new else "inte längre sekretessmarkerat")
        elif key == "raised_precision":
            if before.get("raised_on") == after.get("raised_on"):
                parts.append(f"väckt känt på {PRECISIONS_SV.get(new, 'ett okänt sätt')} när"
                             if new else "väckt inte längre känt")
            # else: the new "väckt" date, as written, shows how precise it is
        elif label is None:
            parts.append("en uppgift ändrad")
        elif old in (None, ""):
            parts.append(f"{label} satt till {quoted(new)}")
        elif new in (None, ""):
            parts.append(f"{label} borttagen (var {quoted(old)})")
        else:
            parts.append(f"{label} ändrad från {quoted(old)} till {quoted(new)}")
    return _told("Ärendet", parts)


# The outcomes the archive itself writes on a step; an imported protocol may write its
# decision's own words instead, which are quoted.
OUTCOME_WORDS = (*POSTPONE_OUTCOMES.values(), DECIDED_OUTCOME)


def _outcome(outcome: str | None, date: str | None) -> str:
    if not outcome:
        return "utfallet borttaget"
    if outcome in OUTCOME_WORDS:
        return f"{outcome} {short_date(date)}".strip()
    return f"utfall {short_date(date)}: {quoted(outcome)}" if date else f"utfall: {quoted(outcome)}"


def _step(action: str, before: dict, after: dict, names: Names) -> str:
    shown = after or before
    subject = names.body(shown.get("body_id"))
    if action in ("insert", "delete"):
        what = "tillagt" if action == "insert" else "borttaget"
        date = shown.get("date")
        when = f"{shown.get('role')} {short_date(date)}" if date else f"{shown.get('role')}, inget datum"
        deciding = " (beslutande steg)" if shown.get("decides") else ""
        told = ""
        if action == "insert":  # what an imported protocol brought with the step
            extra = [f"planerat till {short_date(shown['planned_date'])}"] * bool(shown.get("planned_date")) \
                + ["behandlat enligt protokoll"] * bool(shown.get("recorded")) \
                + [_outcome(shown["outcome"], None)] * bool(shown.get("outcome"))
            told = "; " + "; ".join(extra) if extra else ""
        return f"{subject}: steg {shown.get('position')} {what}, {when}{deciding}{told}"
    parts = []
    changed = _changed(before, after)
    if "date" in changed:
        old, new = before.get("date"), after.get("date")
        # a later document's date, the planned one kept, is no move of a meeting
        kept = "planned_date" in changed and after.get("planned_date") == old
        if old and new:
            moved = "sammanträde flyttat" if after.get("meeting_id") and not kept else "datum ändrat"
            parts.append(f"{moved} {date_span(old, new)}")
        elif new:
            parts.append(f"datum satt till {short_date(new)}")
        else:
            parts.append(f"datum borttaget (var {short_date(old)})")
    elif "meeting_id" in changed:
        meeting = names.meetings.get(after.get("meeting_id"))
        parts.append(f"knutet till sammanträdet {short_date(meeting)}" if meeting else "inte längre knutet till ett "
                     "sammanträde")
    if "planned_date" in changed:  # the importer keeps the plan a protocol's date overtook
        old, new = before.get("planned_date"), after.get("planned_date")
        if new and not old:
            parts.append(f"det planerade datumet {short_date(new)} sparat")
        elif new:
            parts.append(f"det planerade datumet ändrat {date_span(old, new)}")
        else:
            parts.append(f"det planerade datumet {short_date(old)} borttaget")
    if "recorded" in changed:
        parts.append("behandlat enligt protokoll" if after.get("recorded") else
                     "inte längre behandlat enligt protokoll")
    if "body_id" in changed:
        parts.append(f"organ ändrat från {names.body(before.get('body_id'))}")
    if "role" in changed:
        parts.append(f"roll ändrad från {before.get('role')} till {after.get('role')}")
    if "outcome" in changed:
        parts.append(_outcome(after.get("outcome"), after.get("date")))
    if "decides" in changed:
        parts.append("beslutande steg" if after.get("decides") else "inte längre beslutande steg")
    if "position" in changed:
        parts.append(_position(before, after).replace("flyttad", "flyttat"))
    for key in changed:
        if key not in ("date", "meeting_id", "body_id", "role", "outcome", "decides", "position", "planned_date",
                       "recorded"):
            parts.append("en uppgift ändrad")
    return _told(subject, parts)


def _recipient(action: str, before: dict, after: dict, names: Names) -> str:
    shown = after or before
    subject = f"Mottagare {names.addressee(shown.get('addressee_id'))}"
    if action == "insert":
        sent = f", expedierad {shown['sent_on']}" if shown.get("sent_on") else ""
        return f"{subject}: tillagd{sent}"
    if action == "delete":
        return f"{subject}: borttagen"
    parts = []
    changed = _changed(before, after)
    if "sent_on" in changed:
        old, new = before.get("sent_on"), after.get("sent_on")
        if new and old:
            parts.append(f"expedierad {new} (tidigare angivet {old})")
        elif new:
            parts.append(f"expedierad {new}")
        else:
            parts.append(f"expedieringen borttagen (var {old})")
    if "addressee_id" in changed:
        parts.append(f"i stället för {names.addressee(before.get('addressee_id'))}")
    if "position" in changed:
        parts.append(_position(before, after))
    for key in changed:
        if key not in ("sent_on", "addressee_id", "position"):
            parts.append("en uppgift ändrad")
    return _told(subject, parts)


def _proposal(action: str, before: dict, after: dict, names: Names) -> str:
    shown = after or before
    to = shown.get("addressed_to") or (names.body(shown["body_id"]) if shown.get("body_id") else None)
    subject = f"Förslag till {to}" if to else "Förslag"
    if action == "insert":
        return f"{subject}: tillagt, {quoted(shown.get('text'))}"
    if action == "delete":
        return f"{subject}: borttaget, {quoted(shown.get('text'))}"
    parts = []
    for key in _changed(before, after):
        if key == "text":
            parts.append(f"texten ändrad till {quoted(after.get('text'))}")
        elif key == "position":
            parts.append(_position(before, after).replace("flyttad", "flyttat"))
        elif key in ("addressed_to", "body_id"):
            parts.append(f"tidigare till {before.get('addressed_to') or names.body(before.get('body_id'))}")
        else:
            parts.append("en uppgift ändrad")
    return _told(subject, parts)


def _basis(action: str, before: dict, after: dict, names: Names) -> str:
    shown = after or before
    dated = f" ({short_date(shown['date'])})" if shown.get("date") else ""
    subject = f"Underlag {quoted(shown.get('title'))}{dated}"
    if (told := _added_or_removed(action, subject, gender="neuter")) is not None:
        return told
    parts = []
    for key in _changed(before, after):
        if key == "title":
            parts.append(f"tidigare {quoted(before.get('title'))}")
        elif key == "date":
            parts.append(f"datum ändrat {date_span(before.get('date'), after.get('date'))}")
        elif key == "position":
            parts.append(_position(before, after).replace("flyttad", "flyttat"))
        else:
            parts.append("en uppgift ändrad")
    return _told(subject, parts)


def _responsible(action: str, before: dict, after: dict, names: Names) -> str:
    shown = after or before
    title = ", ".join(p for p in (shown.get("title"), shown.get("unit")) if p)
    subject = f"Ansvarig {shown.get('name')}" + (f" ({title})" if title else "")
    if (told := _added_or_removed(action, subject)) is not None:
        return told
    labels = {"name": "namn", "title": "titel", "unit": "enhet", "role": "roll"}
    parts = []
    for key in _changed(before, after):
        if key == "position":
            parts.append(_position(before, after))
        elif key in labels:
            old = before.get(key)
            parts.append(f"{labels[key]} ändrad" + (f" från {quoted(old)}" if old else ""))
        else:
            parts.append("en uppgift ändrad")
    return _told(subject, parts)


def _agenda_item(action: str, before: dict, after: dict, names: Names) -> str:
    shown = after or before
    subject = names.meeting(shown.get("meeting_id"))
    closed = " (sekretess)" if not shown.get("public", 1) else ""
    if action == "insert":
        return f"{subject}: punkt {shown.get('position')} på föredragningslistan{closed}"
    if action == "delete":
        return f"{subject}: struken från föredragningslistan (var punkt {shown.get('position')})"
    parts = []
    for key in _changed(before, after):
        if key == "position":
            parts.append(f"flyttad från punkt {before.get('position')} till punkt {after.get('position')}")
        elif key == "public":
            parts.append("offentlig punkt" if after.get("public") else "sekretess: texten publiceras inte")
        elif key == "planning_step_id":
            parts.append("knuten till ett annat steg i beslutsplaneringen")
        elif key == "meeting_id":
            parts.append(f"flyttad från {names.meeting(before.get('meeting_id'))}")
        elif key == "kind":
            parts.append(f"nu {AGENDA_ITEM_KINDS_SV.get(after.get('kind'), 'en annan sorts punkt')}")
        elif key == "title":
            parts.append(f"rubriken ändrad till {quoted(after['title'])}" if after.get("title") else
                         "egen rubrik borttagen")
        elif key == "matter_id":
            parts.append("punkten gäller nu ärendet" if after.get("matter_id") else
                         "punkten gäller inte längre ärendet")
        else:
            parts.append("en uppgift ändrad")
    return _told(subject, parts)


def _paragraph(action: str, before: dict, after: dict, names: Names) -> str:
    shown = after or before
    subject = f"§ {shown.get('number')} {names.meeting(shown.get('meeting_id'))}"
    if action == "delete":
        return f"{subject}: borttagen ur protokollet"
    changed = _changed(before, after) if action == "update" else ["decision_kind"] * bool(after.get("decision_kind"))
    if action == "insert" and not changed:
        return f"{subject}: paragraf i protokollet"
    parts = []
    if "decision_kind" in changed or "decision" in changed:
        kind, text = after.get("decision_kind"), after.get("decision")
        if kind is None:
            parts.append("beslutet borttaget" + (f" (var {quoted(before.get('decision'))})" if before.get("decision")
                                                else ""))
        elif kind == before.get("decision_kind"):
            parts.append(f"{kind} ändrat till {quoted(text)}" if text else f"texten till {kind} borttagen")
        else:
            parts.append(f"{kind} {quoted(text)}" if text else kind)
    for key in changed:
        if key == "added_step_id":
            parts.append("ett nytt steg i beslutsplaneringen" if after.get("added_step_id") else
                         "inget nytt steg i beslutsplaneringen längre")
        elif key == "number":
            parts.append(f"numrerad om från § {before.get('number')}")
        elif key == "year":
            parts.append(f"nu i paragrafserien för {after.get('year')}")
        elif key == "meeting_id":
            parts.append(f"flyttad från {names.meeting(before.get('meeting_id'))}")
        elif key == "body_id":
            parts.append(f"tidigare i {names.body(before.get('body_id'))}s protokoll")
        elif key == "agenda_item_id":
            parts.append("knuten till en annan punkt på föredragningslistan")
        elif key == "matter_id":
            parts.append("gäller nu ärendet" if after.get("matter_id") else "gäller inte längre ärendet")
        elif key not in ("decision_kind", "decision"):
            parts.append("en uppgift ändrad")
    return _told(subject, parts)


def _outbox(action: str, before: dict, after: dict, names: Names) -> str:
    shown = after or before
    extract = f"Protokollsutdrag {names.paragraph(shown.get('paragraph_id'))}"
    to = names.recipient(shown.get("recipient_id"))
    email = shown.get("email")
    to_address = f"{to} ({email})" if email else to
    if action == "delete":
        return f"{extract} till {to_address}: borttaget ur utkorgen"
    state = shown.get("state")
    if action == "update" and "state" not in _changed(before, after):
        parts = []
        for key in _changed(before, after):
            if key == "email":
                parts.append("ny e-postadress" if email else "ingen e-postadress längre")
            elif key == "error":
                parts.append(f"svar från e-postservern {quoted(after['error'])}" if after.get("error") else
                             "felet borttaget")
            elif key == "sent_on":
                parts.append(f"skickat {after['sent_on']}" if after.get("sent_on") else
                             f"sändningsdagen borttagen (var {before.get('sent_on')})")
            elif key == "paragraph_id":
                parts.append(f"i stället för {names.paragraph(before.get('paragraph_id'))}")
            elif key == "recipient_id":
                parts.append(f"i stället för till {names.recipient(before.get('recipient_id'))}")
            elif key not in QUIET_IN["outbox"]:
                parts.append("en uppgift ändrad")
        return _told(f"{extract} till {to_address}", parts)
    if state == "sent":
        return f"{extract} skickat med e-post till {to_address} {shown.get('sent_on') or ''}".rstrip()
    new_error = shown.get("error") and shown.get("error") != before.get("error")
    what = {
        "pending": "skickas igen" if before.get("state") in ("sending", "failed") or new_error
                   else "väntar på att skickas med e-post",
        "sending": "lämnas till e-postservern",
        "failed": "e-postservern vägrade",
        "paper": "skickas på papper (ingen e-postadress)",
    }.get(state, "en uppgift ändrad")
    readdressed = "ny e-postadress; " if action == "update" and email and email != before.get("email") else ""
    error = f", {quoted(shown['error'])}" if new_error else ""  # an old refusal is told where it happened
    return f"{extract} till {to_address}: {readdressed}{what}{error}"


# A meeting's dates, as the clerk records them: (what it is called, for "set to" and "removed").
MEETING_DATES = {"called_on": "kallelsen skickad", "approved_on": "justerat",
                 "notice_posted_on": "anslaget om justering uppsatt"}
# A meeting's texts: (what a new one is called, what its removal is called).
MEETING_TEXTS = {"approvers": ("justerare", "justerarna borttagna"), "location": ("plats", "platsen borttagen"),
                 "protocol_kept_at": ("protokollet förvaras på", "förvaringsplatsen för protokollet borttagen")}


def _meeting(action: str, before: dict, after: dict, names: Names) -> str:
    """A meeting's own change, told in the Historik of the matters whose steps are on it:
    "Kommunstyrelsen: sammanträde flyttat 28 aug → 11 sep 2024"."""
    shown = after or before
    body = names.body(shown.get("body_id"))
    day = short_date(shown.get("date"))
    if action == "insert":
        return f"{body}: sammanträde {day} lagt in i sammanträdesplanen"
    if action == "delete":
        return f"{body}: sammanträdet {day} borttaget ur sammanträdesplanen"
    changed = _changed(before, after)
    parts = []
    if "date" in changed:
        parts.append(f"sammanträde flyttat {date_span(before.get('date'), after.get('date'))}")
    for key in changed:
        old, new = before.get(key), after.get(key)
        if key == "date":
            continue
        if key == "state":
            if new == "cancelled":
                parts.append("inställt")
            elif old == "cancelled":
                parts.append(f"inte längre inställt, nu {MEETING_STATES_SV.get(new, 'i ett okänt läge')}")
            else:
                parts.append(MEETING_STATES_SV.get(new, "i ett okänt läge"))
        elif key in MEETING_DATES:
            label = MEETING_DATES[key]
            if new and old:
                parts.append(f"{label} {short_date(new)} (tidigare angivet {short_date(old)})")
            elif new:
                parts.append(f"{label} {short_date(new)}")
            else:
                parts.append(f"{label}: dagen borttagen (var {short_date(old)})")
        elif key in MEETING_TEXTS:
            label, removed = MEETING_TEXTS[key]
            if new:
                parts.append(f"{label} {quoted(new)}" + (f" (tidigare {quoted(old)})" if old else ""))
            else:
                parts.append(f"{removed} (var {quoted(old)})")
        elif key == "start_time":
            parts.append(f"börjar kl. {new}" + (f" (tidigare kl. {old})" if old else "") if new else
                         f"ingen starttid längre (var kl. {old})")
        elif key == "plan_date":
            if not ("date" in changed and new == before.get("date")):  # a move keeps the plan's date: told
                parts.append(f"datum i sammanträdesplanen {short_date(new)}" if new else
                             "datum i sammanträdesplanen borttaget")
        elif key == "marker":
            parts.append(f"markerat {quoted(new)} i sammanträdesplanen" if new else
                         f"markeringen {quoted(old)} i sammanträdesplanen borttagen")
        elif key == "year_inferred":
            parts.append("året räknat ut från veckodagarna (planen anger inget år)" if new else
                         "året angivet i sammanträdesplanen")
        elif key == "body_id":
            parts.append(f"tidigare {names.body(old)}s sammanträde")
        else:
            parts.append("en uppgift ändrad")
    if "date" in changed:
        return _told(body, parts)
    return _told(f"{body}, sammanträdet {day}", parts)


def _bulk(after: dict) -> str:
    if after.get("synthetic"):
        count = after.get("matters", 0)
        return f"Provarkiv genererat: {count} {'ärende' if count == 1 else 'ärenden'}"
    return "Många rader lästes in på en gång"


DESCRIBERS = {
    "matters": _matter,
    "planning_steps": _step,
    "recipients": _recipient,
    "proposals": _proposal,
    "basis_documents": _basis,
    "responsibles": _responsible,
    "agenda_items": _agenda_item,
    "paragraphs": _paragraph,
    "outbox": _outbox,
    "meetings": _meeting,
}


# ---------------------------------------------------------------- the directory
# Bodies, the Mottagarregister and its sändlistor belong to no matter, so no Historik tells
# them (NOT_IN_A_MATTERS_HISTORY); the portal's change log tells every row, these too.


def _added_or_removed(action: str, subject: str, *, gender: str = "") -> str | None:
    if action == "insert":
        return f"{subject}: tillag{'t' if gender == 'neuter' else 'd'}"
    if action == "delete":
        return f"{subject}: borttag{'et' if gender == 'neuter' else 'en'}"
    return None


def _lead_days(days, what: str, unit: str, removed: str) -> str:
    return f"{what} {days} {unit} före sammanträdet" if days is not None else removed


def _body_row(action: str, before: dict, after: dict, names: Names) -> str:
    shown = after or before
    where = f" ({shown['municipality']})" if shown.get("municipality") else ""
    subject = f"Organet {shown.get('name')}{where}"
    if (told := _added_or_removed(action, subject, gender="neuter")) is not None:
        return told
    parts = []
    for key in _changed(before, after):
        old, new = before.get(key), after.get(key)
        if key == "name":
            parts.append(f"tidigare {quoted(old)}")
        elif key == "municipality":
            parts.append(f"tidigare i {old}" if old else "kommunen angiven")
        elif key == "code":
            parts.append(f"förkortning {quoted(new)}" if new else f"förkortningen {quoted(old)} borttagen")
        elif key == "kind":
            parts.append(f"slag ändrat från {quoted(old)} till {quoted(new)}")
        elif key == "parent_id":
            parts.append(f"under {names.body(new)}" if new else f"inte längre under {names.body(old)}")
        elif key == "documents_lead_days":
            parts.append(_lead_days(new, "handlingarna klara", "arbetsdagar", "ingen frist för handlingarna"))
        elif key == "call_lead_days":
            parts.append(_lead_days(new, "kallelsen", "dagar", "ingen frist för kallelsen"))
        else:
            parts.append("en uppgift ändrad")
    return _told(subject, parts)


def _addressee_row(action: str, before: dict, after: dict, names: Names) -> str:
    shown = after or before
    subject = f"Mottagarregistret, {shown.get('name')}" + (f" ({shown['title']})" if shown.get("title") else "")
    if action == "insert":
        return f"{subject}: tillagd ({ADDRESSEE_KINDS_SV.get(shown.get('kind'), 'okänt slag')})"
    if action == "delete":
        return f"{subject}: borttagen"
    parts = []
    for key in _changed(before, after):
        old, new = before.get(key), after.get(key)
        if key == "name":
            parts.append(f"tidigare {quoted(old)}")
        elif key == "title":
            parts.append(f"titeln {quoted(old)} borttagen" if not new else
                         f"tidigare titel {quoted(old)}" if old else "titel angiven")
        elif key == "kind":
            parts.append(f"nu {ADDRESSEE_KINDS_SV.get(new, 'av ett annat slag')}")
        elif key == "email":
            parts.append(f"e-postadress {new}" + (f" (tidigare {old})" if old else "") if new else
                         f"e-postadressen borttagen (var {old})")
        else:
            parts.append("en uppgift ändrad")
    return _told(subject, parts)


def _list_row(action: str, before: dict, after: dict, names: Names) -> str:
    subject = f"Sändlistan {quoted((after or before).get('name'))}"
    if (told := _added_or_removed(action, subject)) is not None:
        return told
    parts = [f"tidigare {quoted(before.get('name'))}" if key == "name" else "en uppgift ändrad"
             for key in _changed(before, after)]
    return _told(subject, parts)


def _list_member_row(action: str, before: dict, after: dict, names: Names) -> str:
    shown = after or before
    member = names.addressee(shown.get("addressee_id"))
    subject = names.distribution_list(shown.get("list_id"))
    subject = subject[0].upper() + subject[1:]
    if action in ("insert", "delete"):
        return f"{subject}: {member} {'tillagd' if action == 'insert' else 'borttagen'}"
    parts = []
    for key in _changed(before, after):
        if key == "position":
            parts.append(f"{member} {_position(before, after)}")
        elif key == "addressee_id":
            parts.append(f"{member} i stället för {names.addressee(before.get('addressee_id'))}")
        elif key == "list_id":
            parts.append(f"{member} flyttad från {names.distribution_list(before.get('list_id'))}")
        else:
            parts.append("en uppgift ändrad")
    return _told(subject, parts)


DIRECTORY_DESCRIBERS = {
    "bodies": _body_row,
    "addressees": _addressee_row,
    "distribution_lists": _list_row,
    "distribution_list_members": _list_member_row,
}
