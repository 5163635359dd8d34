"""Kallelser's proposals and the steps they name, re-set in the forms organisations print them, read back and compared.

Blind kallelser lose most of their proposals and the steps before the meeting (round 32: proposals 27 % recall):
agenda_layouts.py measures items, titles and case numbers only. This takes each tuning kallelse's gold titles
(tests/import_corpus/real/tuning/*_kallelse_*.json, the first six matters with a number and a title) and re-sets
them as a made-up agenda of one of three meetings (kommunfullmäktige over kommunstyrelsen's proposals, kommunstyrelsen
over its arbetsutskott's, regionfullmäktige over regionstyrelsen's), each row "N. Title" over a proposal in one of
the forms below, its text in one of three wordings (numbered points worded as the meeting's decision, an att-clause,
a passive sentence; the `to` the corpus README's convention gives each: the body a sentence's subject names, else
none). The right answer for each row is its proposal (to, text) and its planning: a step of the body the heading or
lead names as proposer (dated where the text dates it: "KS 2019-02-12 § 12"; a year alone, "KS § 12/2019", dates
nothing), then the meeting's own step. A text is "ok" where every row reads exactly; "wrong" counts values read that
differ (another text, another body, a step the text does not state), "missed" the values not read.

    PYTHONPATH=$PWD .venv/bin/python bench/proposal_layouts.py [stem,stem ...] [layout,layout ...] [-v]
"""

import datetime as dt
import json
import re
import sys

from bench.common import MON, gold_date, layout_args, parse_text, run_layouts
from bench.common import TUNING as T
from bench.common import WDN as WD
from bench.common import one_spaced as norm

# (the meeting's body, its proposer, the proposer's genitive, the proposer's code, a heading's "to" word)
MEETINGS = [
    ("Kommunfullmäktige", "Kommunstyrelsen", "Kommunstyrelsens", "KS", "kommunfullmäktige"),
    ("Kommunstyrelsen", "Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskotts", "KSAU", "kommunstyrelsen"),
    ("Regionfullmäktige", "Regionstyrelsen", "Regionstyrelsens", "RS", "regionfullmäktige"),
]


def gold(stem):
    """The first six (item, title) pairs of the gold's matters that have both."""
    g = json.loads((T / f"{stem}.json").read_text(encoding="utf-8"))
    ms = [m for m in g["matters"] if m.get("item") and m.get("title")]
    # numbered 3 on, after two standing rows, without the gold's gaps (its standing items left out): a row's number
    # after a proposal's points "1." / "2." is then always the list's next
    return [(str(n), norm(m["title"])) for n, m in enumerate(ms[:6], 3)], gold_date(g.get("meeting") or {})


def stems():
    return [p.stem for p in sorted(T.glob("*_kallelse_*.json")) if len(gold(p.stem)[0]) >= 2]


def proposal(n, body, title, item):
    """(text as printed, to): the row's proposal in one of three wordings, by its place in the list. Numbered points
    run to a second point only in rows numbered 3 or more: under row 2, "1. ... 2. ..." then "3. Title" is a third
    point as much as a row (a real ambiguity, no proposal form)."""
    thing = title.rstrip(" .:")
    thing = thing[:1].lower() + thing[1:] if not thing[1:2].isupper() else thing
    if n % 3 == 0:
        # (the points one a line, indented as the list's own numbers are not: Mora's web agenda)
        second = "\n 2. Beslutet gäller från och med den 1 januari." if int(item) >= 3 else ""
        return f" 1. {body} godkänner förslaget om {thing}.{second}", body
    if n % 3 == 1:
        return f"att godkänna förslaget om {thing}", None
    return f"Förslaget om {thing} godkänns.", None


def head(body, date):
    x = dt.date.fromisoformat(date)
    return ["KALLELSE", "", body, "", f"Tid: {WD[x.weekday()]} den {x.day} {MON[x.month - 1]} {x.year} kl. 13.00",
            "Plats: Kommunhuset, sammanträdesrummet", "", "Föredragningslista", ""]


def earlier(date, n):
    """A day before the meeting for the proposer's step: two to four weeks earlier."""
    return (dt.date.fromisoformat(date) - dt.timedelta(days=14 + 7 * (n % 3))).isoformat()


# ---- layouts: each takes (meeting, proposer, genitive, code, to-word, date, n, year) and gives (heading lines, a
# lead before the text or "", the proposer's step (body, date) or None)
def plain(*_):
    return ["Förslag till beslut"], "", None


def plain_colon(*_):
    return ["Förslag till beslut:"], "", None


def genitive(meeting, proposer, gen, code, to, date, n, year):
    return [f"{gen} förslag till beslut"], "", (proposer, None)


def genitive_to(meeting, proposer, gen, code, to, date, n, year):
    return [f"{gen} förslag till {to}"], "", (proposer, None)


def genitive_ref_year(meeting, proposer, gen, code, to, date, n, year):
    """Mora's web agenda: "Kommunstyrelsens förslag till beslut (KS § 1/2015)": the proposer's § of the year."""
    return [f"{gen} förslag till beslut ({code} § {n + 1}/{year})"], "", (proposer, None)


def plain_ref_year(meeting, proposer, gen, code, to, date, n, year):
    """A heading naming no proposer, the proposer's § of the year after it: "Förslag till beslut (KS § 12/2019)"."""
    return [f"Förslag till beslut ({code} § {n + 1}/{year})"], "", (proposer, None)


def genitive_ref_dated(meeting, proposer, gen, code, to, date, n, year):
    """The proposer's decision cited with its day: "Kommunstyrelsens förslag till beslut (KS 2019-02-12 § 12)"."""
    day = earlier(date, n)
    return [f"{gen} förslag till beslut ({code} {day} § {n + 11})"], "", (proposer, day)


def ref_under(comma):
    """The heading, the proposer's § and day on a line of its own under it: "KS § 262 2015-11-17" (Kungsbacka's
    kallelse), "KS § 12, 2019-02-12"."""
    def layout(meeting, proposer, gen, code, to, date, n, year):
        day = earlier(date, n)
        return [f"{gen} förslag till beslut", f"{code} § {n + 11}{',' if comma else ''} {day}"], "", (proposer, day)

    return layout


def lead(meeting, proposer, gen, code, to, date, n, year):
    """No heading: "Kommunstyrelsen föreslår kommunfullmäktige besluta" before the text."""
    return [], f"{proposer} föreslår {meeting[:1].lower() + meeting[1:]} besluta ", (proposer, None)


def finding(*_):
    """No heading: the row's text opens with a finding in the passive ("Anmälda delegationsbeslut läggs till
    handlingarna.", Västerås's and Upplands-Bro's kallelser), put to no body."""
    return None, "", None


LAYOUTS = {
    "plain": plain,
    "plain_colon": plain_colon,
    "genitive": genitive,
    "genitive_to": genitive_to,
    "genitive_ref_year": genitive_ref_year,
    "plain_ref_year": plain_ref_year,
    "genitive_ref_dated": genitive_ref_dated,
    "ref_under": ref_under(False),
    "ref_under_comma": ref_under(True),
    "lead": lead,
    "finding": finding,
}


def build(stem_index, ms, date, layout):
    meeting, proposer, gen, code, to = MEETINGS[stem_index % len(MEETINGS)]
    year = date[:4]
    t = head(meeting, date) + ["1. Val av justerare", "", "2. Godkännande av dagordningen", ""]
    want = []
    for n, (i, title) in enumerate(ms):
        heading, opening, step = layout(meeting, proposer, gen, code, to, date, n, year)
        # (after a lead, the att-clause: "Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna ..."; under
        # no heading, the passive finding)
        text, to_body = proposal(1 if opening else 2 if heading is None else n + stem_index, meeting, title, i)
        heading = heading or []
        t += [f"{i}. {title}", ""] + ([*heading, ""] if heading else []) + [opening + text, ""]
        steps = ([step] if step else []) + [(meeting, date)]
        # A lead names the body it puts the text to (common.proposal_lead); a heading naming the proposer puts it to
        # the meeting's body ("Kommunstyrelsens förslag till beslut" in kommunfullmäktige's papers, Kalmar's kallelse).
        named = opening or heading and heading[0].startswith(gen)
        want.append((i, (meeting if named else to_body, text), steps))
    # the list's end: a standing closing row (no matter), so that the last row's proposal is no text cut by the
    # excerpt's end
    t += [f"{int(ms[-1][0]) + 1}. Övriga frågor", ""]
    return "\n".join(t) + "\n", meeting, want


def run(text):
    r, why = parse_text(text, "kallelse.txt")
    if r is None:
        return None, why
    got = {}
    for it in r.items:
        key = re.sub(r"\D", "", it.key or "")
        got.setdefault(key, ([(p.to, norm(p.text)) for p in it.matter.proposals],
                             [(s.body, s.date) for s in it.matter.planning]))
    return got, r.kind


def score(got, want):
    wrong, missed, det = 0, 0, []
    for i, prop, steps in want:
        if i not in got:
            missed += 1 + len(steps)
            det.append(("miss item", i))
            continue
        props, read_steps = got[i]
        prop = (prop[0], norm(prop[1]))
        if prop in props:
            wrong += len(props) - 1
        elif props:
            wrong += len(props)
            det.append(("proposal", i, props, prop))
        else:
            missed += 1
            det.append(("miss proposal", i, prop))
        for step in steps:
            if step not in read_steps:
                missed += 1
                det.append(("miss step", i, step, read_steps))
        for step in read_steps:
            if step not in steps:
                wrong += 1
                det.append(("extra step", i, step, steps))
    return wrong, missed, det


def _read(case, _name, layout):
    text, _meeting, want = build(*case, layout)
    got, kind = run(text)
    return (*score(got or {}, want), kind)


def main(argv):
    chosen, layouts, verbose = layout_args(argv, stems, LAYOUTS)
    cases = ((stem, (k, *gold(stem))) for k, stem in enumerate(chosen))
    run_layouts(cases, layouts, _read, verbose, 20)


if __name__ == "__main__":
    main(sys.argv[1:])
