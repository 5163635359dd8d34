"""Made-up plans mixing the forms real plans combine, read back and compared: a fixed-seed generator.

plan_layouts.py re-sets each tuning plan in one layout at a time, every line alike. Real plans mix: a heading of many
forms ("Sammanträdesplan 2024 – Socialnämnden", "Socialnämndens sammanträden 2024"), dates in one form, a time after
each ("kl. 13.00", ", kl 18.30", "09.00"), a remark or mark on some meetings ("inställt", "extrainsatt", "prel.", "*")
set after a space, in brackets, after a dash or a comma, bullets or none, and the bodies under headings, in one
chronological list ("12 mars Kultur- och fritidsnämnden*") or one line each ("Socialnämnden: 23 januari, ...").
Each text's right answer is the meetings it was made from. "exact" reads them all and nothing else; "wrong" counts
texts with a meeting (body, date) they were not made from, the figure that must stay 0 (a year the reader infers from
the weekdays, marked so, where the heading's year belongs to one body only, counts too).

    PYTHONPATH=$PWD .venv/bin/python bench/plan_mixes.py [texts per seed, default 200] [seeds, default 1-5] [-v]
"""

import datetime as dt
import random
import sys
from collections import Counter

from bench.common import MON, WD, count_args, parse_text

ABB = ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"]
WDABB = ["Mån", "Tis", "Ons", "Tors", "Fre"]
BODIES = ["Kommunfullmäktige", "Kommunstyrelsen", "Socialnämnden", "Barn- och utbildningsnämnden",
          "Kommunstyrelsens arbetsutskott", "Tekniska nämnden", "Miljö- och byggnadsnämnden",
          "Kultur- och fritidsnämnden", "Valnämnden", "Överförmyndarnämnden"]
HEADS = ["Sammanträdesplan {y}", "Sammanträdestider {y}", "Sammanträdesdagar {y}", "Mötesplan {y}",
         "Sammanträdesplan för {y}", "Sammanträden {y}", "Sammanträdesplan {y} – {b}", "{bg} sammanträden {y}",
         "Sammanträdesdatum {y}"]
MARKERS = [None] * 8 + ["inställt", "extrainsatt", "*", "prel."]
YEAR = 2024


def meetings(rng: random.Random) -> tuple[list[str], list[tuple[str, dt.date, str | None]]]:
    """One to four bodies, each with two to eight working days of the year, some marked."""
    bodies = rng.sample(BODIES, rng.randint(1, 4))
    made: dict[tuple[str, dt.date], str | None] = {}
    for body in bodies:
        for offset in sorted(rng.sample(range(330), rng.randint(2, 8))):
            day = dt.date(YEAR, 1, 8) + dt.timedelta(days=offset)
            day -= dt.timedelta(days=max(0, day.weekday() - 4))  # a weekend's day moved to its Friday
            made.setdefault((body, day), rng.choice(MARKERS))
    return bodies, [(body, day, mark) for (body, day), mark in made.items()]


def date_text(day: dt.date, form: str) -> str:
    return {"plain": f"{day.day} {MON[day.month - 1]}", "abb": f"{day.day} {ABB[day.month - 1]}",
            "wd": f"{WD[day.weekday()].capitalize()} {day.day} {MON[day.month - 1]}", "slash": f"{day.day}/{day.month}",
            "iso": day.isoformat(), "den": f"den {day.day} {MON[day.month - 1]}",
            "wdabb": f"{WDABB[day.weekday()]} {day.day} {ABB[day.month - 1]}",
            "full": f"{day.day} {MON[day.month - 1]} {day.year}", "dot": f"{day.day}.{day.month}",
            "week": f"v. {day.isocalendar()[1]} {WD[day.weekday()]} {day.day}/{day.month}"}[form]


def mark_text(mark: str | None, style: str) -> str:
    if not mark:
        return ""
    if mark == "*":
        return "*"
    return {"space": f" {mark}", "paren": f" ({mark})", "dash": f" – {mark}", "comma": f", {mark}"}[style]


def genitive(body: str) -> str:
    return body + "s" if body.endswith(("en", "et")) else body


def render(rng: random.Random, bodies: list[str], made: list) -> tuple[str, tuple]:
    form = rng.choice(["plain", "abb", "wd", "slash", "iso", "den", "wdabb", "full", "dot", "week"])
    style = rng.choice(["space", "paren", "dash", "comma"])
    time = rng.choice(["", "", " kl. 13.00", ", kl 18.30", " 09.00", " kl 13-16", " 13.00–16.00",
                       ", kl. 18.00, Sessionssalen"])
    bullet = rng.choice(["", "", "• ", "- "])
    head = rng.choice(HEADS)
    layout = rng.choice(["heading", "chrono", "bodyline"])
    lines = [head.format(y=YEAR, b=bodies[0], bg=genitive(bodies[0])), ""]
    if layout == "heading" or "{b}" in head:
        for body in bodies:
            if len(bodies) > 1 or "{b}" not in head:
                lines += [body, ""]
            lines += [bullet + date_text(day, form) + time + mark_text(mark, style)
                      for b, day, mark in made if b == body] + [""]
    elif layout == "chrono":
        for body, day, mark in sorted(made, key=lambda m: m[1]):
            # a place after the time is its own cell: a comma sets the body apart from it
            lines.append(bullet + date_text(day, form) + time + ("," if "salen" in time else "") + " " + body
                         + mark_text(mark, style))
    else:
        for body in bodies:
            lines.append(f"{body}: " + ", ".join(date_text(day, form) + mark_text(mark, style)
                                                for b, day, mark in made if b == body))
    return "\n".join(lines) + "\n", (form, style, time, bullet, head, layout)


# Round 31's classes, made apart from the texts above (their own generator, so the mixes above stay the same texts):
# a joint body named with its member municipalities after a dash, perhaps with its host ("Värdkommun: Ljungby") under
# it (Älmhult's page); and a body pair's heading over sub-headings that say whose the dates under each are
# ("Sammanträden i både nämnd och utskott", "Endast i utskottet"), which name no body of their own.
JOINT = ["Gemensam överförmyndarnämnd", "Gemensamma nämnden för familjerättsliga frågor",
         "Gemensam nämnd för hjälpmedel", "Gemensamma IT-nämnden", "Gemensam servicenämnd"]
TOWNS = ["Ljungby", "Älmhult", "Markaryd", "Vellinge", "Trosa", "Gnosjö", "Vaggeryd", "Alvesta", "Osby"]
PAIRS = [("Socialnämnden", "Socialnämndens utskott"), ("Tekniska nämnden", "Tekniska nämndens arbetsutskott"),
         ("Barn- och utbildningsnämnden", "Barn- och utbildningsnämndens arbetsutskott")]
BOTH = ["Sammanträden i både nämnd och utskott", "Både nämnd och utskott", "Nämnd och utskott"]
ONLY = ["Sammanträden endast i utskottet", "Endast i utskottet", "Endast utskott"]


def _days(rng: random.Random, count: int) -> list[dt.date]:
    out = set()
    for offset in rng.sample(range(330), count):
        day = dt.date(YEAR, 1, 8) + dt.timedelta(days=offset)
        out.add(day - dt.timedelta(days=max(0, day.weekday() - 4)))
    return sorted(out)


def joint_plan(rng: random.Random) -> tuple[str, set]:
    form = rng.choice(["plain", "abb", "wd", "iso", "dot"])
    lines = [rng.choice([h for h in HEADS if "{b" not in h]).format(y=YEAR), ""]
    want = set()
    named = rng.sample(BODIES[:5], rng.randint(1, 2)) + [
        f"{j}{rng.choice([' - ', ' – '])}{', '.join(rng.sample(TOWNS, rng.randint(2, 3)))}"
        for j in rng.sample(JOINT, rng.randint(1, 2))]
    rng.shuffle(named)
    for body in named:
        lines += [body, ""]
        if (" - " in body or " – " in body) and rng.random() < 0.7:
            lines += [f"Värdkommun: {rng.choice(TOWNS)}", ""]
        for day in _days(rng, rng.randint(2, 6)):
            lines.append(date_text(day, form))
            want.add((body, day.isoformat()))
        lines.append("")
    return "\n".join(lines) + "\n", want


def subheads_plan(rng: random.Random) -> tuple[str, set]:
    form = rng.choice(["plain", "abb", "wd", "iso", "dot"])
    board, committee = rng.choice(PAIRS)
    lines = [f"Sammanträdesplan {YEAR}", ""]
    want = set()
    for body in rng.sample(BODIES[:3], rng.randint(0, 2)):  # other bodies' lists before the pair's
        days = _days(rng, 3)
        lines += [body, ""] + [date_text(day, form) for day in days] + [""]
        want |= {(body, day.isoformat()) for day in days}
    lines += [f"{board} och {committee[0].lower() + committee[1:]}", ""]
    both, only = _days(rng, rng.randint(2, 5)), _days(rng, rng.randint(2, 5))
    lines += [rng.choice(BOTH), ""] + [date_text(day, form) for day in both] + [""]
    lines += [rng.choice(ONLY), ""] + [date_text(day, form) for day in only] + [""]
    want |= {(board, day.isoformat()) for day in both} | {(committee, day.isoformat()) for day in both + only}
    return "\n".join(lines) + "\n", want


# Round 34's class: a body's page holding the year's plan and, below it, the current meeting's agenda under another
# kind's heading (Region Halland's "Sammanträdesdagar 2019" / its dates / "Aktuellt sammanträde" / "Dagordning 27
# februari 2019" / "1. Mötets öppnande" ...). The plan's meetings are what it states; the agenda's rows are none.
SECTIONS = ["Aktuellt sammanträde", "Nästa sammanträde", "Kommande möte", "Senaste sammanträdet", None]
AGENDA_HEADS = ["Dagordning {d}", "Föredragningslista", "Kallelse", "Ärendelista {d}", "Dagordning för {b} {d}",
                "Föredragningslista {b}"]
AGENDA_TITLES = ["Mötets öppnande", "Upprop", "Val av justerare", "Anmälan av motioner", "Information om budgetläget",
                 "Taxa för bygglov", "Försäljning av fastigheten Skolan 4", "Svar på interpellation om skolskjutsar",
                 "Avsägelser och fyllnadsval", "Meddelanden"]


def agenda_plan(rng: random.Random) -> tuple[str, set]:
    form = rng.choice(["plain", "abb", "wd", "iso", "den"])
    bodies = rng.sample(BODIES[:4], rng.randint(1, 3))
    lines = [rng.choice([h for h in HEADS if "{b" not in h]).format(y=YEAR), ""]
    want = set()
    for body in bodies:
        days = _days(rng, rng.randint(3, 8))
        if len(bodies) > 1 or rng.random() < 0.5:
            lines += [body, ""]
        else:
            lines += [f"Under {YEAR} sammanträder {body.lower()} följande datum:", ""]
        lines += [date_text(day, form) for day in days] + [""]
        want |= {(body, day.isoformat()) for day in days}
    section = rng.choice(SECTIONS)
    lines += [section, ""] if section else []
    first = min(day for _, day in want)
    lines += [rng.choice(AGENDA_HEADS).format(d=f"{int(first[8:])} {MON[int(first[5:7]) - 1]} {YEAR}",
                                               b=bodies[0]), ""]
    row = rng.choice(["{n}. {t}", "{n} {t}", "Ärende {n}: {t}", "Punkt {n} {t}"])
    lines += [row.format(n=n, t=t) for n, t in enumerate(rng.sample(AGENDA_TITLES, rng.randint(4, 9)), 1)]
    return "\n".join(lines) + "\n", want


def classes(per_class: int, verbose: bool) -> None:
    """Each class's texts: exact, with a wrong meeting (body, date) it was not made from (must stay 0), missed."""
    for name, make in (("joint", joint_plan), ("subheads", subheads_plan), ("agenda", agenda_plan)):
        rng = random.Random(name)
        result = Counter()
        for _ in range(per_class):
            text, want = make(rng)
            read, why = parse_text(text, "plan.txt")
            if read is None or read.plan is None:
                result["refused"] += 1
                continue
            got = {(m.body, m.date) for m in read.plan.meetings}
            if got - want:
                result["wrong"] += 1
                print("WRONG", name, sorted(got - want)[:3])
                if verbose:
                    print(text)
            elif got != want:
                result["missed"] += 1
            else:
                result["exact"] += 1
        print(f"== class {name}: {result['exact']} of {per_class} read exactly; {result['wrong']} with a meeting they "
              f"were not made from; {result['missed']} missing some; {result['refused']} refused")


def main(argv: list[str]) -> None:
    per_seed, rest, verbose = count_args(argv)
    seeds = [int(s) for s in rest[0].split(",")] if rest else [1, 2, 3, 4, 5]
    result = Counter()
    missed_by = Counter()
    for seed in seeds:
        rng = random.Random(seed)
        for _ in range(per_seed):
            bodies, made = meetings(rng)
            text, how = render(rng, bodies, made)
            want = {(body, day.isoformat()) for body, day, _ in made}
            read, why = parse_text(text, "plan.txt")
            if read is None or read.plan is None:
                result["crash" if why and why.startswith("CRASH") else "refused"] += 1
                if verbose or why and why.startswith("CRASH"):
                    print("NOT READ", how, (why or "")[:160])
                continue
            got = {(m.body, m.date) for m in read.plan.meetings}
            marks_right = all(m.marker == mark for m in read.plan.meetings for b, day, mark in made
                              if (m.body, m.date) == (b, day.isoformat()))
            if got - want:
                result["wrong"] += 1
                print("WRONG", how, sorted(got - want)[:3])
                if verbose:
                    print(text)
            elif got != want or not marks_right:
                result["missed"] += 1
                missed_by.update(how)
                if verbose:
                    print("MISSED", how, sorted(want - got)[:3], "" if marks_right else "(a marker)")
            else:
                result["exact"] += 1
    total = sum(result.values())
    if missed_by:
        print("missed, by form:", ", ".join(f"{k!r} {n}" for k, n in missed_by.most_common(8)))
    print(f"== {result['exact']} of {total} made-up plans read exactly; {result['wrong']} with a meeting they were "
          f"not made from; {result['refused']} refused, {result['crash']} crashed")
    classes(per_seed, verbose)


if __name__ == "__main__":
    main(sys.argv[1:])
