"""Tuning plans' gold meetings re-set in the layouts other organisations publish, read back and compared.

The tuning plans read at F1 99.4 % while blind plans failed in shapes tuning never showed. This takes each dated
tuning plan's gold meetings (tests/import_corpus/real/tuning/*_sammantradesplan_*.json, the most common year) and
re-sets them as made-up texts: bodies across and months down (pipes, spaces), months across, one line a month, a
heading per body over dates in many forms ("3/2", "3.2", "den 3 februari", "3 feb", "tisdag 3 februari", "kl. 13.00",
week numbers), chronological lists, rows with weekday columns, leads, the year only in a sentence or nowhere, markers
(*, prel., OBS, extra, inställt), a förbund's bodies, and a plan run into one paragraph. The right answer for each text
is the gold's. A text "ok" reads exactly; "fp" counts meetings read that the gold does not have (a wrong value).
Gold quirks the re-set cannot carry (Ekerö's legend codes as markers, Ystad's "*1)", companies as bodies) stay BAD.

    PYTHONPATH=$PWD .venv/bin/python bench/plan_layouts.py [stem,stem ... | all] [layout,layout ...] [-v]
"""

import datetime as dt
import functools
import json
import sys
from collections import Counter, defaultdict

from bench.common import MON, WD, layout_args, parse_text
from bench.common import TUNING as T

ABB = ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"]
WDABB = ["Mån", "Tis", "Ons", "Tors", "Fre", "Lör", "Sön"]  # the weekday cut short, as calendars print it
CODES = {
    "Kommunfullmäktige": "KF",
    "Kommunstyrelsen": "KS",
    "Kommunstyrelsens arbetsutskott": "KSAU",
    "Regionstyrelsen": "RS",
    "Regionstyrelsens arbetsutskott": "RSAU",
    "Direktionen": "Direktionen",
}


def gold(stem):
    g = json.loads((T / f"{stem}.json").read_text(encoding="utf-8"))
    ms = [(m["body"], m["date"], m.get("marker")) for m in g["meetings"] if not m["date"].startswith("?")]
    y = Counter(m[1][:4] for m in ms).most_common(1)[0][0]
    return [m for m in ms if m[1][:4] == y]


def d(s):
    return dt.date.fromisoformat(s)


def bodies(ms):
    out = []
    for b, _, _ in ms:
        if b not in out:
            out.append(b)
    return out


def year(ms):
    return d(ms[0][1]).year


# ---- layouts: each takes meetings, returns text (with heading stating the year unless noted)
def by_month(ms):
    g = defaultdict(lambda: defaultdict(list))
    for b, s, mk in ms:
        g[d(s).month][b].append((d(s), mk))
    return g


def mk(m):
    return "" if not m else (m if m.startswith("*") else " " + m)


def L_pipe_months_down(ms, y=True):
    bs = bodies(ms)
    g = by_month(ms)
    t = [
        f"Sammanträdesplan {year(ms)}" if y else "Sammanträdesplan",
        "",
        "Månad | " + " | ".join(bs) + " |",
        "---|" * (len(bs) + 1),
    ]
    for m in range(1, 13):
        if m in g:
            t.append(
                MON[m - 1].capitalize()
                + " | "
                + " | ".join(", ".join(f"{x.day}{mk(k)}" for x, k in g[m][b]) for b in bs)
                + " |"
            )
    return "\n".join(t) + "\n"


def L_spaced_months_down(ms, codes=True, label="Månad "):
    bs = bodies(ms)
    g = by_month(ms)
    hdr = [CODES.get(b, b) if codes else b for b in bs]
    t = [f"Sammanträdesplan {year(ms)}", ""]
    if codes:
        t += [f"{CODES.get(b, b)} = {b}" for b in bs if CODES.get(b, b) != b] + [""]
    t.append(label + " ".join(hdr))
    for m in range(1, 13):
        if m in g:
            t.append(
                MON[m - 1].capitalize()
                + " "
                + " ".join((", ".join(f"{x.day}{mk(k)}" for x, k in g[m][b]) or "-") for b in bs)
            )
    return "\n".join(t) + "\n"


def L_month_line(ms):
    bs = bodies(ms)
    g = by_month(ms)
    t = [f"Sammanträdestider {year(ms)}", ""] + [f"{CODES.get(b, b)} = {b}" for b in bs if CODES.get(b, b) != b] + [""]
    for m in range(1, 13):
        if m in g:
            t.append(
                MON[m - 1].capitalize()
                + ": "
                + ", ".join(
                    f"{CODES.get(b, b)} " + " och ".join(f"{x.day}{mk(k)}" for x, k in g[m][b]) for b in bs if g[m][b]
                )
            )
    return "\n".join(t) + "\n"


def fmt(x, form, k=None):
    s = {
        "slash": f"{x.day}/{x.month}",
        "dot": f"{x.day}.{x.month}",
        "den": f"den {x.day} {MON[x.month - 1]}",
        "abb": f"{x.day} {ABB[x.month - 1]}",
        "wd": f"{WD[x.weekday()]} {x.day} {MON[x.month - 1]}",
        "wdcap": f"{WD[x.weekday()].capitalize()} {x.day} {MON[x.month - 1]}",
        "kl": f"{x.day} {MON[x.month - 1]} kl. 13.00",
        "week": f"v. {x.isocalendar()[1]} {WD[x.weekday()]} {x.day} {MON[x.month - 1]}",
        "vecka": f"Vecka {x.isocalendar()[1]}: {x.day}/{x.month}",
        "wdslash": f"{WD[x.weekday()].capitalize()} {x.day}/{x.month}",
        "plain": f"{x.day} {MON[x.month - 1]}",
        "wdabb": f"{WDABB[x.weekday()]} {x.day} {ABB[x.month - 1]}",
        "wdabbslash": f"{WDABB[x.weekday()].lower()}. {x.day}/{x.month}",
    }[form]
    return s + (f" {k}" if k and not k.startswith("*") else (k or ""))


def L_body_heading(ms, form, head=None):
    bs = bodies(ms)
    t = [head or f"Sammanträdesplan {year(ms)}", ""]
    for b in bs:
        t += [b, ""] + [fmt(d(s), form, k) for bb, s, k in ms if bb == b] + [""]
    return "\n".join(t)


def L_runon(ms, form="plain"):
    bs = bodies(ms)
    parts = [f"Sammanträdesplan {year(ms)}"]
    for b in bs:
        parts += [b] + [fmt(d(s), form, k) for bb, s, k in ms if bb == b]
    return " ".join(parts) + "\n"


def L_chrono(ms, form="wdcap"):
    t = [f"Sammanträdesplan {year(ms)}", ""]
    for b, s, k in sorted(ms, key=lambda m: m[1]):
        t.append(f"{fmt(d(s), form)} {b}{mk(k)}")
    return "\n".join(t) + "\n"


def L_chrono_kl(ms):
    t = [f"Sammanträdesplan {year(ms)}", ""]
    for b, s, k in sorted(ms, key=lambda m: m[1]):
        x = d(s)
        t.append(f"{WD[x.weekday()].capitalize()} {x.day} {MON[x.month - 1]} kl. 13.00 {b}{(' ' + k) if k else ''}")
    return "\n".join(t) + "\n"


def L_weekday_cols(ms):
    t = [f"Sammanträdesplan {year(ms)}", "", "Organ | Dag | Datum | Tid |", "---|---|---|---|"]
    for b, s, k in ms:
        x = d(s)
        t.append(f"{b} | {WD[x.weekday()].capitalize()} | {x.day} {MON[x.month - 1]}{(' ' + k) if k else ''} | 13.00 |")
    return "\n".join(t) + "\n"


def L_date_first_cols(ms):
    """A table's rows with the date first, then its weekday, time and body ("| 27 jan | Måndag | 13.00 | KF |")."""
    t = [f"Sammanträdesplan {year(ms)}", "", "| Datum | Dag | Tid | Organ |", "|---|---|---|---|"]
    for b, s, k in sorted(ms, key=lambda m: m[1]):
        x = d(s)
        t.append(f"| {x.day} {ABB[x.month - 1]}{mk(k)} | {WD[x.weekday()].capitalize()} | 13.00 | {b} |")
    return "\n".join(t) + "\n"


def L_week_cols(ms):
    t = [f"Sammanträdesplan {year(ms)}", "", "Vecka | Datum | Organ |", "---|---|---|"]
    for b, s, k in sorted(ms, key=lambda m: m[1]):
        x = d(s)
        t.append(f"v. {x.isocalendar()[1]} | {x.day}/{x.month}{(' ' + k) if k else ''} | {b} |")
    return "\n".join(t) + "\n"


def L_body_line(ms, form="plain"):
    t = [f"Sammanträdesplan {year(ms)}", ""]
    for b in bodies(ms):
        t.append(f"{b}: " + ", ".join(fmt(d(s), form, k) for bb, s, k in ms if bb == b))
    return "\n".join(t) + "\n"


def L_sentence_year(ms, form="plain"):
    return L_body_heading(ms, form, head=f"Sammanträdesplan\n\nFöljande tider gäller för år {year(ms)}.")


LAYOUTS = {
    "pipe_months_down": L_pipe_months_down,
    "spaced_months_down_codes": L_spaced_months_down,
    "spaced_months_down_names": lambda ms: L_spaced_months_down(ms, codes=False),
    # the months' column's head left empty, as most tables set it
    "spaced_months_down_nolabel": lambda ms: L_spaced_months_down(ms, label="        "),
    "month_line": L_month_line,
    **{
        f"heading_{f}": functools.partial(L_body_heading, form=f)
        for f in ["slash", "dot", "den", "abb", "wd", "wdcap", "kl", "week", "vecka", "wdslash", "wdabb", "wdabbslash"]
    },
    "heading_for_year": lambda ms: L_body_heading(ms, "plain", head=f"Sammanträdesplan för {year(ms)}"),
    "sentence_year": L_sentence_year,
    "sentence_year_slash": lambda ms: L_sentence_year(ms, "slash"),
    "runon_plain": L_runon,
    "runon_abb": lambda ms: L_runon(ms, "abb"),
    "runon_wd": lambda ms: L_runon(ms, "wd"),
    "runon_slash": lambda ms: L_runon(ms, "slash"),
    "chrono_wd": L_chrono,
    "chrono_slash": lambda ms: L_chrono(ms, "wdslash"),
    "chrono_wdabb": lambda ms: L_chrono(ms, "wdabb"),
    "chrono_kl": L_chrono_kl,
    "weekday_cols": L_weekday_cols,
    "week_cols": L_week_cols,
    "date_first_cols": L_date_first_cols,
    "body_line": L_body_line,
    "body_line_slash": lambda ms: L_body_line(ms, "slash"),
    "body_line_abb": lambda ms: L_body_line(ms, "abb"),
}


def run(text, ms, yr=None):
    r, why = parse_text(text, "plan.txt", year=yr)
    if r is None:
        return None, why
    if r.plan is None:
        return None, f"kind={r.kind}"
    got = [(m.body, m.date, m.marker) for m in r.plan.meetings]
    return got, r.plan.warnings


def score(got, ms):
    gs = set((b, s) for b, s, _ in ms)
    ps = set((b, s) for b, s, _ in got)
    tp = len(gs & ps)
    return tp, len(ps - gs), len(gs - ps)


# ---- more layouts
def strip_year(text, y):
    return text.replace(f" {y}", "").replace(f"{y}", "")


def L_noyear_heading_wd(ms):
    return strip_year(L_body_heading(ms, "wdcap"), year(ms))


def L_noyear_plain(ms):
    return strip_year(L_body_heading(ms, "plain"), year(ms))


def L_forbund(ms):
    ren = {}
    names = ["Förbundsstyrelsen", "Förbundsfullmäktige", "Förbundsstyrelsens arbetsutskott", "Direktionen"]
    for i, b in enumerate(bodies(ms)):
        ren[b] = names[i % len(names)]
    return L_body_heading([(ren[b], s, k) for b, s, k in ms], "plain")


def L_reserve(ms):
    # every third meeting a reserve date marked *, with the footnote
    t = L_body_heading([(b, s, (k or ("*" if i % 3 == 2 else None))) for i, (b, s, k) in enumerate(ms)], "plain")
    return t + "\n* = reservdatum\n"


def L_prel(ms):
    return L_body_heading(
        [(b, s, (k or ("(prel.)" if i % 3 == 2 else None))) for i, (b, s, k) in enumerate(ms)], "plain"
    )


def L_obs(ms):
    return L_body_heading(
        [(b, s, (k or ("OBS! Onsdag" if i % 4 == 1 else None))) for i, (b, s, k) in enumerate(ms)], "plain"
    )


# Meetings called off or added, marked beside their dates in the forms plans print (the marker the cancellation's word
# in lower case, an added meeting's words as written; forms where the golds disagree, "mötet är inställt" and a legend's
# "*", are left out).
_CANCELLED_FORMS = [(" – inställt", "inställt"), (" (Inställt)", "inställt"), (", inställd", "inställd"),
                    (" (utgår)", "utgår")]
_EXTRA_FORMS = [(" (extra)", "extra"), (" – extra sammanträde", "extra sammanträde"), (" (extramöte)", "extramöte"),
                (" (extrainsatt)", "extrainsatt"), (", extrasammanträde", "extrasammanträde")]


def _remarked(ms, forms, every=3):
    """Every `every`th meeting given one of `forms` (printed remark, marker read), the gold's own markers left out."""
    return [(b, s, forms[i // every % len(forms)] if i % every == 1 else None) for i, (b, s, _) in enumerate(ms)]


def L_remarked(ms, forms):
    t = [f"Sammanträdesplan {year(ms)}", ""]
    for b in bodies(ms):
        t += [b, ""] + [fmt(d(s), "plain") + (k[0] if isinstance(k, tuple) else "") for bb, s, k in _remarked(ms, forms)
                        if bb == b] + [""]
    return "\n".join(t)


LAYOUTS.update(
    {
        "cancelled": functools.partial(L_remarked, forms=_CANCELLED_FORMS),
        "extra": functools.partial(L_remarked, forms=_EXTRA_FORMS),
        "noyear_wd": L_noyear_heading_wd,
        "noyear_plain": L_noyear_plain,
        "forbund": L_forbund,
        "reserve": L_reserve,
        "prel": L_prel,
        "obs": L_obs,
    }
)


def L_months_across(ms, sep=" | ", codes=False):
    bs = bodies(ms)
    g = by_month(ms)
    months = [m for m in range(1, 13) if m in g]
    t = [f"Sammanträdesplan {year(ms)}", ""]
    if codes:
        t += [f"{CODES.get(b, b)} = {b}" for b in bs if CODES.get(b, b) != b] + [""]
    t.append("Organ" + sep + sep.join(ABB[m - 1].capitalize() for m in months) + (" |" if "|" in sep else ""))
    for b in bs:
        cells = [(", ".join(f"{x.day}{mk(k)}" for x, k in g[m][b]) or "-") for m in months]
        t.append((CODES.get(b, b) if codes else b) + sep + sep.join(cells) + (" |" if "|" in sep else ""))
    return "\n".join(t) + "\n"


def L_full_dates(ms):
    t = ["Sammanträdesplan", ""]
    for b in bodies(ms):
        t += [b, ""] + [f"{d(s).day} {MON[d(s).month - 1]} {d(s).year}{mk(k)}" for bb, s, k in ms if bb == b] + [""]
    return "\n".join(t)


def L_iso(ms):
    t = ["Sammanträdesdatum", ""]
    for b, s, k in sorted(ms, key=lambda m: m[1]):
        t.append(f"{s} {b}{mk(k)}")
    return "\n".join(t) + "\n"


def L_lead(ms):
    t = ["Sammanträdestider", ""]
    for b in bodies(ms):
        t += (
            [f"{b} sammanträder följande datum {year(ms)}:"]
            + [f"{d(s).day} {MON[d(s).month - 1]}{mk(k)}" for bb, s, k in ms if bb == b]
            + [""]
        )
    return "\n".join(t)


def L_month_heading_codes(ms):
    bs = bodies(ms)
    t = [f"Sammanträdesplan {year(ms)}", ""] + [f"{CODES.get(b, b)} = {b}" for b in bs if CODES.get(b, b) != b] + [""]
    g = by_month(ms)
    for m in range(1, 13):
        if m not in g:
            continue
        t += [MON[m - 1].capitalize()]
        for b, s, k in sorted([x for x in ms if d(x[1]).month == m], key=lambda x: x[1]):
            t.append(f"{d(s).day} {CODES.get(b, b)}{mk(k)}")
        t += [""]
    return "\n".join(t)


LAYOUTS.update(
    {
        "months_across_pipe": L_months_across,
        "months_across_spaced_codes": lambda ms: L_months_across(ms, "   ", True),
        "months_across_spaced1": lambda ms: L_months_across(ms, " ", True),
        "full_dates": L_full_dates,
        "iso": L_iso,
        "lead": L_lead,
        "month_heading_codes": L_month_heading_codes,
    }
)


def L_runon_lead(ms):
    parts = ["Sammanträdestider"]
    for b in bodies(ms):
        parts.append(
            f"{b} sammanträder följande datum {year(ms)}: "
            + ", ".join(f"{d(x).day} {MON[d(x).month - 1]}{mk(k)}" for bb, x, k in ms if bb == b)
            + "."
        )
    return " ".join(parts) + "\n"


def L_runon_sentence(ms):
    parts = [f"Sammanträdesplan Följande tider gäller för år {year(ms)}."]
    for b in bodies(ms):
        parts += [b] + [f"{d(x).day} {MON[d(x).month - 1]}{mk(k)}" for bb, x, k in ms if bb == b]
    return " ".join(parts) + "\n"


def L_heading_bullets(ms):
    t = [f"Sammanträdesplan {year(ms)}", ""]
    for b in bodies(ms):
        t += [b] + [f"• {d(x).day} {MON[d(x).month - 1]}{mk(k)}" for bb, x, k in ms if bb == b] + [""]
    return "\n".join(t)


LAYOUTS.update({"runon_lead": L_runon_lead, "runon_sentence": L_runon_sentence, "heading_bullets": L_heading_bullets})


def L_columns_spaced(ms, per_table=3):
    """Bodies across, three to a table, their names on one line and each one's dates in its column under it, set in
    place with spaces (a PDF's table extracted with its layout); a shorter column leaves its cells empty."""
    bs = bodies(ms)
    t = [f"Sammanträdesplan {year(ms)}", ""]
    for first in range(0, len(bs), per_table):
        group = bs[first:first + per_table]
        cols = [[fmt(d(s), "plain", k) for bb, s, k in ms if bb == b] for b in group]
        width = max(len(x) for x in group + [c for col in cols for c in col]) + 4
        t.append("".join(b.ljust(width) for b in group).rstrip())
        for i in range(max(len(col) for col in cols)):
            t.append("".join((col[i] if i < len(col) else "").ljust(width) for col in cols).rstrip())
        t.append("")
    return "\n".join(t)


LAYOUTS.update({"columns_spaced": L_columns_spaced})


# ---- round 31's classes: a month then its days in a two-column table, under a lead paragraph whose last sentence
# states the year (Tranemo); a body's dates in season lines under a lead that states the year (Region Sörmland)
def L_month_day(ms):
    t = ["Offentliga möten", ""]
    g = by_month(ms)
    for b in bodies(ms):
        t += [b, "", f"{b} sammanträder vid flera tillfällen per år. Normalt startar sammanträdena kl 18.00 och hålls "
              f"i sessionssalen. Undantag kan förekomma. Under {year(ms)} gäller följande sammanträdestider:", "",
              "Månad Datum"]
        months = sorted({d(s).month for _, s, _ in ms})
        for m in range(months[0], months[-1] + 1):
            days = ", ".join(f"{x.day}{mk(k)}" for x, k in g[m][b]) if m in g else ""
            t.append(f"{MON[m - 1].capitalize()} {days}".rstrip())
        t.append("")
    return "\n".join(t)


def L_season(ms):
    t = ["Sammanträden", ""]
    for b in bodies(ms):
        own = [(d(s), k) for bb, s, k in ms if bb == b]
        t.append(f"{b} sammanträder följande dagar under {year(ms)}:")
        for label, half in (("Vår", [x for x in own if x[0].month <= 6]), ("Höst", [x for x in own if x[0].month > 6])):
            said = [f"{x.day} {MON[x.month - 1]}{mk(k)}" for x, k in half]
            if said:
                t.append(f"{label}: " + (", ".join(said[:-1]) + " och " + said[-1] if len(said) > 1 else said[0]))
        t.append("")
    return "\n".join(t)


LAYOUTS.update({"month_day": L_month_day, "season": L_season})


# ---- round 33's class: a body's web page that gives the year's meetings in one running sentence under its heading of
# meeting dates (Enköping's tillgänglighetsråd), in the forms such pages write it: the year first and the subject after
# the verb, a place and a reservation between subject and dates; the subject first and the year after the last date; a
# time after the dates. One page section a body; the sentence carries no marker.
def _said(xs):
    said = [f"{x.day} {MON[x.month - 1]}" for x in xs]
    return ", ".join(said[:-1]) + " och " + said[-1] if len(said) > 1 else said[0]


def L_sentence_dates(ms, form="when_first"):
    t = []
    for b in bodies(ms):
        xs = [d(s) for bb, s, _ in ms if bb == b]
        sentence = {
            "when_first": f"Under {year(ms)} sammanträder {b.lower()} i stadshusets sal Tingsrätten, om inget annat "
                          f"meddelas, den {_said(xs)}.",
            "subject_first": f"{b} sammanträder i kommunhuset den {_said(xs)} {year(ms)}.",
            "year_last": f"{b} sammanträder den {_said(xs)} {year(ms)}.",
            # each date with its weekday ("måndagen den 12 februari"), or day and month in numbers ("den 12/2")
            "weekdays": f"Under {year(ms)} sammanträder {b.lower()} " + ", ".join(
                f"{WD[x.weekday()]}en den {x.day} {MON[x.month - 1]}" for x in xs) + ".",
            "slash": f"{b} sammanträder {year(ms)} i sessionssalen den " + ", ".join(f"{x.day}/{x.month}" for x in xs)
                     + ".",
            "time_after": f"Under {year(ms)} träffas {b.lower()} den {_said(xs)} klockan 18.30.",
            # the sentence inside a paragraph, between sentences of what the body does and where it meets
            "in_paragraph": f"{b} har sina möten i kommunhuset. Under {year(ms)} sammanträder {b.lower()} den "
                            f"{_said(xs)}. Sammanträdena är öppna för allmänheten.",
        }[form]
        t += [b, "", f"Här finns information om {b.lower()}s arbete och ledamöter.", "", "Sammanträdesdatum", "",
              sentence, "", "Kontakta oss", ""]
    return "\n".join(t)


LAYOUTS.update({f"sentence_dates_{f}": functools.partial(L_sentence_dates, form=f)
                for f in ("when_first", "subject_first", "year_last", "time_after", "in_paragraph", "weekdays",
                          "slash")})


# A body's page holding the year's plan and, below it, the current meeting's agenda under another kind's heading (Region
# Halland's "Sammanträdesdagar 2019" / dates / "Aktuellt sammanträde" / "Dagordning 27 februari 2019" / "1. Mötets
# öppnande" ...): the plan's meetings are what the page states as a plan; the agenda's rows are no meetings.
_AGENDA_ROWS = ["Mötets öppnande", "Val av justerare", "Anmälan av motioner", "Information om budgetläget",
                "Taxa för bygglov", "Svar på interpellation om skolskjutsar", "Valärenden"]


def L_agenda_after(ms, form="dagordning"):
    first = d(ms[0][1])
    day = f"{first.day} {MON[first.month - 1]} {first.year}"
    plan = {
        "dagordning": L_body_heading(ms, "plain", head=f"Sammanträdesdagar {year(ms)}"),
        "kallelse": L_body_heading(ms, "den", head=f"Sammanträdestider {year(ms)}"),
        "foredragningslista": L_body_heading(ms, "wdcap", head=f"Mötesplan {year(ms)}"),
    }[form]
    section, heading, row = {
        "dagordning": ("Aktuellt sammanträde", f"Dagordning {day}", "{n}. {title}"),
        "kallelse": ("Nästa möte", "Kallelse", "{n} {title}"),
        "foredragningslista": ("Kommande sammanträde", f"Föredragningslista {day}", "Ärende {n}: {title}"),
    }[form]
    rows = [row.format(n=n, title=title) for n, title in enumerate(_AGENDA_ROWS, 1)]
    return "\n".join(["Direkt till innehållet", "", plan, section, "", heading, "", *rows, "", "Senast ändrad:"]) + "\n"


LAYOUTS.update({f"agenda_after_{f}": functools.partial(L_agenda_after, form=f)
                for f in ("dagordning", "kallelse", "foredragningslista")})


def _dated_stems() -> list[str]:
    """The tuning plans whose gold states a year for some meeting."""
    stems = []
    for path in sorted(T.glob("*_sammantradesplan_*.json")):
        meetings = json.loads(path.read_text(encoding="utf-8"))["meetings"]
        if any(not m["date"].startswith("?") for m in meetings):
            stems.append(path.stem)
    return stems


def _expected(name: str, ms):
    """The gold as the layout re-sets it: a förbund's bodies renamed, the markers the layout adds."""
    if name in ("cancelled", "extra"):
        forms = _CANCELLED_FORMS if name == "cancelled" else _EXTRA_FORMS
        return [(b, s, k[1] if isinstance(k, tuple) else k) for b, s, k in _remarked(ms, forms)]
    if name.startswith("sentence_dates"):
        return [(b, s, None) for b, s, _ in ms]  # a sentence's dates carry no marker
    if name == "forbund":
        names = ["Förbundsstyrelsen", "Förbundsfullmäktige", "Förbundsstyrelsens arbetsutskott", "Direktionen"]
        ren = {b: names[i % len(names)] for i, b in enumerate(bodies(ms))}
        return [(ren[b], s, k) for b, s, k in ms]
    added = {"reserve": ("*", 3, 2), "prel": ("prel.", 3, 2), "obs": ("OBS! Onsdag", 4, 1)}.get(name)
    if added:
        mark, every, at = added
        return [(b, s, (k or (mark if i % every == at else None))) for i, (b, s, k) in enumerate(ms)]
    return ms


def main(argv: list[str]) -> None:
    stems, layouts, verbose = layout_args(argv, _dated_stems, LAYOUTS)
    exact = wrong = total = 0
    for stem in stems:
        for name, layout in layouts.items():
            ms = gold(stem)
            text = layout(ms)
            ms = _expected(name, ms)
            total += 1
            got, w = run(text, ms)
            if got is None:
                print(f"REFUSED {stem:28} {name:28} {w[:150]}")
                if verbose:
                    print(text)
                continue
            tp, fp, fn = score(got, ms)
            mkbad = [(g, m) for g in got for m in ms if g[:2] == m[:2] and g[2] != m[2]]
            ok = fp == 0 and fn == 0 and not mkbad
            exact += ok
            wrong += fp > 0
            print(f"{'ok' if ok else 'BAD':7} {stem:28} {name:28} tp={tp} fp={fp} fn={fn} mk={len(mkbad)}")
            if not ok and verbose:
                print(text[:1500])
                print("  fp:", sorted({g[:2] for g in got} - {m[:2] for m in ms})[:8])
                print("  fn:", sorted({m[:2] for m in ms} - {g[:2] for g in got})[:8])
                print("  mk:", mkbad[:5])
                print("  w:", w[:5])
    print(f"== {exact} of {total} re-set texts read exactly; {wrong} with a meeting the gold does not have")


if __name__ == "__main__":
    main(sys.argv[1:])
