"""The fixed small archive the TUI tests (and their snapshots) run on: the two seed
cases as domain.md describes them, built through archive/'s own write functions."""

from __future__ import annotations

from archive.matters import save_matter
from archive.model import BasisDocument, Matter, PlanningStep, Proposal, Recipient, Responsible

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
        recipients=[Recipient(name) for name in MALMO_RECIPIENTS],
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
