"""The fixed small archive the TUI tests (and their snapshots) run on: the two seed
cases as domain.md describes them, built through archive/'s own write functions."""

from __future__ import annotations

import datetime as dt

from archive import dispatch, meetings
from archive.matters import save_matter
from archive.model import BasisDocument, Matter, PlanningStep, Proposal, Recipient, Responsible
from archive.naming import addressee_kind

MALMO_TITLE = "Revidering av policy för Malmö stads internationella arbete"
LINKOPING_TITLE = "Motion (MP) - Sök vänortssamarbete med en stad i Ukraina, svar"

MALMO_RECIPIENTS = [
    "Arbetsmarknads- och socialnämnden", "Fritidsnämnden", "Funktionsstödsnämnden", "Förskolenämnden",
    "Grundskolenämnden", "Gymnasie- och vuxenutbildningsnämnden", "Hälsa- vård och omsorgsnämnden",
    "Kommunstyrelsen", "Kulturnämnden", "Miljönämnden", "Revisorskollegiet", "Servicenämnden",
    "Stadsbyggnadsnämnden", "Tekniska nämnden", "Valnämnden", "Överförmyndarnämnden",
    "Malmö Stadshus AB", "Parkeringsövervakning i Malmö AB", "MKB Fastighets AB", "MINC i Sverige AB",
    "Malmö Stadsteater AB", "Malmö Live Konserthus AB", "Malmö Leasing AB", "Malmö Kommuns Parkerings AB",
    "Boplats Syd AB", "Stadskontoret, avdelningen för omvärld och näringsliv", "Stadskontorets handläggare",
]


def malmo() -> Matter:
    return Matter(
        title=MALMO_TITLE,
        kind="ärende",
        municipality="Malmö",
        summary="EU-projekt om 12 miljoner kronor eller mer rapporteras till kommunstyrelsen.",
        planning=[
            PlanningStep("Kommunstyrelsens arbetsutskott", "2024-08-05", "bereder"),
            PlanningStep("Kommunstyrelsen", "2024-08-14", "bereder"),
            PlanningStep("Kommunfullmäktige", "2024-08-29", "beslutar", decides=True),
        ],
        proposals=[Proposal("Kommunfullmäktige", "Kommunfullmäktige godkänner den reviderade policyn.")],
        basis=[BasisDocument(f"G-Tjänsteskrivelse KSAU 240805 {MALMO_TITLE}", "2024-08-05")],
        recipients=[Recipient(name, kind=addressee_kind(name, None)) for name in MALMO_RECIPIENTS],
        responsible=[
            Responsible("Micael Nord", "Näringslivsdirektör"),
            Responsible("Magdalena Bondeson", "Sektionschef"),
            Responsible("Andreas Norbrant", "Stadsdirektör"),
        ],
    )


def linkoping() -> Matter:
    return Matter(
        title=LINKOPING_TITLE,
        kind="motion",
        municipality="Linköping",
        raised_on="2022-06",
        raised_precision="month",
        raised_by="Gunnar Gustafsson (MP)",
        planning=[
            PlanningStep("Kommunstyrelsen", None, "bereder"),
            PlanningStep("Kommunfullmäktige", None, "beslutar", decides=True),
        ],
        proposals=[
            Proposal("Kommunstyrelsen", "Kommunledningsförvaltningens förslag tillstyrks."),
            Proposal("Kommunfullmäktige", "Motionen avslås med hänvisning till att [/] staden redan samarbetar."),
        ],
        basis=[BasisDocument("Tjänsteskrivelse", "2022-06-14"), BasisDocument("Bilaga - Motionen")],
        recipients=[Recipient("Kommunstyrelsen"), Recipient("Daniel Stendahl", "EU strateg", kind="person")],
        responsible=[Responsible("Paul Håkansson", None, "Kommunledningsförvaltningen")],
    )


def build(archive) -> dict[str, int]:
    """Both seed cases; returns their ids by municipality."""
    return {"Linköping": save_matter(archive, linkoping()), "Malmö": save_matter(archive, malmo())}


def fill(archive, count: int, *, start: int = 1) -> None:
    """`count` plain matters (for paging tests), numbered in their titles."""
    with archive.write():
        for n in range(start, start + count):
            save_matter(archive, Matter(title=f"Ärende nummer {n:05d}", case_number=f"KS 2024/{n}"))


# The day the TUI tests and snapshots take as today (deadlines, default dispatch dates).
TODAY = dt.date(2024, 8, 20)

# Malmö's 2024 meeting plans, as in `beslut demo` (archive/demo.py): no meetings in July.
MEETING_PLANS = [
    ("Kommunstyrelsens arbetsutskott", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2024-01-08", "09:00"),
    ("Kommunstyrelsen", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "2024-01-17", "13:00"),
    ("Kommunfullmäktige", "FREQ=MONTHLY;BYDAY=-1TH", "2024-01-01", "18:00"),
]
# A nämnd in the directory that the Malmö matter does not yet send to.
EXTRA_NAMND = "Krisledningsnämnden"


def build_plans(archive) -> None:
    """Malmö's meeting plans and the two distribution lists of the demo, through archive/."""
    for body, rule, start, time in MEETING_PLANS:
        meetings.generate(archive, body, rule, start, "2024-12-31", start_time=time, location="Stadshuset",
                          skip_months=(7,), holidays="skip", municipality="Malmö")
    dispatch.save_addressee(archive, EXTRA_NAMND, kind="body")
    for name, kind in (("Alla nämnder", "body"), ("Alla helägda bolag", "company")):
        dispatch.create_list(archive, name)
        for addressee in dispatch.find_addressees(archive, "", limit=1000):
            if addressee.kind == kind and addressee.name != "Kommunstyrelsen":
                dispatch.add_list_member(archive, name, addressee.id)


def build_all(archive) -> dict[str, int]:
    """Both seed cases, Malmö's meeting plans and the distribution lists."""
    ids = build(archive)
    build_plans(archive)
    return ids
