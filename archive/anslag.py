"""The anslagstavla (the municipality's digital notice board): each justerat protocol whose
justering has been announced, with the body, the meeting date, the justering date, the day
the notice went up, where the protocol is kept and the last day to appeal (KL 13 kap. 5 §:
three weeks from the notice, moved per Lag 1930:173: archive.deadlines.appeal_last_day).
Only public items are listed (a closed item's text is not published).

Works on a plain sqlite3 connection, so the read-only portal calls it as it is
(`db.execute_fn`), and builds the Atom feed (RFC 4287) of the same notices.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from archive.deadlines import appeal_last_day

NOTICES_SQL = """
SELECT m.id AS meeting_id, b.municipality, b.name AS body, m.date, m.approved_on, m.notice_posted_on,
       m.approvers, m.protocol_kept_at
FROM meetings m JOIN bodies b ON b.id = m.body_id
WHERE m.approved_on IS NOT NULL AND m.notice_posted_on IS NOT NULL
ORDER BY m.notice_posted_on DESC, m.date DESC, m.id DESC
LIMIT ?
"""

PUBLIC_ITEMS_SQL = """
SELECT p.meeting_id, p.number, coalesce(a.title, x.title) AS title, x.case_number
FROM paragraphs p JOIN agenda_items a ON a.id = p.agenda_item_id LEFT JOIN matters x ON x.id = p.matter_id
WHERE a.public = 1 AND ifnull(x.secret, 0) = 0 AND p.meeting_id IN ({ids})
ORDER BY p.meeting_id, p.number
"""

ATOM = "http://www.w3.org/2005/Atom"


@dataclass
class Notice:
    meeting_id: int
    municipality: str
    body: str
    date: str
    approved_on: str
    notice_posted_on: str
    approvers: str | None
    kept_at: str | None
    appeal_until: str
    up: bool  # still on the board (the appeal period has not ended), as of `today`
    items: list[dict] = field(default_factory=list)


def notices(conn: sqlite3.Connection, *, today: dt.date, limit: int = 200) -> list[Notice]:
    """The notices, newest first, each with its public §§."""
    cursor = conn.execute(NOTICES_SQL, (limit,))
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    result = []
    for row in rows:
        last = appeal_last_day(row["notice_posted_on"])
        result.append(Notice(
            meeting_id=row["meeting_id"], municipality=row["municipality"], body=row["body"], date=row["date"],
            approved_on=row["approved_on"], notice_posted_on=row["notice_posted_on"], approvers=row["approvers"],
            kept_at=row["protocol_kept_at"], appeal_until=last.isoformat(), up=today <= last,
        ))
    if result:
        by_id = {n.meeting_id: n for n in result}
        ids = ", ".join(str(i) for i in by_id)
        for meeting_id, number, title, case_number in conn.execute(PUBLIC_ITEMS_SQL.format(ids=ids)):
            by_id[meeting_id].items.append({"number": number, "title": title, "case_number": case_number})
    return result


def _text(parent: ET.Element, tag: str, text: str, **attrs) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    element.text = text
    return element


def atom_feed(items: list[Notice], *, base_url: str, now: dt.datetime) -> bytes:
    """An Atom feed of the notices: one entry per protocol, its id stable (tag URI), its
    updated time the day the notice went up."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "sv"})
    _text(feed, "id", f"{base_url}/-/anslagstavla")
    _text(feed, "title", "Anslagstavla: justerade protokoll")
    newest = max((n.notice_posted_on for n in items), default=None)
    updated = f"{newest}T00:00:00Z" if newest else now.strftime("%Y-%m-%dT%H:%M:%SZ")
    _text(feed, "updated", updated)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "beslut")
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": f"{base_url}/-/anslagstavla.atom"})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": f"{base_url}/-/anslagstavla"})
    for n in items:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"tag:beslut,{n.approved_on}:anslag/{n.meeting_id}")
        _text(entry, "title", f"Protokoll {n.body} {n.date}")
        _text(entry, "updated", f"{n.notice_posted_on}T00:00:00Z")
        ET.SubElement(entry, f"{{{ATOM}}}link",
                      {"rel": "alternate", "href": f"{base_url}/-/anslagstavla#sammantrade-{n.meeting_id}"})
        lines = [
            f"{n.body}, sammanträde {n.date}.",
            f"Protokollet justerades {n.approved_on} och anslogs {n.notice_posted_on}.",
            f"Protokollet förvaras: {n.kept_at or 'uppgift saknas'}.",
            f"Sista dag att överklaga (laglighetsprövning): {n.appeal_until}.",
        ] + [f"§ {i['number']} {i['title']}" for i in n.items]
        _text(entry, "summary", "\n".join(lines))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
