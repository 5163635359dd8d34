"""Tuning tjänsteskrivelser's golds re-set in the forms other organisations print, read back and compared.

A migration meets the officer's report (tjänsteskrivelse, tjänsteutlåtande) more than any other document. This takes
each tuning report's gold matters that have a title (tests/import_corpus/real/tuning/*_tjansteskrivelse_*.json:
case number, title, proposals, planning, responsible officers, recipients) and re-sets each as a made-up paper in
the forms real reports print: a letterhead with the case number under "Dnr", "Diarienummer", "Vår beteckning",
"Ärendenummer" (or as a label row over a value row, or alone at the top), the paper's date in several forms (a date
no value is read from), the title on its own line or run into the head, the headings on their own line, run into
their paragraph or in capitals ("Förslag till beslut", "Förvaltningens förslag till beslut", "X föreslås besluta",
"Sammanfattning", "Ärendet", "Beslutsunderlag", "Beslutsplanering", "Beslutet skickas till", "Expedieras till"),
the proposal as "att"-clauses, a bulleted list or one sentence, the officers in the letterhead or signing at the end.
Only what the gold carries is re-set; the prose between is made up and states no value. The right answer for each
text is the gold's matter. A text "ok" reads exactly; "wrong" counts values read that differ from the gold (another
title or case number, a planning step, proposal, officer or recipient the gold does not have); "missed" counts gold
values not read (a value read wrongly in a gold value's place counts once, as wrong; a person or a step read
without the title or date the gold gives it counts as that value missed). A dateline's place is the town's name as a
letter prints it ("Kungälv den 1 mars 2019", never the organisation's genitive "Kungälvs"), and a signature that
prints names only (the dateline's) wants the gold's officers by name only: a title no text states is no value missed.
An officer's name printed surname first ("Björkbacka, Per-Erik", Huddinge's letterhead) is set in the letterhead's
"Handläggare:" field in every layout, where such a name is printed, never as a signature under the text. A proposal
printed without a lead (worded as the body's own decision, or put to no body) has its heading in every layout, the
lead_heading layout's too: no paper prints a proposal that neither a heading nor a lead marks as one. A förbund's paper
to its board (board_paper, Nerikes Brandkår's form) prints no case number: the gold's is no value it states there.

    PYTHONPATH=$PWD .venv/bin/python bench/paper_layouts.py [stem,stem ...] [layout,layout ...] [-v]
"""

import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict

from bench.common import MON, count, layout_args, parse_text, tally
from bench.common import TUNING as T
from bench.common import one_spaced as norm

OFFICES = ["Kommunledningskontoret", "Förvaltningen för service", "Socialförvaltningen", "Kansliavdelningen"]


def gold(stem):
    """(municipality, matters): each matter with a title as a dict of the gold's values."""
    g = json.loads((T / f"{stem}.json").read_text(encoding="utf-8"))
    out = []
    for m in g["matters"]:
        if not m.get("title"):
            continue
        out.append({
            "title": norm(m["title"]),
            "case": norm(m.get("case_number")),
            "proposals": [(norm(a), norm(b)) for a, b in m.get("proposals") or []],
            "planning": [(norm(a), b) for a, b in m.get("planning") or []],
            "responsible": [(norm(a), norm(b)) for a, b in m.get("responsible") or []],
            "recipients": [(norm(a), norm(b)) for a, b in m.get("recipients") or []],
        })
    return g["municipality"], out


def lower1(text):
    return text[0].lower() + text[1:]


def long_date(x, den=False):
    return ("den " if den else "") + f"{x.day} {MON[x.month - 1]} {x.year}"


# The town a letter is dated in, where the organisation's name is not the town's with "kommun"/"stad" after it.
PLACES = {"Göteborgsregionens kommunalförbund": "Göteborg", "Landstinget Dalarna": "Falun"}


# "Björkbacka, Per-Erik": an officer's name printed surname first, as a letterhead's field prints it, never a signature
SURNAME_FIRST = re.compile(r"[A-ZÅÄÖ][\wåäö-]+, [A-ZÅÄÖ][\wåäö-]+$")


def place_of(muni):
    """The town a dateline names: the organisation's first word out of the genitive ("Kungälvs kommun": Kungälv,
    "Stockholms läns landsting": Stockholm)."""
    if muni in PLACES:
        return PLACES[muni]
    first = muni.split()[0]
    return first[:-1] if first.endswith("s") and len(muni.split()) > 1 else first


def paper_date(m):
    """A made-up date for the paper: two weeks before its first dated step, else one in 2019."""
    dated = [d for _, d in m["planning"] if d]
    if dated:
        return dt.date.fromisoformat(dated[0]) - dt.timedelta(days=14)
    return dt.date(2019, 3, 1)


def addressee(m):
    """The body the paper is put to: its first planning step, else its proposal's."""
    if m["planning"]:
        return m["planning"][0][0]
    if m["proposals"]:
        return m["proposals"][0][0]
    return None


# ---- the parts of a paper
def clauses(text, form):
    """The proposal's text as printed: "lines" breaks before each att-clause or point, "bullets" sets each as a
    bulleted point (a bullet is layout, not text), "sentence" keeps it in one line."""
    if form == "sentence":
        return [text]
    parts = re.split(r"(?<=[,;.])\s+(?=(?:samt )?att\s)|(?<=\S)\s+(?=\d{1,2}\.\s)", text)
    if form == "bullets":
        return ["• " + p for p in parts]
    return parts


def proposal(m, form, heading, lead, office):
    """The proposal section: `heading` over it (None: the lead alone heads it), `lead` how the body is named."""
    if not m["proposals"]:
        return []
    to, text = m["proposals"][0]
    if to is None or text.startswith(to + " "):  # worded as the body's own decision, or to no body named: no lead
        # (so the heading stands over it where a layout sets none: no paper prints a proposal nothing marks as one)
        return [heading or "Förslag till beslut"] + clauses(text, form) + [""]
    if lead == "passive":
        lead_text = f"{to} föreslås besluta"
    elif lead == "closing":  # the office's lead closing the paragraph above, "att besluta" (Göteborgsregionen's form)
        return [None, f"{office} föreslår {lower1(to)} att besluta"] + clauses(text, form) + [""]
    else:  # the office proposing to the body
        lead_text = f"{office} föreslår {lower1(to)} besluta"
    body = clauses(text, form)
    if form == "sentence":
        return ([heading] if heading else []) + [f"{lead_text} {text}", ""]
    return ([heading] if heading else []) + [lead_text] + body + [""]


def naming_kept(body):
    """A body's name written capitalised inside a sentence too: a proper name after its first word ("Stadsdelsnämnden
    Östra Göteborg", "Landstingsrådsberedningen" is written small)."""
    return len(body.split()) > 1 and body.split()[1][:1].isupper() and not body.split()[1].islower()


def planning(m, form, heading="Beslutsplanering"):
    steps = m["planning"]
    if not steps:
        return []
    if form == "implicit" and len(steps) == 1 and not steps[0][1] and m["proposals"] \
            and steps[0][0] == m["proposals"][0][0]:
        return []  # the letterhead's addressee and the proposal's lead name the one step

    def step(b, d):
        if not d:
            return b
        x = dt.date.fromisoformat(d)
        return f"{b} {long_date(x, den=True)}" if form == "long" else f"{b} {d}"

    if form == "arrows":
        return [heading, " → ".join(step(b, d) for b, d in steps), ""]
    if form == "sentence":  # "Ärendet ska behandlas av kommunstyrelsen den 12 mars 2019 och kommunfullmäktige."
        named = [step(b if b[1:2].isupper() or naming_kept(b) else lower1(b), d) for b, d in steps]
        told = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " och " + named[-1]
        return [f"Ärendet ska behandlas av {told}.", ""]
    if form == "table":  # a table's header row, then a row a step: the body, its date where the gold has one
        return [heading, "Beslutsinstans Sammanträdesdatum"] + [f"{b} {d}" if d else b for b, d in steps] + [""]
    return [heading] + [step(b, d) for b, d in steps] + [""]


def signature(m, form, place=None, date=None):
    if form == "dateline":
        # the letter's dateline, then who signed, "/" between them ("Göteborg den 8 februari 2010 Nils-Gunnar Ernstson
        # /Gunnel Rydberg", Göteborgsregionen): names only (a title the gold gives is not printed there)
        names = [name for name, _title in m["responsible"]]
        return [f"{place} den {long_date(date)} {' /'.join(names)}", ""] if names else []
    out = []
    for name, title in m["responsible"]:
        if form == "slash":  # "Anna Berg / Kommundirektör" (Höör's, Sala's signers)
            out.append(f"{name} / {title}" if title else name)
        elif form == "comma":
            out.append(f"{name}, {title}" if title else name)
        else:
            out += [name] + ([title] if title else [])
    return out + [""] if out else []


def recipients(m, form, heading="Beslutet skickas till"):
    rs = [n + (f", {t}" if t else "") for n, t in m["recipients"]]
    if not rs:
        return []
    if form == "comma":
        return [f"{heading}: " + ", ".join(rs), ""]
    if form == "bullets":
        return [heading] + ["- " + r for r in rs] + [""]
    return [heading] + rs + [""]


def prose(m):
    return [
        "Sammanfattning",
        f"Ärendet gäller {lower1(m['title'])}. Förvaltningen har berett ärendet och lämnar här sitt förslag.",
        "",
    ]


def basis(date):
    return ["Beslutsunderlag", f"Tjänsteskrivelse daterad {date.isoformat()}", "Bilaga 1, underlag", ""]


def matter_section():
    return ["Ärendet", "Bakgrunden till ärendet framgår av de handlingar som bifogas och av beskrivningen nedan.",
            "Förvaltningen har gått igenom frågan och gör bedömningen att förslaget kan genomföras.", ""]


# ---- layouts: each takes (municipality, matter, n) and returns the paper's text
def paper(*, case_form="dnr", date_form="iso", title_form="line", prop=("lines", "Förslag till beslut", "passive"),
          plan=("lines", "Beslutsplanering"), sign="lines", recip=("lines", "Beslutet skickas till"), caps=False,
          kind="Tjänsteskrivelse", runon=False, officer_in_head=False):
    def layout(muni, m, n):
        office = OFFICES[n % len(OFFICES)]
        x = paper_date(m)
        date = {"iso": x.isoformat(), "long": long_date(x), "den": long_date(x, den=True)}[date_form]
        to = addressee(m)
        head = [muni, office]
        case = m["case"]
        if title_form == "runon":
            head.append(f"{kind} {date} {m['title']}")
        else:
            head.append(kind)
        if case_form == "label_row":
            head += ["Datum Diarienummer", f"{date} {case}" if case else date]
        elif case_form == "var_beteckning":
            head += ["Datum Vår beteckning", f"{date} {case}" if case else date]
        elif case_form == "alone":
            head += ([case] if case else []) + [date]
        else:
            label = {"dnr": "Dnr", "diarienummer": "Diarienummer:", "arendenummer": "Ärendenummer"}[case_form]
            head += [f"Datum: {date}"] + ([f"{label} {case}"] if case else [])
        resp = m["responsible"]
        if officer_in_head and resp:
            name, title = resp[0]
            head.append(f"Handläggare: {name}" + (f", {title}" if title else ""))
            resp = resp[1:]
        for name, title in [r for r in resp if SURNAME_FIRST.match(r[0])]:
            # a name printed surname first stands in the letterhead's officer field, where Huddinge prints it
            head.append(f"Handläggare: {name}" + (f", {title}" if title else ""))
        resp = [r for r in resp if not SURNAME_FIRST.match(r[0])]
        if to:
            head.append(f"Till {to}")
        text = head + [""]
        if title_form == "line":
            text += [m["title"], ""]
        ph = prop[1].upper() if caps and prop[1] else prop[1]
        text += prose(m)
        printed = proposal(m, prop[0], ph, prop[2], office)
        if printed and printed[0] is None:
            # the lead closes the paragraph's line above the att-clauses
            text[-2] += " " + printed[1]
            text += printed[2:]
        else:
            text += printed
        text += basis(x) + matter_section()
        text += planning(m, plan[0], plan[1].upper() if caps else plan[1])
        signed = signature({**m, "responsible": resp}, sign, place=place_of(muni), date=x)
        # run into one line, as a copy site prints a page, the officers stand under their heading (Malmö's
        # "Ansvariga Cecilia Antonsson, ekonomichef ..."), where a page's lines would set them apart
        text += (["Ansvariga"] if runon and signed else []) + signed
        text += recipients(m, recip[0], recip[1].upper() if caps else recip[1])
        if caps:
            text = [t.upper() if t in ("Sammanfattning", "Beslutsunderlag", "Ärendet") else t for t in text]
        if runon:  # a copy site's page: its number, then the page's text run into one line
            return "1 " + " ".join(t for t in text if t) + "\n"
        return "\n".join(text) + "\n"

    layout.names_only = sign == "dateline"  # the dateline prints the officers' names, no titles
    return layout


# The name of two words each (given name, surname; a hyphened one is one word): what a table's rows run into one line
# can be paired by ("Per-Ove Staberyd Thomas Bjerke Brandchef Handläggare")
TWO_WORD_NAME = re.compile(r"[A-ZÅÄÖ][\wåäöé-]+ [A-ZÅÄÖ][\wåäöé-]+$")


def board_paper(muni, m, n, proposer=None, rows=1, attached="Bilagor", prose_heading="Bakgrund och ärendebeskrivning"):
    """A förbund's paper to its board (Nerikes Brandkår's to its direktion): the kind, "Till <body> för <organisation>",
    "Datum: <date>", the title alone, no case number; every heading run into its paragraph ("Bakgrund och
    ärendebeskrivning Alla kommuner ...", "Förslag till beslut <organisation> föreslår <body> besluta att • anta ...",
    "Bilagor ..."), the organisation itself proposing, a bullet after the lead's "att"; the signers a table's two rows
    run into one line, the names then their titles in the same order. (Where that row cannot be paired, a signer
    without a title or a name not of two words, the signers stand one under the other: whose title is whose, no
    reader can tell.)"""
    x = paper_date(m)
    to = addressee(m)
    # (a name printed surname first stands in the letterhead's officer field, as in the other layouts)
    head_officers = [f"Handläggare: {name}" + (f", {title}" if title else "") for name, title in m["responsible"]
                     if SURNAME_FIRST.match(name)]
    m = {**m, "responsible": [r for r in m["responsible"] if not SURNAME_FIRST.match(r[0])]}
    # (where the paper is put to no body, its organisation's name stands over it, as its letterhead's logo prints it)
    text = ([] if to else [muni]) + ["Tjänsteskrivelse", ""] + ([f"Till {to} för {muni}", ""] if to else []) \
        + [f"Datum: {x.isoformat()}"] + head_officers + [""]
    text += [m["title"], ""]
    text += [f"{prose_heading} Ärendet gäller {lower1(m['title'])}. Förvaltningen har berett ärendet "
             "och lämnar här sitt förslag.", ""]
    text += ["Bakgrunden framgår av de handlingar som bifogas. Förvaltningen har gått igenom frågan och gör "
             "bedömningen att förslaget kan genomföras.", ""]
    if m["proposals"]:
        body, said = m["proposals"][0]
        if body is None or said.startswith(body + " "):
            text += [f"Förslag till beslut {said}", ""]
        else:
            named = body if naming_kept(body) else lower1(body)
            said = "att • " + said[4:] if said.startswith("att ") else said
            text += [f"Förslag till beslut {proposer or muni} föreslår {named} besluta {said}", ""]
    text += [f"{attached} Tjänsteskrivelse daterad {x.isoformat()}", ""]
    text += planning(m, "implicit")
    resp = m["responsible"]
    if len(resp) > 1 and all(t for _, t in resp) and all(TWO_WORD_NAME.match(name) for name, _ in resp):
        names, titles = " ".join(name for name, _ in resp), " ".join(t for _, t in resp)
        text += [names + " " + titles, ""] if rows == 1 else [names, titles, ""]
    else:
        text += signature(m, "lines")
    text += recipients(m, "comma")
    return "\n".join(text) + "\n"


board_paper.prints_no_case = True  # the paper prints no case number: the gold's is no value it states


def board_paper_officer(muni, m, n):
    """board_paper proposed by the officer named by the job ("Förvaltningschefen föreslår ..."), its prose under a
    heading of the office's own ("Nuläge och analys", no heading the reader knows), its attachment under "Bilaga", the
    signers' table as its two rows, the names' over the titles'."""
    return board_paper(muni, m, n, proposer="Förvaltningschefen", rows=2, attached="Bilaga",
                       prose_heading="Nuläge och analys")


board_paper_officer.prints_no_case = True


def generic(body):
    """The kind's word a paper names its addressee by in the lead ("nämnden", "styrelsen", "fullmäktige"), or None."""
    lowered = body.lower()
    return next((kind for kind in ("nämnden", "styrelsen", "fullmäktige") if lowered.endswith(kind)), None)


def addressee_label(muni, m, n):
    """The letterhead labels its addressee "Mottagare: <body>" and the lead names the body by its kind's word only
    ("Förvaltningen föreslår att nämnden beslutar att ..."): the label says which. (A body whose name ends in no kind's
    word is named in the lead.)"""
    text = paper(officer_in_head=True)(muni, m, n).replace("\nTill ", "\nMottagare: ", 1)
    if m["proposals"] and m["proposals"][0][0] and m["planning"] and m["planning"][0][0] == m["proposals"][0][0] \
            and not m["proposals"][0][1].startswith(m["proposals"][0][0] + " "):
        to = m["proposals"][0][0]
        kind = generic(to)
        if kind and len(m["planning"]) == 1:
            text = text.replace(f"{to} föreslås besluta", f"Förvaltningen föreslår att {kind} beslutar", 1)
    return text


LAYOUTS = {
    "classic": paper(),
    "diarienummer": paper(case_form="diarienummer", date_form="long", sign="comma"),
    "label_row": paper(case_form="label_row", recip=("comma", "Expedieras till")),
    "var_beteckning": paper(case_form="var_beteckning", kind="Tjänsteutlåtande", officer_in_head=True),
    "arendenummer": paper(case_form="arendenummer", date_form="den", plan=("long", "Beslutsplanering")),
    "case_alone": paper(case_form="alone", kind="TJÄNSTESKRIVELSE", recip=("bullets", "Beslut sänds till")),
    "title_runon": paper(title_form="runon"),
    "title_runon_long": paper(title_form="runon", date_form="long", case_form="diarienummer"),
    "capitals": paper(caps=True),
    "office_proposal": paper(prop=("lines", "Förvaltningens förslag till beslut", "passive")),
    "office_proposes": paper(prop=("lines", "Förslag till beslut", "office")),
    "lead_heading": paper(prop=("lines", None, "passive")),
    "bullets": paper(prop=("bullets", "Förslag till beslut", "passive"), sign="comma"),
    "sentence": paper(prop=("sentence", "Förslag till beslut", "office")),
    "arrows": paper(plan=("arrows", "Ärendets behandling")),
    "implicit_planning": paper(plan=("implicit", "Beslutsplanering"), officer_in_head=True),
    "runon": paper(runon=True, prop=("sentence", "Förslag till beslut", "passive"), sign="comma"),
    # a board's paper: the office's lead closing the paragraph above its att-clauses, signed under a dateline
    # (the heading stands over a proposal worded as the body's own decision: a closing lead has none over it)
    "closing_lead": paper(prop=("lines", "Förslag till beslut", "closing"), sign="dateline"),
    # the planning told in a sentence after the proposal's section, no heading ("Ärendet ska behandlas av ..."), the
    # signers' names and titles with a slash between
    "planning_sentence": paper(plan=("sentence", "Beslutsplanering"), sign="slash"),
    # the planning as a table under its header row ("Beslutsinstans Sammanträdesdatum")
    "planning_table": paper(plan=("table", "Beslutsplanering")),
    # a förbund's paper to its board: the headings run into their paragraphs, the organisation proposing, the signers'
    # names then their titles in one line (board_paper)
    "board_paper": board_paper,
    "board_paper_officer": board_paper_officer,
    # the letterhead's "Mottagare: <body>", the lead naming it by its kind only (addressee_label)
    "addressee_label": addressee_label,
}


def run(text):
    r, why = parse_text(text, "skrivelse.txt")
    if r is None:
        return None, why
    return r.to_json(), r.kind


def values(m):
    """The values a matter states, per field, as multisets (the gold's shape or the reader's)."""
    if "case" in m:  # the gold's shape
        return {
            "title": Counter([m["title"]] if m["title"] else []),
            "case": Counter([m["case"]] if m["case"] else []),
            **{f: Counter(m[f]) for f in ("proposals", "planning", "responsible", "recipients")},
        }

    def pairs(key, a, b):
        return Counter((norm(x[a]), norm(x[b]) if b != "date" else x[b]) for x in m.get(key) or [])

    return {
        "title": Counter([norm(m["title"])] if m.get("title") else []),
        "case": Counter([norm(m["case_number"])] if m.get("case_number") else []),
        "proposals": pairs("proposals", "to", "text"),
        "planning": pairs("planning", "body", "date"),
        "responsible": pairs("responsible", "name", "title"),
        "recipients": pairs("recipients", "name", "title"),
    }


FIELDS = ("title", "case", "proposals", "planning", "responsible", "recipients")


def score(got, want):
    """(wrong, missed, details) per field of the one matter; a second matter read is wrong in every value."""
    wrong = missed = 0
    det = []
    w = values(want)
    g = values(got[0]) if got else {f: Counter() for f in FIELDS}
    for f in FIELDS:
        extra = list((g[f] - w[f]).elements())
        lost = list((w[f] - g[f]).elements())
        for e in [e for e in extra if isinstance(e, tuple) and e[1] is None]:
            # a person, body or step read without the title or date the gold gives it: that value missed
            same = next((x for x in lost if x[0] == e[0]), None)
            if same is not None:
                extra.remove(e)
                lost.remove(same)
                missed += 1
                det.append((f, "want", same))
        wrong += len(extra)
        missed += max(0, len(lost) - len(extra))
        for e in extra:
            det.append((f, "read", e))
        for e in lost:
            det.append((f, "want", e))
    for more in got[1:]:
        n = sum(sum(c.values()) for c in values(more).values())
        wrong += n
        det.append(("extra matter", more.get("title")))
    return wrong, missed, det


def stems():
    return [p.stem for p in sorted(T.glob("*_tjansteskrivelse_*.json")) if gold(p.stem)[1]]


def main(argv):
    chosen, layouts, verbose = layout_args(argv, stems, LAYOUTS)
    per = defaultdict(lambda: [0, 0, 0, 0, 0])  # texts, exact, texts with a wrong value, wrong, missed
    fields = Counter()
    for stem in chosen:
        muni, matters = gold(stem)
        for k, m in enumerate(matters):
            for name, layout in layouts.items():
                text = layout(muni, m, k)
                got, kind = run(text)
                want = {**m, "responsible": [(name, None) for name, _ in m["responsible"]]} \
                    if getattr(layout, "names_only", False) else m
                if getattr(layout, "prints_no_case", False):
                    want = {**want, "case": None}
                wrong, missed, det = score(got or [], want)
                count(per[name], wrong, missed)
                for x in det:
                    fields[(x[0], x[1] if len(x) > 2 else "read")] += 1
                if verbose and (wrong or missed):
                    print(f"BAD {stem:30} {k} {name:18} kind={kind} wrong={wrong} missed={missed}")
                    for x in det[:8]:
                        print("   ", x)
                    if "-vv" in sys.argv:
                        print(text)
    tot = tally(per, 20)
    print("by field (read: not in the gold; want: gold value not read):",
          ", ".join(f"{f} {k} {v}" for (f, k), v in sorted(fields.items())))
    print(f"== {tot[1]} of {tot[0]} re-set texts read exactly; {tot[2]} with a wrong value")


if __name__ == "__main__":
    main(sys.argv[1:])
