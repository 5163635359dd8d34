"""Tuning kallelser's gold agendas re-set in the layouts other organisations publish, read back and compared.

Blind kallelser fail as whole documents: the reader does not find the agenda's rows. This takes each tuning
kallelse's gold matters that have an item and a title (tests/import_corpus/real/tuning/*_kallelse_*.json) and
re-sets them as a made-up agenda under a body-and-date head: rows "1." / "1)" / "1" / "Ärende 1" / "§ 1"; a table
row "1 | KS 2019/12 | Title | Föredragande" and the same with cells run together by spaces; the case number before
or after the title or on its own line under it; a presenter column; a page column at the end; the whole list run
on into one line; the headings "Föredragningslista" / "Ärendelista" and a "... kallas till sammanträde" sentence.
The right answer for each text is the gold's items, titles and case numbers (a layout that shows case numbers makes
one up where the gold has none). A text "ok" reads exactly; "wrong" counts values read that differ from the gold
(an item the gold does not have, another title or case number); "missed" counts gold values not read (a matter
read without its number is a missed number).

    PYTHONPATH=$PWD .venv/bin/python bench/agenda_layouts.py [stem,stem ...] [layout,layout ...] [-v]
"""

import datetime as dt
import json
import re
import sys
from collections import defaultdict

from bench.common import MON, gold_date, layout_args, parse_text, run_layouts
from bench.common import TUNING as T
from bench.common import WDN as WD
from bench.common import one_spaced as norm

CODES = {
    "Kommunfullmäktige": "KF",
    "Kommunstyrelsen": "KS",
    "Kommunstyrelsens arbetsutskott": "KS",
    "Regionstyrelsen": "RS",
    "Regionfullmäktige": "RS",
    "Socialnämnden": "SN",
}
PRESENTERS = ["Anna Andersson", "Erik Berg", "Maria Lind", "Johan Ek"]


def gold(stem):
    """(body, date, matters): matters as (item, title, case number or None) in the gold's order."""
    g = json.loads((T / f"{stem}.json").read_text(encoding="utf-8"))
    meeting = g.get("meeting") or {}
    body = meeting.get("body") or "Kommunstyrelsen"
    date = gold_date(meeting)
    ms = [m for m in g["matters"] if m.get("item") and m.get("title")]
    # The item's number alone: a body's code before it ("Sbn 54", Säter's list) is no part of the layouts re-set
    # here, and the reader's key is read back by its number (run), so the code would count every row missed and extra.
    ms = [(re.sub(r"^[A-ZÅÄÖ][A-Za-zåäö]{1,5}\s+(?=\d)", "", str(m["item"])), norm(m["title"]),
           norm(m.get("case_number"))) for m in ms]
    return body, date, ms


def with_cases(body, date, ms):
    """Every matter with a case number: the gold's, else a made-up one in the body's series."""
    code = CODES.get(body, "KS")
    y = date[:4]
    return [(i, t, c or f"{code} {y}/{100 + n}") for n, (i, t, c) in enumerate(ms)]


def head(body, date, word="Föredragningslista", sentence=False):
    x = dt.date.fromisoformat(date)
    long = f"{WD[x.weekday()]} den {x.day} {MON[x.month - 1]} {x.year}"
    if sentence:
        return [f"{body} kallas till sammanträde {long} kl. 13.00 i Kommunhuset, sammanträdesrummet.", "", word, ""]
    return ["KALLELSE", "", body, "", f"Tid: {long} kl. 13.00", "Plats: Kommunhuset, sammanträdesrummet", "", word, ""]


def uncased(ms):
    """The matters a layout printing no case numbers is to give: each without its case number."""
    return [(i, title, None) for i, title, _ in ms]


# ---- layouts: each takes (body, date, matters) and returns (text, expected matters)
def rows(fmt, word="Föredragningslista", sentence=False):
    def layout(body, date, ms):
        t = head(body, date, word, sentence) + [fmt(i, title) for i, title, _ in ms]
        return "\n".join(t) + "\n", uncased(ms)

    return layout


def cased(fmt, header=None):
    def layout(body, date, ms):
        ms = with_cases(body, date, ms)
        t = head(body, date) + ([header, ""] if header else [])
        for n, (i, title, case) in enumerate(ms):
            t += fmt(i, title, case, PRESENTERS[n % len(PRESENTERS)]).split("\n")
        return "\n".join(t) + "\n", ms

    return layout


def presenter(sep):
    def layout(body, date, ms):
        t = head(body, date) + ["Nr" + sep + "Ärende" + sep + "Föredragande", ""]
        t += [f"{i}{sep}{title}{sep}{PRESENTERS[n % len(PRESENTERS)]}" for n, (i, title, _) in enumerate(ms)]
        return "\n".join(t) + "\n", uncased(ms)

    return layout


def pages(sep):
    def layout(body, date, ms):
        t = head(body, date) + ["Ärende" + sep + "Sida", ""]
        t += [f"{i}. {title}{sep}{3 + 2 * n}" for n, (i, title, _) in enumerate(ms)]
        return "\n".join(t) + "\n", uncased(ms)

    return layout


def runon(body, date, ms):
    t = head(body, date, "Föredragningslista", sentence=True)[0]
    text = t + " Föredragningslista " + " ".join(f"{i}. {title}" for i, title, _ in ms)
    return text + "\n", uncased(ms)


def code_column(registry):
    """The list run on into one line, each row opening with its case number's registry code, the number lost ("1 KS
    Title 2 KS Title KS Title 4 KS ..."), every third row's item number lost as well: the code alone opens that row,
    read without a number (expected under the item ""); the last row keeps its number."""
    def layout(body, date, ms):
        code = registry or CODES.get(body, "KS")
        t = head(body, date, "Föredragningslista", sentence=True)[0]
        lost = [n % 3 == 2 and n < len(ms) - 1 for n in range(len(ms))]
        cells = [f"{code} {title}" if gone else f"{i} {code} {title}"
                 for (i, title, _), gone in zip(ms, lost, strict=True)]
        text = t + " Nr Ärende " + " ".join(cells) + "\n\nAnna Berg\nOrdförande"
        return text + "\n", [("" if gone else i, title, None) for (i, title, _), gone in zip(ms, lost, strict=True)]
    return layout


def columns(mark="{}."):
    """The table extracted column by column (karlshamn_kallelse_1): every row's number stacked one a line ("1." ...),
    then the title column's head and the titles one a line in the same order."""
    def layout(body, date, ms):
        t = head(body, date, "Dagordning") + ["Nr"] + [mark.format(number(i)) for i, _, _ in ms] + ["Ärende"]
        t += [title for _, title, _ in ms]
        return "\n".join(t) + "\n", uncased(ms)

    return layout


def cased_columns(after):
    """The same with the Dnr column extracted on its own, its case numbers stacked before the titles or after them
    (Sotenäs's and Trosa's Dnr values stand together after their rows' titles)."""
    def layout(body, date, ms):
        ms = with_cases(body, date, ms)
        numbers = ["Nr"] + [f"{number(i)}." for i, _, _ in ms]
        cases = ["Dnr"] + [case for _, _, case in ms]
        titles = ["Ärende"] + [title for _, title, _ in ms]
        t = head(body, date, "Dagordning") + numbers + (titles + cases if after else cases + titles)
        return "\n".join(t) + "\n", ms

    return layout


def cells_per_line(body, date, ms):
    """The table's cells one a line, row by row (lulea_kallelse_2, abcdocz): the row's bare number, its title, its
    case number and its pages ("3-9", "11 - 21"), under the head "Punkt Rubrik" / "Ärendenr Sida"."""
    ms = with_cases(body, date, ms)
    t = head(body, date, "INNEHÅLLSFÖRTECKNING") + ["Punkt Rubrik", "Ärendenr Sida"]
    for n, (i, title, case) in enumerate(ms):
        t += [str(number(i)), title, case, f"{3 + 4 * n}-{5 + 4 * n}" if n % 2 else f"{3 + 4 * n} - {5 + 4 * n}"]
    return "\n".join(t) + "\n", ms


SECTION_HEADINGS = ["Beslutsärenden", "Informationsärenden", "Valärenden", "Anmälningsärenden"]


def sections(cases):
    """The agenda split into sections under headings, each numbered from 1 again (lidingo_kallelse_1,
    finspang_kallelse_1: "Ärenden" / "1. Miljöbokslut 2021" ...), four rows a section (a last row alone joins the
    section before); with `cases`, each row's case number on a line under it ("Dnr KS 2019/12"). The expected items
    carry the numbers the sections give."""
    def layout(body, date, ms):
        ms = with_cases(body, date, ms) if cases else uncased(ms)
        parts = [ms[at:at + 4] for at in range(0, len(ms), 4)]
        if len(parts) > 1 and len(parts[-1]) < 2:
            parts[-2:] = [parts[-2] + parts[-1]]
        t = head(body, date, "Föredragningslista")
        want = []
        for k, part in enumerate(parts):
            t += ["", SECTION_HEADINGS[k % len(SECTION_HEADINGS)], ""]
            for n, (_, title, case) in enumerate(part, 1):
                t += [f"{n}. {title}"] + ([f"Dnr {case}"] if cases else [])
                want.append((str(n), title, case))
        return "\n".join(t) + "\n", want

    return layout


def web_notice(row, heading=True, intro="Några av sammanträdets ärenden:", described=True):
    """A municipality's web page about its body's coming meeting (round 25: Årjäng, Vårgårda, Gnesta): no
    KALLELSE, the meeting as a heading or a welcome naming it, then the matters as bulleted "Punkt N – title"
    rows, each over a line of its description; or plain bullets, no numbers, no descriptions, under `intro`."""
    def layout(body, date, ms):
        x = dt.date.fromisoformat(date)
        day = f"{WD[x.weekday()].lower()} den {x.day} {MON[x.month - 1]}"
        owner = body if body.endswith("s") else body + "s"
        top = ([f"{owner} sammanträde {day}", "", f"Välkommen till {owner.lower()} sammanträde. Sammanträdet är "
                "öppet för allmänheten."] if heading else
               [f"Välkommen till {owner.lower()} sammanträde {day} kl. 18.30 i kommunhuset."])
        t = [*top, "", intro, ""]
        for i, title, _ in ms:
            t += [row(i, title), *(["  Här beskrivs ärendet kort för den som vill veta mer.", ""] if described else [])]
        return "\n".join(t) + "\n", [("", title, None) for _, title, _ in ms] if not described else uncased(ms)

    return layout


def attachments(cut, run_on=False):
    """An attachment column after each row's case number ("Ärende Anteckningar": "Bilaga a) Arbetsutskottets protokoll
    12/2018 b) Tjänsteskrivelse"), the number whole or cut at its slash ("Dnr 2017/", then read as none), one row a line
    or run on into one."""
    def layout(body, date, ms):
        ms = with_cases(body, date, ms)
        t = head(body, date) + ["Ärende Anteckningar", ""]
        for n, (i, title, case) in enumerate(ms):
            number = case.split("/")[0] + "/" if cut else case
            t.append(f"{i}. {title} Dnr {number} Bilaga a) Arbetsutskottets protokoll {n + 1}/{date[:4]}"
                     + (" b) Tjänsteskrivelse" if n % 2 else ""))
        text = "\n".join(t[:len(head(body, date)) + 2]) + "\n" + (" " if run_on else "\n").join(
            t[len(head(body, date)) + 2:])
        return text + "\n", uncased(ms) if cut else ms

    return layout


# A statute collection's number the matter is about ends its title (the state's "SFS", an authority's "AFS", "SOSFS",
# "HSLF-FS", the municipality's own "KFS"), in brackets or bare, the row's case number after it or none: the
# reference stays in the title and is never the case number.
STATUTES = ["enligt SFS 2010:800", "KFS 05:1", "(AFS 2015:4)", "enligt SOSFS 2011:9", "HSLF-FS 2016:40", "(KFS 2014:1)"]


def statutes(with_case):
    def layout(body, date, ms):
        ms = with_cases(body, date, ms) if with_case else uncased(ms)
        ms = [(i, f"{title} {STATUTES[n % len(STATUTES)]}", case) for n, (i, title, case) in enumerate(ms)]
        t = head(body, date) + [f"{i}. {title}" + (f" {case}" if case else "") for i, title, case in ms]
        return "\n".join(t) + "\n", ms

    return layout


def _halves(title):
    """A title broken where a table cell's width breaks it: its first half of words and the rest ("" for a title of
    three words or fewer, kept on one line)."""
    words = title.split()
    if len(words) < 4:
        return title, ""
    return " ".join(words[:len(words) // 2]), " ".join(words[len(words) // 2:])


def presenter_page_wrapped(head_words, dotted, run_on):
    """A table with presenter and page columns copied as text (bracke_kallelse_4): each row's title's first line, its
    presenter's name and page ("Anna Andersson 9." or "9"), then the title's second line; rows one a line or run on
    into one line after the column heads."""
    def layout(body, date, ms):
        cells = []
        for n, (i, title, _) in enumerate(ms):
            first, rest = _halves(title)
            page = f"{3 + 2 * n}." if dotted else f"{3 + 2 * n}"
            cells.append(" ".join(x for x in (f"{i}.", first, PRESENTERS[n % len(PRESENTERS)], page, rest) if x))
        t = head(body, date, "Föredragningslista", sentence=run_on)
        text = ("\n".join(t[:-2]) + f"\n{head_words} " + " ".join(cells) if run_on
                else "\n".join(t) + f"{head_words}\n" + "\n".join(cells))
        return text + "\n", uncased(ms)

    return layout


def step_cells(codes, under_number):
    """A table with a column of earlier steps (tranemo_kallelse_1) copied one cell a line: each row's number and title
    ("4. Title", or "4." and the title on the next line when `under_number`), its earlier body's § ("AU § 15") on a line
    of its own after the title, or between a bare number and its title for every third row."""
    def layout(body, date, ms):
        t = head(body, date)
        for n, (i, title, _) in enumerate(ms):
            step = f"{codes[n % len(codes)]} § {11 + 3 * n}"
            if under_number and n % 3 == 1:
                t += [f"{i}.", step, title]
            elif under_number:
                t += [f"{i}.", title, step]
            else:
                t += [f"{i}. {title}", step]
        return "\n".join(t) + "\n", uncased(ms)

    return layout


LAYOUTS = {
    "dot": rows(lambda i, t: f"{i}. {t}"),
    "paren": rows(lambda i, t: f"{i}) {t}"),
    "bare": rows(lambda i, t: f"{i} {t}"),
    "arende": rows(lambda i, t: f"Ärende {i} {t}"),
    "arende_line": rows(lambda i, t: f"Ärende {i}\n{t}\n"),
    "paragraph": rows(lambda i, t: f"§ {i} {t}"),
    "dot_blank": rows(lambda i, t: f"{i}.\t{t}\n"),
    "arendelista": rows(lambda i, t: f"{i}. {t}", word="Ärendelista"),
    "sentence_head": rows(lambda i, t: f"{i}. {t}", sentence=True),
    "sentence_arendelista": rows(lambda i, t: f"{i}. {t}", word="Ärendelista", sentence=True),
    "table_pipe": cased(
        lambda i, t, c, p: f"{i} | {c} | {t} | {p}", header="Nr | Diarienummer | Ärende | Föredragande"
    ),
    "table_spaced": cased(lambda i, t, c, p: f"{i}   {c}   {t}   {p}", header="Nr   Dnr   Ärende   Föredragande"),
    "table_spaced1": cased(lambda i, t, c, p: f"{i} {c} {t} {p}", header="Nr Dnr Ärende Föredragande"),
    "case_before": cased(lambda i, t, c, p: f"{i}. {c} {t}"),
    "case_before_dnr": cased(lambda i, t, c, p: f"{i}. Dnr {c} {t}"),
    "case_after": cased(lambda i, t, c, p: f"{i}. {t} {c}"),
    "case_after_dnr": cased(lambda i, t, c, p: f"{i}. {t}, dnr {c}"),
    "case_after_paren": cased(lambda i, t, c, p: f"{i}. {t} ({c})"),
    "case_under": cased(lambda i, t, c, p: f"{i}. {t}\n{c}\n"),
    "case_under_dnr": cased(lambda i, t, c, p: f"{i}. {t}\nDnr {c}\n"),
    "paragraph_case_under": cased(lambda i, t, c, p: f"§ {i}\n{t}\nDnr {c}\n"),
    "presenter_pipe": presenter(" | "),
    "presenter_spaced": presenter("   "),
    "page_spaced": pages("   "),
    "page_pipe": pages(" | "),
    "runon": runon,
    "code_column": code_column(None),
    "code_column_bun": code_column("BUN"),
    "columns": columns(),
    "columns_bare": columns("{}"),
    "columns_cases_before": cased_columns(False),
    "columns_cases_after": cased_columns(True),
    "cells_per_line": cells_per_line,
    "sections": sections(False),
    "sections_dnr": sections(True),
    "attachments_case": attachments(False),
    "attachments_cut": attachments(True),
    "attachments_cut_runon": attachments(True, run_on=True),
    "web_notice_punkt": web_notice(lambda i, t: f" • Punkt {i} – {t}"),
    "web_notice_arende_welcome": web_notice(lambda i, t: f"• Ärende {i}: {t}", heading=False),
    "statute_in_title": statutes(False),
    "statute_in_title_case": statutes(True),
    # (enkoping_kallelse_2: unnumbered bullets under an intro in the present passive, no colon)
    "web_notice_tas_upp": web_notice(lambda i, t: f"  • {t}", intro="Några frågor som tas upp", described=False),
    "presenter_page_wrapped": presenter_page_wrapped("Ärende Föredragande Sida", True, False),
    "presenter_page_wrapped_runon": presenter_page_wrapped("Ärendelista Föredragande Sidan", True, True),
    "presenter_page_wrapped_bare": presenter_page_wrapped("Nr Ärende Föredragande Sid", False, True),
    "step_cells": step_cells(["AU"], False),
    "step_cells_under": step_cells(["KSAU", "AU", "SBU"], True),
}


def number(key):
    m = re.search(r"\d+(?:[./]\d+)?", key or "")
    return m.group(0) if m else key


def run(text):
    r, why = parse_text(text, "kallelse.txt")
    if r is None:
        return None, why
    return [(number(it.key), norm(it.matter.title), norm(it.matter.case_number)) for it in r.items], r.kind


def score(got, want):
    """(wrong, missed, details): values read that differ from the gold, gold values not read."""
    g = defaultdict(list)
    for m in got:
        g[m[0]].append(m)
    wrong, missed, det = 0, 0, []
    seen = set()
    for i, title, case in want:
        seen.add(i)
        if not g.get(i) and any(m[1] == title for m in g.get("", [])):
            # read as a matter without its number (a text of one matter): the number missed, not a wrong value
            m = next(m for m in g[""] if m[1] == title)
            g[""].remove(m)
            g[i] = [(i, *m[1:])]
            missed += 1
            det.append(("miss number", i, title))
        if not g.get(i):
            missed += 1 + 1 + (case is not None)
            det.append(("miss item", i, title))
            continue
        _, gt, gc = g[i].pop(0)
        if gt != title:
            if gt:
                wrong += 1
                det.append(("title", i, gt, title))
            else:
                missed += 1
        if gc != case:
            if gc:
                wrong += 1
                det.append(("case", i, gc, case))
            else:
                missed += 1
                det.append(("miss case", i, case))
    for rest in g.values():
        for m in rest:
            wrong += 1
            det.append(("extra item", m))
    return wrong, missed, det


def stems():
    out = []
    for path in sorted(T.glob("*_kallelse_*.json")):
        if gold(path.stem)[2]:
            out.append(path.stem)
    return out


def _read(case, _name, layout):
    text, want = layout(*case)
    got, kind = run(text)
    return (*score(got or [], want), kind)


def main(argv):
    chosen, layouts, verbose = layout_args(argv, stems, LAYOUTS)
    run_layouts(((stem, gold(stem)) for stem in chosen), layouts, _read, verbose, 24, shown=6)


if __name__ == "__main__":
    main(sys.argv[1:])
