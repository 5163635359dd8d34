"""Helpers and texts shared by the tests of the document reader (tests/test_reading_*.py)."""

from __future__ import annotations

from pathlib import Path

from archive.importing import parse_document
from archive.importing.text import Line


def lines(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, 1)]


def write(tmp_path: Path, text: str, name: str = "dokument.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _outcomes(item) -> list[str]:
    return [step.outcome for step in item.matter.planning if step.outcome]


def _protocol_item(tmp_path, paragraph: str):
    text = ("KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL\n\nSammanträdesdatum 2012-12-03\n\n"
            "Justerandes sign Utdragsbestyrkande\n\n" + paragraph + "\n")
    parsed = parse_document(write(tmp_path, text))
    assert parsed.meeting.body == "Kommunstyrelsen"
    return parsed.items[0].matter


_TROSA_HEAD = ("Kallelsetill sammanträde medkommunstyrelsens2013-02-19Tid: Onsdagen den 27 februari, kl. 18.00"
               "Plats:Barken, Bomans hotell, TrosaÄrenden:DiarienrTill kommunstyrelsen")


_NACKA_HEAD = ("1 1 Utskicksdatum (5) KALLELSE Kommunstyrelsen kallas till sammanträde Dag Måndagen den 11 januari "
               "2016 Tid Kl Plats Nacka stadshus, sammanträdesrummet Orminge Ordförande Mats Gerdau Nämndsekreterare "
               "Liselotte Lexén Föredragningslista Nr Ärende Noteringar 1. Val av justeringsman 2. Anmälningar 3. "
               "Delegationsbeslut, anmälan Förslag till kommunfullmäktige 4. ")
