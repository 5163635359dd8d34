"""Made-up web pages about a body's meeting, read back: a news page retelling the meeting held is refused, a
municipality's notice of its coming meeting imported (the corpus README's convention), whatever words they use.

The tuning half's not-municipal pages that retell a meeting say so in their own words ("Här är en del ärenden som
togs upp", "ett urval av de politiska besluten", "Idag hade vi ett extra inkallad kommunstyrelsemöte"), and each
round brought new wordings. This sets the two classes in made-up, varied forms (headline, dateline, an opening of one
of several wordings, a bulleted list of matters, for a retelling one of the marks that let the real ones slip through,
site text) that no tuning page prints as such, from a fixed seed:
"retold" pages must be refused as no municipal document, "coming" pages (web notices and previews, read as kallelser
by the convention) must be imported. "wrong" counts coming pages refused and retold pages imported.

    PYTHONPATH=$PWD .venv/bin/python bench/kind_pages.py [texts per class, default 200] [-v]
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from bench.common import MON, count_args, parse_text

BODIES = [("kommunstyrelsen", "kommunstyrelsens"), ("kommunfullmäktige", "kommunfullmäktiges"),
          ("regionstyrelsen", "regionstyrelsens"), ("socialnämnden", "socialnämndens"),
          ("barn- och utbildningsnämnden", "barn- och utbildningsnämndens"), ("tekniska nämnden", "tekniska nämndens"),
          ("direktionen", "direktionens")]
MATTERS = ["Ny taxa för bygglov", "Budget för nästa år", "Försäljning av fastigheten Skolan 4",
           "Svar på motion om gatubelysning", "Riktlinjer för färdtjänst", "Plan för vattenvården",
           "Val av ny ordförande", "Avgifter inom äldreomsorgen"]
DATELINES = ["Publicerad {d} 2024", "Nyhet – {d} 2024", "Publicerat: {d} 2024", "", ""]
SITE = ["Dela sidan", "Kontakta oss", "Senast uppdaterad: 2024-03-14", "Hjälpte informationen på sidan dig?"]
# What makes a retelling page look like a record's or a notice's, as the real ones that slipped through did: the
# meeting's papers named under a heading of the body and its day (Region Dalarna's), the body's meetings as a link's
# heading (Uddevalla's "Kommunfullmäktige sammanträder"), one § quoted with its case number (Liberalerna Uppsala's).
LOOKS_MUNICIPAL = ["Handlingar och protokoll", "{B} sammanträder", "§ 12 {m} KS-2024-0141", "Se kallelsen »", ""]

# What a page retelling the meeting held says in its opening (the body: {b}, its genitive {g}, a day {d}).
RETOLD = [
    "Här är några av de ärenden som behandlades på {g} sammanträde.",
    "Nedan kan du läsa om de beslut som fattades när {b} sammanträdde den {d}.",
    "{B} sammanträdde i går. Här är ett urval av besluten:",
    "Notiser från {g} möte med ett urval av besluten.",
    "Här är en del ärenden som togs upp:",
    "Läs en kort sammanfattning av {g} beslut.",
    "I dag hade {b} sitt sista möte före sommaren.",
    "Regionens politiker har sammanträtt i dag. Bland annat beslutade {b} om en ny taxa.",
    "Här följer ett sammandrag av besluten från {g} sammanträde den {d}.",
    "Vilka ärenden avgjordes? Här är de ärenden som avgjordes på mötet:",
]
# What a municipality's notice of its coming meeting says (a kallelse by the corpus README's convention).
COMING = [
    "På måndag sammanträder {b}. Här är några av de ärenden som tas upp:",
    "{B} sammanträder den {d} kl. 18.00 i kommunhuset. Följande ärenden ska behandlas:",
    "Välkommen till {g} sammanträde den {d}. Här är ett urval av de ärenden som ska behandlas:",
    "{B} sammanträder den {d}. Här är ett urval av de beslut som {b} föreslås fatta:",
    "Den {d} kl. 18.00 hålls {g} sammanträde i Folkets hus. Sammanträdet är öppet för allmänheten.",
]


def page(rng: random.Random, openings: list[str], extras: list[str]) -> str:
    body, genitive = rng.choice(BODIES)
    month = rng.randrange(12)
    day = f"{rng.randint(1, 28)} {MON[month]}"
    opening = rng.choice(openings).format(b=body, B=body[:1].upper() + body[1:], g=genitive, d=day)
    headline = rng.choice([f"{genitive[:1].upper() + genitive[1:]} möte {day}", f"Kort om {genitive} möte",
                           f"{body[:1].upper() + body[1:]} {day}", "Aktuellt från politiken"])
    lines = [headline, "", rng.choice(DATELINES).format(d=day), "", opening, ""]
    bullet = rng.choice(["• ", "- ", ""])
    lines += [bullet + matter for matter in rng.sample(MATTERS, rng.randint(3, 6))]
    lines += ["", rng.choice(extras).format(B=body[:1].upper() + body[1:], m=rng.choice(MATTERS))]
    lines += ["", *rng.sample(SITE, 2)]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    per_class, _, verbose = count_args(argv)
    for name, openings, extras, refuse in (("retold", RETOLD, LOOKS_MUNICIPAL, True), ("coming", COMING, [""], False)):
        rng = random.Random(name)
        result = Counter()
        for _ in range(per_class):
            text = page(rng, openings, extras)
            read, why = parse_text(text, "sida.txt")
            refused = read is None and bool(why) and "ingen kommunal handling" in why
            if refused == refuse:
                result["right"] += 1
                continue
            result["wrong"] += 1
            if verbose:
                print("WRONG", name, read.kind if read else (why or "")[:120])
                print(text)
        print(f"== {name}: {result['right']} of {per_class} right ({'refused' if refuse else 'imported'}); "
              f"{result['wrong']} wrong")


if __name__ == "__main__":
    main(sys.argv[1:])
