"""Tuning protocols' gold §§ re-set in the § head forms real Swedish protocols print, read back and compared.

Blind protocols fail as whole documents: the reader does not find their § heads. This takes each tuning protocol's
gold matters that have an item and a title (tests/import_corpus/real/tuning/*_protokoll_*.json) and re-sets them as a
made-up protocol (a head with the gold's body and date, then each § with a short made-up body text) in one of the
head forms protocols print: "§ 45" alone over the title, "§ 45 Title", "Kommunstyrelsen § 45" or "KS § 45" as a
running head over the title, "2019-03-12 § 45", "§ 45 Dnr KS 2019/12" over the title, the Dnr line above the § head,
the title in capitals, "45. Title", a contents list of the §§ on the first page, and a protocol run on into one line a
page. Each text is read with archive.importing.parse_document and its items, titles and case numbers are compared
with the gold's. A text is "ok" when it reads exactly; "wrong" counts values read that differ from the gold's (or
items the gold does not have), "missed" values the gold has and the reader did not state.

    PYTHONPATH=$PWD .venv/bin/python bench/protocol_layouts.py [stem,stem ...] [layout,layout ...] [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import TUNING as T  # noqa: E402
from bench.common import count, layout_args, parse_text, tally
from bench.real_quality import norm, norm_item  # noqa: E402

CODES = {
    "Kommunfullmäktige": "KF",
    "Kommunstyrelsen": "KS",
    "Kommunstyrelsens arbetsutskott": "KSAU",
    "Regionstyrelsen": "RS",
    "Regionfullmäktige": "RF",
}
PER_PAGE = 3  # §§ a page in the run-on layout


def gold(stem: str):
    """(body, date, municipality, [(item, title, case number)]) or None when the gold has no such matters."""
    g = json.loads((T / f"{stem}.json").read_text(encoding="utf-8"))
    seen, ms = set(), []
    for m in g["matters"]:
        item = norm_item(m.get("item"))
        title = " ".join((m.get("title") or "").split())
        if not item or not item.isdigit() or not title or item in seen:
            continue
        seen.add(item)
        ms.append((item, title, " ".join(m["case_number"].split()) if m.get("case_number") else None))
    if not ms:
        return None
    meeting = g.get("meeting") or {}
    body = meeting.get("body") or "Kommunstyrelsen"
    date = meeting.get("date") or "2019-03-12"
    return body, date, g.get("municipality") or "Exempels kommun", ms


def head(body, date, municipality, ms):
    return [
        municipality,
        "PROTOKOLL",
        f"Sammanträdesdatum {date}",
        "",
        body,
        "",
        "Plats och tid Kommunhuset, kl. 13.00-15.30",
        "Beslutande Anna Andersson (S), ordförande",
        "Bo Berg (M)",
        "Justerare Cecilia Carlsson (C)",
        f"Paragrafer §§ {ms[0][0]}-{ms[-1][0]}",
        "",
    ]


def text_of(body):
    return [
        "Ärendet",
        f"{body} har att ta ställning till ett förslag som förvaltningen har tagit fram.",
        "Beslut",
        f"{body} beslutar att godkänna förslaget.",
        "",
    ]


def dnr(cn):
    return [f"Dnr {cn}"] if cn else []


# A one-word body's code as protocols print it: its name's first letter and its kind's ("Servicenämnden" SN,
# "Förbundsstyrelsen" FS, "Hälsingerådet" HR), "DIR" for a direktion, "STY" for a styrelse; never one letter
# ("S § 51"), which no real protocol prints before its § (codes are two letters to six).
_KIND_LETTERS = (("nämnd", "N"), ("styrelse", "S"), ("utskott", "U"), ("fullmäktige", "F"), ("förbund", "F"),
                 ("råd", "R"))


def code(body):
    if body in CODES:
        return CODES[body]
    words = body.split()
    if len(words) > 1:
        return "".join(w[0] for w in words).upper()
    if body.lower().startswith("direktion"):
        return "DIR"
    kind = next((letter for word, letter in _KIND_LETTERS if word in body.lower()[1:]), None)
    return (body[0] + kind).upper() if kind else body[:3].upper()


# ---- § heads: each takes (body, date, item, title, cn) and gives the §'s head lines
HEADS = {
    "alone": lambda b, d, i, t, c: [f"§ {i}", t, *dnr(c)],
    "inline": lambda b, d, i, t, c: [f"§ {i} {t}", *dnr(c)],
    "running_body": lambda b, d, i, t, c: [f"{b} § {i}", "", t, *dnr(c)],
    "running_code": lambda b, d, i, t, c: [f"{code(b)} § {i}", "", t, *dnr(c)],
    "date_head": lambda b, d, i, t, c: [f"{d} § {i}", "", t, *dnr(c)],
    "dnr_inline": lambda b, d, i, t, c: [f"§ {i} Dnr {c}" if c else f"§ {i}", t],
    "dnr_above": lambda b, d, i, t, c: [*dnr(c), f"§ {i}", t],
    "caps": lambda b, d, i, t, c: [f"§ {i}", t.upper(), *dnr(c)],
    "numbered": lambda b, d, i, t, c: [f"{i}. {t}", *dnr(c)],
    # The §'s mark printed twice, in the margin and in the heading, both run onto the title's line: after the title
    # ("Kf 48 Dnr: KS Avsägelse Kf 48 ...", Gislaved's form; "§ 48 Title § 48"), the text run on after it.
    "mark_repeated": lambda b, d, i, t, c: [f"§ {i} {t} § {i} {text_of(b)[1]}", *dnr(c)],
    "code_repeated": lambda b, d, i, t, c: [" ".join([f"{code(b)} {i}", *dnr(c), t, f"{code(b)} {i}", text_of(b)[1]])],
    # The § numbered through the year under the body's code, no § sign ("KF 63/2013 Meddelanden", Hultsfred; Kungälv's
    # "KS 353/2008 ..."), the case number labelled after it or none.
    "year_coded": lambda b, d, i, t, c: [f"{code(b)} {i}/{d[:4]} {t}", *dnr(c)],
    "year_coded_dnr": lambda b, d, i, t, c: [" ".join([f"{code(b)} {i}/{d[:4]}", *dnr(c), t])],
    # The § sign lost, the bare number before the title, its case number after it unlabelled (a registry's code
    # before it: "52 Dialog med ... KS/2013:83 Samverkansansvarig ...", Burlöv), in brackets ("(KS/2011:1219)",
    # Tranemo), or only its label and colon, the number lost ("Dnr: Kommunfullmäktiges presidium ...", Lysekil).
    "bare_case_after": lambda b, d, i, t, c: [" ".join([i, t, c or "Dnr:"])],
    "bare_case_bracketed": lambda b, d, i, t, c: [" ".join([i, t, f"({c})" if c else "Dnr:"])],
    "code_repeated_title_case": lambda b, d, i, t, c: [
        " ".join([f"{code(b).capitalize()} {i}", *dnr(c), t, f"{code(b).capitalize()} {i}"])],
}


def protocol(g, form: str, contents: bool = False, runon: bool = False) -> str:
    body, date, municipality, ms = g
    lines = head(body, date, municipality, ms)
    if contents:
        lines += ["Innehållsförteckning", ""] + [f"§ {i} {t}" for i, t, _ in ms] + [""]
    pages = [lines]
    for n, (i, t, c) in enumerate(ms):
        if runon and n % PER_PAGE == 0:
            pages.append([])
        pages[-1] += HEADS[form](body, date, i, t, c) + text_of(body)
    if runon:
        return "\n".join(" ".join(x for x in page if x) for page in pages) + "\n"
    return "\n".join(line for page in pages for line in page) + "\n"


def paged_contents(g) -> str:
    """The protocol's first pages alone, its §§ listed one row a line as "Title ... page" with no § number (Vara's
    copy as full text), no § page after them (the excerpt ends there): read as matters without numbers."""
    body, date, municipality, ms = g
    lines = [x for x in head(body, date, municipality, ms) if not x.startswith("Paragrafer")]
    lines += ["Innehållsförteckning", ""]
    for n, (_i, t, _c) in enumerate(ms):
        lines += [f"{t} ... {3 + 2 * n}", ""]
    return "\n".join(lines) + "\n"


def lost_leaders(g, *, one_line: bool, step: int = 3) -> str:
    """A contents list of "Title... page" rows with no § numbers whose extraction lost the leader and page of every
    `step`th row (and of each row whose next row opens with the same word, "Remiss om ... Remiss om ...", as lists of
    one kind's matters often do), so that row's title runs on into the next one's: a row per line, or the whole list
    run on into one line (Bjurholm's, Götene's, Vallentuna's, Miljösamverkan östra Skaraborg's copies). Scored by
    titles: the rows run together are read as two titles, or as none, never as one title holding both."""
    body, date, municipality, ms = g
    lines = [x for x in head(body, date, municipality, ms) if not x.startswith("Paragrafer")]
    rows, joined = [], ""
    for n, ((_i, t, _c), page) in enumerate(zip(ms, _pages(ms), strict=True)):
        following = ms[n + 1][1] if n + 1 < len(ms) else None
        if following is not None and (n % step == 1 or t.split()[0] == following.split()[0]):
            joined = f"{joined} {t}".strip()
            continue
        rows.append(f"{joined} {t}... {page}".strip())
        joined = ""
    if one_line:
        lines += [" ".join(["Innehållsförteckning", *rows]), ""]
    else:
        lines += ["Innehållsförteckning", ""] + [x for row in rows for x in (row, "")]
    return "\n".join(lines) + "\n"


def _pages(ms) -> list[int]:
    """Each row's page in a contents list: the §§ from page 3, two pages each."""
    return [3 + 2 * n for n in range(len(ms))]


def run_on_contents(g, row, *, pages: bool = True, heads: str = "", cut: bool = False) -> str:
    """The protocol's contents list run on into one line, as a copy site extracts a table ("Innehållsförteckning
    Title 99 Title 100 ..."), each row set by `row(item, title, page)`; the §§ after it (alone over their titles)
    where `pages`, else the excerpt ends with the list. `cut`: the excerpt ends in the last row, its title lost
    (only its first cell stands), the row read as no matter (the gold convention leaves a cut row out)."""
    body, date, municipality, ms = g
    rows = [row(i, t, p) for (i, t, _c), p in zip(ms, _pages(ms), strict=True)]
    if cut:
        rows[-1] = row(ms[-1][0], "", _pages(ms)[-1]).strip()
    lines = head(body, date, municipality, ms)
    lines += [" ".join(["Innehållsförteckning", *([heads] if heads else []), *rows]), ""]
    if pages:
        for i, t, c in ms:
            lines += HEADS["alone"](body, date, i, t, c) + text_of(body)
    return "\n".join(lines) + "\n"


def shifted_contents(g) -> str:
    """A run-on list whose numbers stand after their titles, one row's number lost in the middle ("Nämndplan Prislista
    ... 102"): its title is read as a row without a number, never given the next row's number (no shift)."""
    body, date, municipality, ms = g
    lost = len(ms) // 2
    rows = [t if n == lost else f"{t} {i}" for n, (i, t, _c) in enumerate(ms)]
    lines = head(body, date, municipality, ms)[:-2] + ["", " ".join(["Innehållsförteckning", *rows]), ""]
    return "\n".join(lines) + "\n"


def labelled_contents(g, heading: str, end: str) -> str:
    """A protocol's contents list run on into one line under `heading`, every row holding its case number's label
    with the number lost ("93 Dnr Title 94 Dnr Title ..."), and every third row's § number lost as well ("... Dnr
    Title Dnr Title 96 Dnr ..."): the label alone opens that row. The list ends with `end` (the attestation's
    labels after it, a page's text on the next line); scored by title."""
    body, date, municipality, ms = g
    rows = [f"Dnr {t}" if n % 3 == 2 else f"{i} Dnr {t}" for n, (i, t, _c) in enumerate(ms)]
    lines = head(body, date, municipality, ms)[:-2] + ["", " ".join([heading, *rows]) + end, ""]
    return "\n".join(lines) + "\n"


# Made-up agenda titles (none from the corpus) for the numberless runs below: titles opening with a matter's noun
# (known and unknown to the reader's models), names after a preposition, a party's letters, a place before "kommun",
# a company, one-word titles, a definite officer "informerar", titles opening with an adjective.
MADE_UP_TITLES = (
    "Avtal om drift av Kvarnbackens fritidsgård", "Svar på motion om solceller på kommunens tak - Lisa Ek (C)",
    "Förvärv av fastigheten Bredvik 4:12", "Anmälan av delegationsbeslut", "Meddelanden",
    "Yttrande över remiss från Trafikverket om väg 27", "Val av ersättare i Gryningsbolagen AB",
    "Revidering av riktlinjer för färdtjänst", "Socialchefen informerar", "Taxa för tillsyn enligt miljöbalken",
    "Uppföljning av intern kontroll", "Delårsrapport per augusti", "Medborgarförslag om hundrastgård i Ekbacka",
    "Ansökan om bidrag från Föreningen Vävstugan", "Begäran om omfördelning av investeringsmedel",
    "Entledigande från uppdrag som nämndeman - Per Holm (M)", "Riktlinjer för representation",
    "Information om ny förskola i Strandviken", "Årsredovisning för Norrskogs vatten AB",
    "Detaljplan för del av Lillåsen", "Fyllnadsval till valnämnden", "Tertialrapport", "Rapporter",
    "Försäljning av tomt i Hagby industriområde", "Förlängning av avtal med Bergslagens räddningstjänst",
    "Ny avfallsplan för Norrdala kommun", "Utökat anslag för skolskjutsar", "Motion om fler parkbänkar",
    "Dialogmöte med pensionärsrådet",
)  # (29 titles: a prime, so every step _made_up takes goes round them all)


def _made_up(stem: str, count: int = 9) -> list[str]:
    """`count` made-up titles, chosen from the stem so that each text lists others in another order."""
    start = sum(map(ord, stem)) % len(MADE_UP_TITLES)
    step = 1 + sum(map(ord, stem[::-1])) % 5
    picked: list[str] = []
    at = start
    while len(picked) < count:
        title = MADE_UP_TITLES[at % len(MADE_UP_TITLES)]
        if title not in picked:
            picked.append(title)
        at += step
    return picked


# The forms a numberless run of titles takes in a copy site's extraction (Alingsås, Munkedal, Sala, Falkenberg,
# Tomelilla, Vallentuna ...), set with made-up titles: its heading and the cells left between the titles.
_RUN_FORMS = {
    # heading, then the titles with nothing between them but capitals, the first row's § kept
    "bare": lambda ts: ("Innehållsförteckning 41 " + " ".join(ts), ts),
    # the register's column head and the first row's number, each case number's digits lost
    "register_dnr": lambda ts: ("REGISTER Sida 1(1) Ärende 1. " + " Dnr: KS ".join(ts) + " Dnr: KS", ts),
    # year-first case numbers cut to their year
    "year_stubs": lambda ts: ("Innehållsförteckning 12 " + " ".join(f"{t} 2021/" for t in ts), ts),
    # empty code cells "(KS )" under a column-headed list
    "code_cells": lambda ts: ("FÖREDRAGNINGSLISTA Ärende Sidan 7 " + " ".join(f"{t} (KS )" for t in ts), ts),
    # some rows keep their dot leaders, the last its page
    "part_leaders": lambda ts: ("Ärendelista " + " ".join(f"{t}..." if n % 2 else t for n, t in enumerate(ts[:-1]))
                                + f" {ts[-1]}... 14", ts),
    # the heading on the line above, a page's running head beside it
    "heading_above": lambda ts: ("Innehållsförteckning PROTOKOLL 2 (18)\n" + " ".join(ts) + " Justerandes sign", ts),
    # the excerpt ends inside the last row: it is no matter
    "cut_at_end": lambda ts: ("Ärendeförteckning " + " ".join(ts) + " Svar på motion om gatubelysni", ts),
    # the heading as a scan's OCR or a copy read it (tuning's Nora, Hässleholm, Torsby, Hälsingerådet): its
    # accents lost, its capital "I" read "l" and its letters spaced, an "l" read "i"; each list closed by the
    # attestation's label
    "ocr_accents_lost": lambda ts: ("INNEHALLSFORTECKNING Ärende Paragraf Sid " + " ".join(ts)
                                    + " Justerandes sign", ts),
    "ocr_accents_lost_list": lambda ts: ("Arendelista 41 " + " ".join(ts) + " Justerandes sign", ts),
    "ocr_accents_lost_agenda": lambda ts: ("FOREDRAGNINGSLISTA Ärende Sidan 7 " + " ".join(f"{t} (KS )" for t in ts),
                                           ts),
    "ocr_spaced": lambda ts: ("l n nehållsförteckn i ng 41 " + " ".join(ts) + " Justerandes sign", ts),
    "ocr_l_read_i": lambda ts: ("Innehålisförteckning 41 " + " ".join(ts) + " Justerandes sign", ts),
}


def numberless_run(g, form: str) -> tuple[str, list]:
    """A protocol's front page, then its contents list in one of _RUN_FORMS with made-up titles, the excerpt ending
    there: (the text, the rows a reader should give, scored by title)."""
    body, date, municipality, ms = g
    titles = _made_up(f"{municipality}{date}{form}")
    listed, want = _RUN_FORMS[form](titles)
    lines = [x for x in head(body, date, municipality, ms) if not x.startswith("Paragrafer")]
    return "\n".join([*lines, listed, ""]) + "\n", [(None, t, None) for t in want]


# Layouts whose rows print no § number: scored by their titles alone (score_titles).
UNNUMBERED = {"contents_paged", "contents_lost_leaders", "contents_lost_leaders_runon", "contents_labelled_lost",
              "contents_labelled_lost_heads",
              *(f"numberless_{form}" for form in _RUN_FORMS)}
# Layouts scored without their last matter (the excerpt cut its title: the row is no matter), or with one matter's
# number lost (its title read alone is right, any § given it wrong).
CUT_LAST = {"contents_paged_cut", "contents_before_cut"}
LOST_ONE = {"contents_after_shift"}
def paged(g, form: str, *, told: bool = False) -> str:
    """Each § alone on its page, as a copy site's transcript numbers its pages ("2 Sammanträdesprotokoll 2 (49) KF
    63/2013 Meddelanden ...", Hultsfred): the page's number and running head, then the § run on. `told`: each §'s
    text an account with no section heading, the excerpt's end cutting the last one ("... informerar om")."""
    body, date, municipality, ms = g
    pages = [" ".join(x for x in head(body, date, municipality, ms) if x)]
    told_text = ["Samordnaren Anna Berg och handläggaren Bo Ek informerar om arbetet och svarar på frågor."]
    for i, t, c in ms:
        pages.append(" ".join(x for x in [f"Sammanträdesprotokoll {len(pages) + 1} ({len(ms) + 1})",
                                          *HEADS[form](body, date, i, t, c), *(told_text if told else text_of(body))]
                              if x))
    if told:
        pages[-1] = pages[-1].removesuffix(" och svarar på frågor.")
    return "\n\n".join(f"{n} {page}" for n, page in enumerate(pages, start=1)) + "\n"


LAYOUTS = {name: (lambda g, f=name: protocol(g, f)) for name in HEADS}
LAYOUTS.update({
    "contents_alone": lambda g: protocol(g, "alone", contents=True),
    "contents_inline": lambda g: protocol(g, "inline", contents=True),
    "runon_alone": lambda g: protocol(g, "alone", runon=True),
    "runon_running_code": lambda g: protocol(g, "running_code", runon=True),
    "runon_code_repeated": lambda g: protocol(g, "code_repeated", runon=True),
    "paged_year_coded": lambda g: paged(g, "year_coded"),
    "paged_year_coded_dnr": lambda g: paged(g, "year_coded_dnr"),
    "paged_code": lambda g: paged(g, "running_code"),
    "paged_bare_case_after": lambda g: paged(g, "bare_case_after", told=True),
    "paged_bare_case_bracketed": lambda g: paged(g, "bare_case_bracketed", told=True),
    "runon_year_coded": lambda g: protocol(g, "year_coded", runon=True),
    "runon_year_coded_dnr": lambda g: protocol(g, "year_coded_dnr", runon=True),
    "contents_paged": paged_contents,
    # contents lists run on into one line (a copy site's table), the §§ after them or the excerpt ending there
    "contents_runon": lambda g: run_on_contents(g, lambda i, t, p: f"{i} {t}"),
    "contents_after": lambda g: run_on_contents(g, lambda i, t, p: f"{t} {i}"),
    "contents_after_only": lambda g: run_on_contents(g, lambda i, t, p: f"{t} {i}", pages=False),
    "contents_before_only": lambda g: run_on_contents(g, lambda i, t, p: f"{i} {t}", pages=False),
    "contents_before_cut": lambda g: run_on_contents(g, lambda i, t, p: f"{i} {t}", pages=False, cut=True),
    "contents_paged_only": lambda g: run_on_contents(g, lambda i, t, p: f"{i} {p} {t}", pages=False, heads="Sida"),
    "contents_paged_cut": lambda g: run_on_contents(g, lambda i, t, p: f"{i} {p} {t}", pages=False, heads="Sida",
                                                    cut=True),
    "contents_title_page": lambda g: run_on_contents(g, lambda i, t, p: f"{i} {t} {p}", pages=False, heads="Sida"),
    "contents_after_shift": shifted_contents,
    "contents_lost_leaders": lambda g: lost_leaders(g, one_line=False),
    "contents_lost_leaders_runon": lambda g: lost_leaders(g, one_line=True),
    **{f"numberless_{form}": (lambda g, f=form: numberless_run(g, f)) for form in _RUN_FORMS},
    "contents_labelled_lost": lambda g: labelled_contents(g, "Ärendelista", "\n\nSida 2 (12)"),
    "contents_labelled_lost_heads": lambda g: labelled_contents(g, "2 (14) Innehållsförteckning",
                                                                " Justerandes sign Utdragsbestyrkande"),
})
# The layouts whose text carries the case numbers in caps: the title is compared casefolded.


def run(text: str):
    r, why = parse_text(text, "protokoll.txt")
    if r is None:
        return None, why
    got = []
    for it in r.items:
        got.append((norm_item(it.key), it.matter.title, it.matter.case_number))
    return got, f"kind={r.kind}"


def score(got, ms):
    """(wrong, missed, details): per item, title and case number, the gold's against the reader's."""
    want = {i: (t, c) for i, t, c in ms}
    have = {}
    wrong, missed, det = 0, 0, []
    for i, t, c in got:
        if i is None or i not in want or i in have:
            wrong += 1
            det.append(f"extra item {i!r} {t!r}")
            continue
        have[i] = (t, c)
    for i, (t, c) in want.items():
        if i not in have:
            missed += 1 + 1 + (c is not None)
            det.append(f"missed § {i} {t[:50]!r}")
            continue
        ht, hc = have[i]
        for what, w, h in (("title", t, ht), ("case", c, hc)):
            if norm(w) == norm(h):
                continue
            if h is None:
                missed += 1
                det.append(f"§ {i} {what} missed: {w!r}")
            else:
                wrong += 1
                det.append(f"§ {i} {what} WRONG: {h!r} for {w!r}")
    return wrong, missed, det


def score_titles(got, ms):
    """score for a layout without § numbers: the titles read against the gold's, in any order, each as often as it
    stands (two §§ of one title read as one is one missed)."""
    want = Counter(norm(t) for _i, t, _c in ms)
    have = Counter(norm(t) for _i, t, _c in got if t)
    wrong, missed = list((have - want).elements()), list((want - have).elements())
    return len(wrong), len(missed), [f"title WRONG: {t!r}" for t in wrong] + [f"title missed: {t!r}" for t in missed]


def _stems() -> list[str]:
    return [p.stem for p in sorted(T.glob("*_protokoll_*.json")) if gold(p.stem)]


def main(argv: list[str]) -> None:
    stems, layouts, verbose = layout_args(argv, _stems, LAYOUTS)
    per = defaultdict(lambda: [0, 0, 0, 0, 0])  # texts, exact, with a wrong value, values wrong, values missed
    for stem in stems:
        g = gold(stem)
        if g is None:
            continue
        for name, layout in layouts.items():
            text = layout(g)
            text, made_up = text if isinstance(text, tuple) else (text, None)  # (a layout of made-up titles)
            got, note = run(text)
            if got is None:
                got = []
            want = made_up if made_up is not None else g[3][:-1] if name in CUT_LAST else g[3]
            if name in LOST_ONE:
                lost = g[3][len(g[3]) // 2]
                # (the lost row's title alone is right; the gold's § for it is not stated)
                got = [x for x in got if not (x[0] is None and norm(x[1]) == norm(lost[1]))]
                want = [m for m in want if m is not lost]
            wrong, missed, det = (score_titles if name in UNNUMBERED else score)(got, want)
            count(per[name], wrong, missed)
            if verbose and (wrong or missed):
                print(f"{'WRONG' if wrong else 'BAD':6} {stem:45} {name:20} wrong={wrong} missed={missed} {note[:80]}")
                for x in det[:6]:
                    print("     ", x)
    tot = tally(per, 22)  # a row a layout, in LAYOUTS' order
    print(f"== {tot[1]} of {tot[0]} re-set texts read exactly; {tot[2]} with a wrong value")


if __name__ == "__main__":
    main(sys.argv[1:])
