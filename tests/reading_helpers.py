"""Helpers and texts shared by the tests of the document reader (tests/test_reading_*.py)."""

from __future__ import annotations

from pathlib import Path

from archive.importing import parse_document
from archive.importing.text import Line

TUNING = Path(__file__).parent / "import_corpus" / "real" / "tuning"


def tuning_text(stem: str) -> str:
    """A tuning document's text (tests/import_corpus/real/tuning/STEM.txt)."""
    return (TUNING / f"{stem}.txt").read_text(encoding="utf-8")


def lines(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, 1)]


def write(tmp_path: Path, text: str, name: str = "dokument.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def titles_read(tmp_path: Path, text: str, name: str = "dokument.txt") -> list[str]:
    """The titles of the matters parse_document reads from `text` written to tmp_path/name."""
    return [matter.title for matter in parse_document(write(tmp_path, text, name)).matters]


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


# skelleftea_protokoll_3 as a copy site gives it: the site's title with the first page's date, the signed front page,
# then page 2 with the meeting's one matter run on after its margin path ("KS 1 AU 841 Dnr ...").
_SKELLEFTEA_HEAD = "SKELLEFTEÅ KOMMUN PROTOKOLL 1 (54) Kommunstyrelsen"
_SKELLEFTEA_PAGES = (
    f'{_SKELLEFTEA_HEAD}\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "{_SKELLEFTEA_HEAD} 2009-01-08"\n\n'
    "Transkript\n\n1 SKELLEFTEÅ KOMMUN PROTOKOLL 1 (54) Plats och tid Kommunstyrelsens sammanträdesrum kl Beslutande "
    "Bert Öhlund, (s) ordförande Utses justera Lars Åhman Paragrafer 1-34 Underskrifter.. /Bert Öhlund, "
    "ordförande/ BEVIS OM ANSLAG Justering av kommunstyrelsens protokoll har tillkännagivits på kommunens "
    "anslagstavla Sammanträdesdatum Anslaget har ss upp Förvaringsplats för protokollet "
    "Kommunledningskontoret/sekretariatet Underskrift.\n\n"
    "2 SKELLEFTEÅ KOMMUN PROTOKOLL 2 KS 1 AU 841 Dnr Avtal om pensionskostnadsfördelning med anledning av "
    "övertagen verksamhet inom särskolan m m Förslag till avtal med Västerbottens läns landsting har "
    "upprättats om pensionskostnadsfördelning med anledning av övertagen verksamhet inom särskolan, de "
    "särskilda omsorgerna från , sådana verksamheter inom psykiatrin där det inte bedrivs någon aktiv "
    "psykiatrisk vård från samt landstinget gymnasieskolor, vårdgymnasiet och Naturbruksgymnasiet från "
    "Arbetsutskottet föreslår kommunstyrelsen godkänner avtalet. Kommunstyrelsens beslut Bifall till "
    "arbetsutsko\n")


# karlskoga_tjansteskrivelse_1 with its lines lost (robustness's joined layout): the copy site's title runs into the
# letterhead, "Tjänsteskrivelse 1 (5)" 90 characters into the line.
_KARLSKOGA_JOINED = (
    "KF Ärende 8 Ändrade beloppsgränser gällande fastighetsförvärv och fastighetsförsäljningar "
    "Tjänsteskrivelse 1 (5) 2018-08-15 KS 2018-00269 Kommunstyrelsens ledningskontor Handläggare Christian "
    "Westas Avseende förslag på ändrade beloppsgränser gällande förvärv och försäljningar av fastigheter "
    "Sammanfattning Samhällsbyggnadsnämnden beslutade den 12 juni 2018 (SBN 86) att föreslå kommunstyrelsen "
    "och därefter kommunfullmäktige att höja beloppsram för Samhällsbyggnadsnämnden att köpa och sälja "
    "fastigheter från 2 mnkr till 10 mnkr i varje enskilt fall.\n")


# grums_protokoll_1 as a copy site gives it: the site's title with the meeting's date, then §§ 73-75 a page a line.
_GRUMS_HEAD = "Kallelse och upprop GRUMS KOMMUN. Kommunfullmäktige"
_GRUMS_PAGES = (
    f'{_GRUMS_HEAD} Kf 73\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "{_GRUMS_HEAD} 2007-11-22. Kf 73"'
    "\n\nTranskript\n\n1 Kf 73 Kallelse och upprop Kommunfullmäktige vitsordar sig vara i behörig ordning "
    "sammankallade. Upprop företas, varvid notering görs om närvaro och om tjänstgörande ersättare enligt "
    "till protokollet fogad sammanträdeslista (Bilaga 1, Kf 73/07)\n\n"
    "2 Kf 74 Parentation Ordföranden erinrar kommunfullmäktige att Ronny Johnsson, ersättare i "
    "kommunfullmäktige för Grums Medborgarparti, nyligen avlidit.\n\n"
    "3 Kf 75 Dnr 06/KA0326 Barn- och utbildningsnämndens förslag om avveckling av den kommunala "
    "skolverksamheten i Liljenäs och Segmon Beslut Kommunfullmäktige beslutar Den kommunala skolverksamheten "
    "i Liljenäs och Segmon avvecklas från och med höstterminen Reserva\n")
