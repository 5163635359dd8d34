"""Protocols' decisions re-set in the forms protocols print them, read back and compared.

Blind protocols lose most of their decisions (round 32: 1 of 3 read): protocol_layouts.py measures items, titles and
case numbers only. This takes each tuning protocol's gold §§ (tests/import_corpus/real/tuning/*_protokoll_*.json, the
first five with a number and a title) and re-sets them as a made-up protocol of the gold's body and date, each § its
number alone over its title, a sentence of description, then its decision in one of the forms below, its text in one
of three wordings (the body's sentence "Kommunstyrelsen beslutar att godkänna ...", a finding in the passive, an
att-clause). The right answer for each § is the decision as printed (the corpus README: the opening sentence's subject
and verb kept, a heading that only names it left out). A text is "ok" where every § reads exactly; "wrong" counts
decisions read that differ, "missed" those not read (or a § not read).

    PYTHONPATH=$PWD .venv/bin/python bench/decision_layouts.py [stem,stem ...] [layout,layout ...] [-v]
"""

from __future__ import annotations

import json
import sys

from bench.common import TUNING as T
from bench.common import layout_args, parse_text, run_layouts
from bench.common import one_spaced as norm
from bench.real_quality import norm_item

DESCRIPTION = "Förvaltningen har tagit fram ett underlag i ärendet och redovisar det för sammanträdet."


def gold(stem):
    """(body, date, municipality, [(item, title)]) of the gold's first five §§ with a number and a title, or None."""
    g = json.loads((T / f"{stem}.json").read_text(encoding="utf-8"))
    seen, ms = set(), []
    for m in g["matters"]:
        item, title = norm_item(m.get("item")), norm(m.get("title"))
        if item and item.isdigit() and title and item not in seen:
            seen.add(item)
            ms.append((item, title))
    meeting = g.get("meeting") or {}
    date = meeting.get("date") or "2019-03-12"
    if len(ms) < 2:
        return None
    return (meeting.get("body") or "Kommunstyrelsen", "2019-03-12" if date.startswith("?") else date,
            g.get("municipality") or "Exempels kommun", ms[:5])


def stems():
    return [p.stem for p in sorted(T.glob("*_protokoll_*.json")) if gold(p.stem)]


def genitive(body):
    """The body's genitive as a heading writes it: "Kommunstyrelsens", "Kommunfullmäktiges"."""
    return body if body.endswith("s") else body + "s"


def decision(n, body, title, form=None):
    """The §'s decision in one of three wordings, by its place (or `form`)."""
    thing = title.rstrip(" .:")
    thing = thing[:1].lower() + thing[1:] if not thing[1:2].isupper() else thing
    form = n % 3 if form is None else form
    if form == 0:
        return f"{body} beslutar att godkänna förslaget om {thing}."
    if form == 1:
        return f"Förslaget om {thing} godkänns."
    return f"att godkänna förslaget om {thing}"


# ---- layouts: each takes (body, decision) and gives the § text's lines after the title, and the form it needs
def heading(word):
    def layout(body, text):
        return [DESCRIPTION, "", word(body), text]

    return layout


def label_colon(body, text):
    """"Beslut: <text>" on one line."""
    return [DESCRIPTION, "", f"Beslut: {text}"]


def run_in(word):
    """The description, the heading and the decision run on into one line (a copy site's page)."""
    def layout(body, text):
        return [f"{DESCRIPTION} {word(body)} {text}"]

    return layout


def unheaded(body, text):
    """No heading: the decision's sentence after the description (form 0 or 1 only)."""
    return [DESCRIPTION, text]


def lost_subject(body, text):
    """The body's name lost before its verb (set in a field): "... sammanträdet. beslutar att godkänna ..."."""
    return [f"{DESCRIPTION} {text[len(body) + 1:]}"]


def lost_subject_after_date(body, text):
    """The body's name lost after the date that ends the §'s papers, their heading lost too: "... Skrivelse från
    förvaltningen daterad den 4 mars 2019 beslutar att godkänna ..." (a written date or an ISO one, by the §)."""
    dated = "den 4 mars 2019" if len(text) % 2 else "2019-03-04"
    return [f"{DESCRIPTION} Skrivelse från förvaltningen daterad {dated} {text[len(body) + 1:]}"]


def lost_subject_after_title(body, text):
    """The body's name lost right after the § head's title, on the head's line: "§ 12 <title> beslutar att ..." (the
    title's line is the § head's: build sets it so)."""
    return [DESCRIPTION]


LAYOUTS = {
    "beslut": (heading(lambda body: "Beslut"), None),
    "genitive": (heading(lambda body: f"{genitive(body)} beslut"), None),
    "caps": (heading(lambda body: "BESLUT"), None),
    "label_colon": (label_colon, None),
    "run_in": (run_in(lambda body: "Beslut"), None),
    "run_in_genitive": (run_in(lambda body: f"{genitive(body)} beslut"), None),
    "unheaded_body": (unheaded, 0),
    "unheaded_finding": (unheaded, 1),
    "lost_subject": (lost_subject, 0),
    "lost_subject_after_date": (lost_subject_after_date, 0),
    "lost_subject_after_title": (lost_subject_after_title, 0),
}
# The layouts whose decision's subject is lost: the decision as printed starts at its verb.
LOST_SUBJECT = {lost_subject, lost_subject_after_date, lost_subject_after_title}


def build(g, layout, form):
    body, date, municipality, ms = g
    lines = [municipality, "PROTOKOLL", f"Sammanträdesdatum {date}", "", body, "",
             "Plats och tid Kommunhuset, kl. 13.00-15.30", "Beslutande Anna Andersson (S), ordförande",
             "Justerare Bo Berg (M)", f"Paragrafer §§ {ms[0][0]}-{ms[-1][0]}", ""]
    want = []
    for n, (item, title) in enumerate(ms):
        text = decision(n, body, title, form)
        if layout is lost_subject_after_title:
            lines += [f"§ {item} {title} {text[len(body) + 1:]}", "", *layout(body, text), "", "Justerandes sign", ""]
        else:
            lines += [f"§ {item}", "", title, "", *layout(body, text), "", "Justerandes sign", ""]
        printed = text[len(body) + 1:] if layout in LOST_SUBJECT else text
        want.append((item, norm(printed)))
    # a closing § (a standing item, no matter), so that the last §'s decision is no text the excerpt's end cuts
    lines += [f"§ {int(ms[-1][0]) + 1}", "", "Sammanträdets avslutande", "",
              "Ordföranden förklarar sammanträdet avslutat.", "", "Justerandes sign", ""]
    return "\n".join(lines) + "\n", body, want


def run(text, body):
    r, why = parse_text(text, "protokoll.txt")
    if r is None:
        return None, why
    got = {}
    for it in r.items:
        outcome = next((s.outcome for s in it.matter.planning if s.body == body and s.outcome), None)
        got.setdefault(norm_item(it.key), norm(outcome))
    return got, r.kind


def score(got, want):
    wrong, missed, det = 0, 0, []
    for item, text in want:
        read = got.get(item)
        if read == text:
            continue
        if read:
            wrong += 1
            det.append(("decision", item, read, text))
        else:
            missed += 1
            det.append(("miss", item, text))
    return wrong, missed, det


def _read(g, _name, layout_form):
    text, body, want = build(g, *layout_form)
    got, kind = run(text, body)
    return (*score(got or {}, want), kind)


def main(argv):
    chosen, layouts, verbose = layout_args(argv, stems, LAYOUTS)
    cases = ((stem, g) for stem in chosen if (g := gold(stem)))
    run_layouts(cases, layouts, _read, verbose, 18, shown=3)


if __name__ == "__main__":
    main(sys.argv[1:])
