"""The words and patterns that more than one part of the meeting documents' reader uses: a protocol's and
an agenda's kind words, the generic bodies ("Nämnden"), standing items (FORMALITY), items' headings, and the like."""

from __future__ import annotations

import re

from archive import naming
from archive.importing.common import (
    ABBREVIATIONS,
    ANSLAG_BOX_HEADING,
    CASE_NUMBER,
    MONTH_WORDS,
    NOTICE_TAKEN_DOWN,
    PARTY_LETTERS,
)
from archive.importing.kinds import AGENDA_KINDS, alternation

PROTOCOL_WORDS = re.compile(
    r"\b(sammanträdesprotokoll|protokollsutdrag|protokoll|utdrag ur protokoll|utdrag ur sammanträdesprotokoll)\b",
    re.IGNORECASE,
)
AGENDA_WORDS = re.compile(r"\b(" + alternation(AGENDA_KINDS) + r")\b", re.IGNORECASE)  # kinds.py: the kinds' words

# The §§ a protocol states it holds, one pattern for every reader of it: the front page's range (meetingdocs'
# _stated_range and _stated_first_paragraph), the head's printed list (_printed_paragraphs) and a contents run that
# opens with the range's rows (agendarows' split_contents_runs). Its forms in the tuning protocols:
#   the label, singular, plural or definite, perhaps a colon and § signs after it: "Paragrafer 1-8", "Paragraf 6-16"
#   (Orust, Gällivare, Varberg), "Paragrafer §§ 130 - 143", "Paragrafer: 113-141" (Jokkmokk, Halmstad, Ängelholm),
#   "Paragrafer: § 19 - 25" (Älvsbyn), "Justerade paragrafer 1-8", "Protokollet omfattar paragraferna §§1-25" (not
#   after "under": the §§ during which something was done, "frågor hållits under paragraferna: 170-173", Hallstahammar);
#   a list of ranges and single §§ after the label: "Paragrafer §§ 358-369, 371, 373-403" (Strängnäs), "Paragrafer
#   16-22, 24-33, 35" (Tjörn), "paragraf 1-5 och 7-30" (the groups first and last: the list's first range; a date
#   after the label, "Paragrafer 2021-05-20", is none);
#   the range's dash doubled or each § signed: "Paragrafer 25--38", "Paragrafer §§ 79 –- 92" (Kramfors), "paragrafer
#   § 30 - § 31" (Gagnef);
#   the § signs alone, the label lost: "§§ 1-8" (the group "signs"). A member's attendance in the list of those
#   present is written so too ("Anna Berg (S) §§ 3-25", Ekerö, Falkenberg; 25 tuning documents): a use that takes
#   any line of the head for the protocol's range asks for the label (STATED_PARAGRAPHS_LABELLED).
_RANGE_DASH = r"\s*[-–]{1,2}\s*(?:§\s*)?"
STATED_PARAGRAPHS = (r"(?:(?<!under )\b(?i:paragraf(?:er(?:na)?)?)\s*:?\s*(?:§§?\s*)?|(?P<signs>§§\s*))"
                     r"(?P<list>(?P<first>\d{1,4})" + _RANGE_DASH + r"(?P<last>\d{1,4})\b(?![-–]\d)"
                     r"(?:\s*(?:,|och)\s*(?:§\s*)?\d{1,4}(?:" + _RANGE_DASH + r"\d{1,4})?\b)*)")
STATED_PARAGRAPHS_LABELLED = r"(?!§)" + STATED_PARAGRAPHS  # (the label's forms only: no bare § signs)


# A paragraph, perhaps after its body's code: "KF § 102", "Kf § 89" (a known code in any case), or set as a web
# page's list point: "• § 165" (a meeting portal's list of §§, as the kind's _PARAGRAPH_LINE reads it).
# (Not a range of §§, "§146- §165 sekreterare": the front page's Paragrafer field, no § head; Hässleholm.)
_PARAGRAPH = re.compile(
    r"^(?:•\s*)?(?:(?:[A-ZÅÄÖ]{2,6}|(?i:" + "|".join(naming.KNOWN_CODES.values()) + r"))\s+)?"
    r"(?:§\s*(?P<a>\d{1,4})(?![\d§])(?!\s*[-–]\s*§\s*\d)(?:/(?:19|20)?\d\d\b)?|(?P<b>\d{1,4})\s*§(?!§))(?:[.:](?=\s|$))?\s*(?P<rest>.*)$"
)
# "Nämnden", "Arbetsutskottet": the body of the meeting, named by its kind.
GENERIC_BODIES = {"nämnden", "styrelsen", "utskottet", "arbetsutskottet", "fullmäktige", "förvaltningen"}
# A federation's board ("Direktionen", "Förbundsstyrelsen") has one arbetsutskott, which its papers call by its kind
# alone ("Arbetsutskottet föreslår Direktionen besluta": Region Dalarna's kommunalförbund, Regionförbundet Uppsala
# län, Västra Sörmlands räddningstjänst); there the kind alone names it, as their golds do.
FEDERATION_BOARDS = {"direktionen", "förbundsdirektionen", "förbundsstyrelsen"}


def generic_body(name: str, meeting_body: str | None) -> bool:
    """A body named by its kind only, which names no body: except a federation board's own "Arbetsutskottet"."""
    return name.lower() in GENERIC_BODIES and not (
        name.lower() == "arbetsutskottet" and (meeting_body or "").lower() in FEDERATION_BOARDS)


# The kinds of federation municipalities (and regions) form, as their names say: a samordningsförbund (Finsam), a
# kommunalförbund or kommunförbund, a räddningstjänstförbund, a gymnasieförbund, a myndighetsförbund, a miljöförbund
# ("Söderåsens miljöförbund": Bjuv, Svalöv; "Ystad-Österlenregionens miljöförbund"), a regionförbund ("Regionförbundet
# Uppsala län": Habo; "regionförbundet södra Småland": Tingsryd; Kalmar, Hultsfred, Härjedalen, Region Sörmland).
# Not any "förbund" (a national association's), nor the one association named a miljöförbund ("Miljöförbundet
# Jordens Vänner").
FEDERATION_KINDS = (r"(?:samordnings|kommunal|kommun|räddningstjänst|gymnasie|myndighets|region)förbund"
                    r"|miljöförbund(?!et\s+Jordens)")
# (Or its number's stop glued to the title's capital, "8.Årsredovisning 2020 för ...", Lekeberg's web list.)
_NUMBERED = re.compile(r"^(?P<n>\d{1,3})(?:\s*[.):]?\s+|\.(?=[A-ZÅÄÖ][a-zåäö]{2}))(?P<rest>\S.*)$")
# A bare place-and-time label (not "... för justering"): the meeting's, unless the justering's section precedes it.
_UNNAMED_PLACE_AND_TIME = re.compile(r"(?<![\wåäö])(?:plats och tid|tid och plats)\b(?! för)", re.IGNORECASE)
_NUMBER_ALONE = re.compile(r"^(?P<n>\d{1,3})[.)]?$")  # "2." on its own line, the title below it
# "5 mars 2018 ...": a date, not item 5 (month names from archive.dates).
# (The month a whole word: "10 Marknad Energi ...", "21 Markupplåtelse ..." are rows, not "10 mar".)
_DAY_AND_MONTH = re.compile(r"^\d{1,3}\s+(?:" + MONTH_WORDS + r")(?![a-zåäöA-ZÅÄÖ])"
                            # or the meeting's day set as a web page's list point: "1. Måndagen den 27 september 2021,
                            # kl 18:00" over the list "1. Frågor och interpellationer 2. ..." (Hässleholm)
                            r"|^\d{1,3}\.?\s+(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+den\s+\d", re.IGNORECASE)
# After a running head's body name: its date and page number, perhaps, then the paragraph's body code. The page
# may carry the count of pages, or the brackets the count was lost from ("Kommunstyrelsen 2014-12-01 2 () KS 167").
_RUNNING_HEAD_REST = re.compile(r"\s+(?:\d{4}-\d{2}-\d{2}\s+)?(?:\d{1,3}(?:\s?\(\d{0,3}\))?\s+)?"
                                r"(?=(?i:[A-ZÅÄÖ]{2,6})\s+\d)")
_CODED_LINE = re.compile(r"^(?:(?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5})\s+)(?P<n>\d{1,3})\s+[A-ZÅÄÖ][a-zåäö]")


_FURNITURE_CODES = {*ABBREVIATIONS, "au"}


# A paragraph's margin giving its path through the bodies, each with its own § there, the meeting's own
# first: "Kf 75 Ks 82 Au 225 Dnr Redovisning av ...", "Ks 35 Au Revisionsgranskning ...", "Ks 184 Au 192
# Dnr 261/ Revidering ..." (Kumla, Gnosjö, Arboga), the page's head (bodies, labels) perhaps before it.
_PATH_CODES = {"kf": "Kommunfullmäktige", "ks": "Kommunstyrelsen", "au": "Kommunstyrelsens arbetsutskott",
               "ksau": "Kommunstyrelsens arbetsutskott"}
# The utskott an "Au" (or "KSAU") abbreviates is the one the text names: its arbetsutskott as a rule (and where the
# text names no utskott at all: Arboga's and Strömsund's pages, whose golds read so), but the allmänna utskott of a
# text that names one and no arbetsutskott ("Ks 257 Au 154 ... Au 154 Allmänna utskottets beslut", Ljusnarsberg).
_UTSKOTT_NAMED = re.compile(r"(?i:(?<![\wåäö])(?:(?P<owner>[\wåäö]{2,}s)\s+)?"
                            r"(?P<kind>allmänna\s+utskott|arbetsutskott))")


def utskott_code_body(name: str, text: str) -> str:
    """The body a path's code-read `name` is in `text`: the allmänna utskott the text names where `name` is the
    arbetsutskott an "Au" code gave and the text names no arbetsutskott ('Allmänna utskottet', or 'Kommunstyrelsens
    allmänna utskott' where the text writes its owner); `name` itself otherwise. Another body's allmänna utskott
    ("Socialnämndens allmänna utskott") is not the one a kommunstyrelse's margin abbreviates."""
    if name != _PATH_CODES["au"]:
        return name
    named = []
    for found in _UTSKOTT_NAMED.finditer(text):
        if found.group("kind").lower() == "arbetsutskott":
            return name
        owner = (found.group("owner") or "").lower()
        if owner and owner != "kommunstyrelsens" and naming.body_kind(owner[:-1]):
            continue
        # (its name as the golds write it whatever its case: the weak adjective before a definite noun, see
        # _WEAK_ADJECTIVE_BODY; the owner's genitive before an indefinite one, as Rättvik's head writes it)
        named.append("Kommunstyrelsens allmänna utskott" if owner == "kommunstyrelsens" else "Allmänna utskottet")
    return max(named, key=len) if named else name
# The margin names the bodies back along the chain (KF, then the KS that proposed, then its AU): a code whose
# body comes later in that chain than the code before it names no earlier step ("Ks 208 Ks 178 Au 266":
# the same body again is an earlier meeting of it, Vilhelmina).
# An arbetsutskott's paragraph numbered through the year, its code first ("AU 77/2018", "KSAU 12/2019").
# (Its year may be cut, "AU 78/201", "AU 82/": no case number still, and the same step: the code, not the year,
# names the body that prepared the row.)
_UTSKOTT_PARAGRAPH = re.compile(r"^(?:KS|Ks)?(?:AU|Au)\s?\d{1,4}/(?:(?:19|20)\d(?P<whole>\d)?)?$")
_PATH_CODE = r"(?:[Kk][FfSs]|[Aa][Uu]|KSAU|Ksau)"
_LONE_PATH_CODE = re.compile(r"^" + _PATH_CODE + r"\s+(?=[A-ZÅÄÖ][a-zåäö])")
# (Any nämnd or styrelse so, the place in the genitive: "Organ Östhammars socialnämnd", as "Åtvidabergs kommunstyrelse";
# never a district's own "Södermalms stadsdelsnämnd", whose place is its name's, nor a "Gemensam räddningsnämnd".)
_PLACE_BEFORE_BODY = re.compile(r"^(?!(?i:gemensam)\s)[A-ZÅÄÖ][\wåäö-]+\s+"
                                r"(?P<body>(?:kommun|region|landstings)[a-zåäö]+"
                                r"|(?!stadsdels|kommundels)[a-zåäö-]{3,}(?:nämnd|styrelse))$")
# A word no municipality's or region's name is shaped as: a participle ("Beredande kommunstyrelsen", Lindesberg's
# kallelse heading the KS meeting in its preparing form) or a plural's genitive ("Kommunernas").
_NO_PLACES_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:ande|ende|arnas|ernas|ornas)$")


def place_before_body(body: str, text: str) -> re.Match | None:
    """_PLACE_BEFORE_BODY's match in `body` where its first word is the name of a municipality (or region) that `text`
    names as one ("Östhammars socialnämnd" beside "Östhammars kommun"; "Dorotea kommunfullmäktige" beside "Dorotea
    kommun"), or before a body only a municipality or region has ("Uppsala kommunfullmäktige"): the body alone is the
    municipality's. A word the text names no municipality by is the body's own name:
    a joint body's place ("Västbygdens miljönämnd", as "Bergslagens miljö- och byggnämnd", "Sydnärkes IT-nämnd" name
    theirs), a participle ("Beredande kommunstyrelsen", Lindesberg), a plural's genitive ("Kommunernas
    hjälpmedelsnämnd"). A body's genitive before it names its owner, never a place."""
    placed = _PLACE_BEFORE_BODY.match(body)
    if placed is None:
        return None
    word = body.split()[0]
    if naming.is_body_genitive(word):
        return None  # a body's genitive is its owner, no place: "Kommunstyrelsens kommunledningsutskott" (Härjedalen)
    stem = re.escape(word[:-1] if word.endswith("s") else word)
    if re.search(r"\b" + stem + r"s? (?:kommun|stad)\b|\b(?:Region|Landstinget) " + stem + r"\b", text, re.IGNORECASE):
        return placed
    # A kommun's or region's own body ("Uppsala kommunfullmäktige"): only a municipality or region has one, so the
    # word before it is its place, unless shaped as no place's name is (_NO_PLACES_WORD). A kommundelsnämnd is a
    # district's, not the municipality's own: the word before it names the district ("Södermöre kommundelsnämnd").
    kommuns = re.match(r"(?:kommun(?!dels)|region|landstings)", placed.group("body"))
    return placed if kommuns and not _NO_PLACES_WORD.match(word) else None
# A body named by a weak adjective and its kind's word, "Allmänna utskott" (Sollefteå's anslag): the weak form
# stands before a definite noun, as every other head writes it ("Allmänna utskottet": Pajala, Vårgårda; "Tekniska
# nämnden": Gotland, Gullspång, Jönköping; "Tekniska utskottet": Avesta, Uppvidinge).
_WEAK_ADJECTIVE_BODY = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+a\s+(?:[a-zåäö-]*(?:utskott|nämnd|styrelse))$")
_BODY_SENTENCE_FIRST = re.compile(r"^(?:\d{1,3}\s?\(\d{1,3}\)\s+)?(?P<name>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,4}?)"
                                  r"\.\s")


# "KSKF/2013: Kommunstyrelsens delårsrapport": a case number cut after its year, and no number.
_LOST_STUB = re.compile(r"^(?P<stub>(?:[A-ZÅÄÖ]{2,8}[/ -]?)?(?:19|20)\d\d[/.:-])\s+(?P<rest>[A-ZÅÄÖ].*)$")
_YEAR_NUMBERED = re.compile(r"^(?P<n>\d{1,3})?/(?P<year>\d{2})\s+(?P<rest>[A-ZÅÄÖ].*)$")


# A kallelse's list run line by line whose rows lost their numbers (Haparanda's "1 2 - - 5 6 7 8 9 10", Härnösand's
# "1 4 5 6 ...", Mönsterås' "2 4 5 6 ...", Alvesta's "9 - 11", Bromölla's "10 - 12" in the gold): a numbered row
# a few numbers past the last one read, where the next two numbered lines count on from it (N, N+1, N+2), goes on
# with the list; numbers in a paper's text rarely run three in a row past the list's.
_LOST_ROWS_AT_MOST = 4


# A heading in capitals (two words at least, or one long word with 'M.M.'), then text in normal case.
_CAPS_TITLE = r"[A-ZÅÄÖ]{4,}(?:[ -]+(?:[A-ZÅÄÖ]{2,}|M\.M\.))+"
_CAPS_TITLE_AT_START = re.compile(r"^(?P<title>" + _CAPS_TITLE + r")\s+(?P<rest>[A-ZÅÄÖ][a-zåäö].*)$")
# A row of a protocol's list of paragraphs: its number, perhaps after the body's code ("KF 60", and a known
# code in title case as many protocols print it: "Kf 172", "Ks 108").
_CONTENTS_ROW = re.compile(r"^(?:(?:[A-ZÅÄÖ]{2,6}|(?i:" + "|".join(naming.KNOWN_CODES.values()) + r"))\s+)?"
                           r"(?P<n>\d{1,3})\.?\s+(?P<rest>\S.*)$")
# "KS 52/16 ": the code and the §, its serial through the year (agendarows finds such rows run on, _YEAR_CODED_ROW);
# the code may be left out where the year is written whole ("19/2016 Omedelbar justering ...", Lindesberg's list; a
# page's "Sida 3/12", "1/12" is no such number).
_YEAR_CODED = (r"(?<![Ss]ida )(?:(?P<code>[A-ZÅÄÖ]{2,4})\s)?(?P<n>\d{1,3})/"
               r"(?P<year>(?(code)(?:(?:19|20)\d\d|\d{2})|(?:19|20)\d\d))\s+")
# Such a row numbered through the year under the body's code ("KS 52/16 Title"): agendarows' _split_year_coded_list
# gives these rows only where their serials count on one by one, so they are §§ and not case numbers.
_YEAR_CODED_CONTENTS_ROW = re.compile(r"^" + _YEAR_CODED + r"(?P<rest>[A-ZÅÄÖ].*)$")
_SECTION_IN_RUN = re.compile(r"(?:(?<=\s)|^)§\s?(?P<n>\d{1,4})\s+(?=[\"(]?[A-ZÅÄÖ])")


_DATE_AFTER_NAME = re.compile(
    r"^.{0,60}?\b(?:KALLELSE|FÖREDRAGNINGSLISTA|DAGORDNING|ÄRENDELISTA|ANMÄLNINGSLISTA|KUNGÖRELSE|"
    r"SAMMANTRÄDESPROTOKOLL|PROTOKOLL)\s+(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} [a-zåäö]+ \d{4})\b")
_CAPITALS_RUN = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{3,}(?:[ -]+(?:OCH|[A-ZÅÄÖ]{2,}-?))+\b")
# Members called to a meeting ("Förbundsstyrelsen kallas till sammanträde", "kallar ... att sammanträda"); with a
# body that meets ("sammanträder") too, what a notice of a meeting says.
_CALLED_TO_A_MEETING = re.compile(r"\b(?:kallas|kallar)\b[^.]{0,40}?\bsammanträd(?:a|e)\b", re.IGNORECASE)
_CALLED_TO_MEET = re.compile(_CALLED_TO_A_MEETING.pattern + r"|\bsammanträder\b", re.IGNORECASE)
# A meeting's date label alone on its line, its value on the next: not a bare 'Datum' (a letterhead's day of writing).
_MEETING_LABEL_ALONE = re.compile(r"^(?:tid|sammanträdesdatum|sammanträdesdag|mötesdatum|dag och tid|datum och tid"
                                  r"|tid och plats|plats och tid)\s*:?$", re.IGNORECASE)
# A bare 'Datum' label right before a date (not 'Sammanträdesdatum'): a letterhead's day of writing, in a kallelse.
_BARE_DATE_LABEL = re.compile(r"(?<![\wåäöÅÄÖ])datum\s*:?\s*$", re.IGNORECASE)
# (A kommunalförbund's "Direktionen"/"Förbundsdirektionen" meets and is called as a board does: naming.body_kind.)
_CALLED_BODY = r"[\wåäö-]*(?:fullmäktige|styrelsen|nämnden|utskottet|direktionen)"  # the body that meets, is called
# (The verb as a page may misspell it, "sammaträder" (Bräcke's notice); the municipality's name may stand before its
# kommun's or region's own body, "På onsdag sammanträder Bräcke kommunfullmäktige", as "Dorotea kommunfullmäktige
# sammanträder" is read; never a word naming which nämnd, "Gemensamma nämnden".)
_BODY_MEETS = re.compile(r"\b(?P<body>" + _CALLED_BODY + r")\s+samman?träder\b"
                         r"|\bsamman?träder\s+(?:(?-i:[A-ZÅÄÖ][a-zåäö-]+)\s+(?=(?-i:kommun|region)(?:fullmäktige|styrelsen)\b))?"
                         r"(?P<after>" + _CALLED_BODY + r")\b",
                         re.IGNORECASE)
_BODY_CALLED = re.compile(r"\b(?P<body>" + _CALLED_BODY + r")\s+kallas\s+(?:härmed\s+)?(?:till|att)\b", re.IGNORECASE)
# The head's label for the body: "Organ: Kommunstyrelsen", "Nämnd och sammanträdesdatum ...".
_BODY_LABEL_IN_HEAD = re.compile(r"\b(?:organ|nämnd(?:/styrelse)?|styrelse/nämnd)(?: och sammanträdesdatum)?\s*:?\s+",
                                 re.IGNORECASE)
# "handlingar till kultur- och fritidsnämndens sammanträde", "Protokoll fört vid sammanträde med Malmö
# kommunstyrelse", "Kommunstyrelsens protokoll": a body named with its meeting, or with its document.
# (A kommunalförbund's board too: "Kallelse till direktionens sammanträde", "förbundsdirektionens sammanträde".)
# ("Kallelse till gemensamma nämndens sammanträde": a gemensam nämnd named by its kind, as in "Gemensamma nämndens
# beslut".)
_BODYS_MEETING = re.compile(r"(?P<body>\b(?:[\wåäö]+(?:- och [\wåäö]+)?(?:nämndens|styrelsens|fullmäktiges|utskottets)"
                            # (a word of which meeting between: "till kommunfullmäktiges nästa sammanträde", Skara's
                            # web page; "kommunstyrelsens ordinarie sammanträde")
                            r"|[\wåäö]*direktionens|gemensamma nämndens))"
                            r"\s+(?:(?:nästa|kommande|ordinarie|extra|extrainsatta)\s+)?(?:sammanträde|möte(?![\wåäö]))"
                            # (not a room named after the body: "Kommunstyrelsens sammanträdesrum, kommunhuset" is a
                            # place, whoever meets there, as common._ROOM_AFTER reads "KS sammanträdesrum"; Kramfors)
                            r"(?!s(?:rum|sal|lokal))", re.IGNORECASE)
# "Kallelse till sammanträde med kommunstyrelsen" (Knivsta), "SAMMANTRÄDE MED KOMMUNSTYRELSEN" (Karlshamn), "Kallelse
# till möte med direktionen" (Kollektivtrafikmyndigheten i Västernorrlands län): a meeting 'möte' only after 'till'.
# ("Sammanträde i" too: "KALLELSE KUNGÖRELSE Sammanträde i kultur- och tekniknämnden", Gnesta; "Sammanträde i
# regionstyrelsen", Region Skåne; "... lika med sammanträde i kommunfullmäktige", Perstorp's page; a place after it,
# "sammanträde i Stadshuset", names no body and is passed over where the body is looked for)
_MEETING_WITH = re.compile(r"\b(?i:sammanträde med|sammanträde i|till möte med)\s+")
# The same words before a body's own word ending its name, a municipality's name perhaps before it ("Protokoll fört
# vid sammanträde med Malmö kommunstyrelse").
_MEETING_WITH_BODY = re.compile(_MEETING_WITH.pattern + r"(?:[A-ZÅÄÖ][\wåäö-]+ )?"
                                r"(?P<body>[a-zåäö-]+(?:styrelse|nämnd|fullmäktige))\b")
_BODYS_DOCUMENT = re.compile(r"(?P<body>[A-ZÅÄÖ][\wåäö -]{2,60}?)s (?:protokoll|sammanträdesprotokoll|kallelse)\b")
# A head's label over (or before) its body, the head set as a table: "Nämnd Sammanträdesdatum" / "Kommunfullmäktige".
_BODY_LABEL_IN_TABLE = re.compile(r"\b(?:Organ|Instans|Nämnd(?:/[Ss]tyrelse)?|Styrelse/[Nn]ämnd|ORGAN|INSTANS|NÄMND)"
                                  r"\s*:?\s+(?:(?i:sammanträdesdatum)\s+)?")


# A §'s first section heading, run on after its title: "... avfall Ärendebeskrivning Au ...", "... Sammanfattning ...".
_SECTION_WORD_IN_RUN_ON = re.compile(r"(?<=\S)\s(?=(?:Ärendebesk\s?rivning|Sammanfattning|Beslutsunderlag|Bakgrund"
                                     r"|Förslag till beslut|Beskrivning av ärendet)(?:\s|$))")


# The agenda itself, a standing item however it is worded ("EXTRA ÄRENDE/FÖREDRAGNINGSLISTAN Utöver på ...", Hofors).
_AGENDA_WORD = re.compile(r"(?i)föredragningslista|dagordning|ärendelista")


# A case number cut short inside an agenda row, a capital after it: the row's title ended there and the next row,
# its number lost, follows ("Allmänhetens frågestund KS 7/ Information från revisionskollegiet KS 19/ Svar på ...",
# "... i Hultsfreds kommun 2018/ / / Interpellationer och frågor").
# Also a labelled number written year first, then the registry's code, its serial lost ("... samt fyllnadsval Dnr
# 2014/KS Begäran om ...", Lilla Edet, whose whole numbers read "Dnr 2017/KS0232").
# Its notes column may follow, the bodies that prepared it and their paragraphs listed after a comma ("... i Boo
# Antagande KFKS 2014/ , MSN 214, KSSU Detaljplan för ...", Nacka): the row's too.
_PREPARED_BY = r"(?:\s*,\s*[A-ZÅÄÖ]{2,6}(?:\s+\d{1,4}/?)?(?=[\s,]|$))*"
_BRACKETED_NUMBER = re.compile(r"\((?:(?i:dnr|diarienummer)\.?:?\s*)?(?P<number>" + CASE_NUMBER.pattern + r")\)")
# A § or row marked as continued from the page before: "KS § 67, forts." (Fagersta), "KS 168 forts" (Rättvik's
# list of paragraphs), "forts." over a list carried on (Jönköping).
_CONTINUED_MARK = re.compile(r"^,?\s*\(?(?i:forts\.?|fortsättning)\)?\.?$")


# A web agenda's row: its case number, then the next row's title written onto it ("RS 912-2025Motion
# nr 1-2026 från ..."), the title it closes on the line above.
_GLUED_ROW = re.compile(r"^(?P<number>" + CASE_NUMBER.pattern + r")(?=[A-ZÅÄÖ][a-zåäö])")


_MUNICIPALITY_PREFIX = re.compile(
    r"^(?:(?:[A-ZÅÄÖ][\wåäö-]+ (?:kommun|stad)|Region [A-ZÅÄÖ][\wåäö-]+)\s*[,:–-]\s*|[A-ZÅÄÖ]+ (?:KOMMUN|STAD)\s+)"
    r"(?=[A-ZÅÄÖ])"
)
# An agenda's group heading run into the title before it: "... svar på motion (SD) Valärenden".
# (perhaps after the row's page in the table's page column: "2 Delegationer 9 Beredningsärenden 3 ...", Värnamo)
# (Perhaps after the row's page reference in the papers: "..., s. 6-7 Ärenden till kommunfullmäktige", Höganäs.)
# (Not named _PAGE_REFERENCE: that name is bound below to a list table's page column, the pattern meetingdocs imports.)
_PAPERS_PAGE_CELL = r",\s*s\.?(?:\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)?"
_GROUP_HEADING = re.compile(r"(?<=[a-zåäö)])(?:" + _PAPERS_PAGE_CELL + r")?"
                            r"(?:\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?)?\s+"
                            r"[A-ZÅÄÖ][a-zåäö]+"
                            r"(?:s\s+egna\s+)?ärenden$"  # ("Kommunstyrelsens egna ärenden", Höganäs)
                            # or one naming the body its items go to: "... anmälan Förslag till kommunfullmäktige"
                            # (Nacka), "Ärenden som stannar i kommunstyrelsen" (Kungälv), Trosa's "Till
                            # kommunfullmäktige", the protocols' "Ärenden till regionfullmäktige" (VGR, Timrå)
                            r"|(?<=[a-zåäö)])(?:" + _PAPERS_PAGE_CELL + r")?"
                            + r"\s+(?:Ärenden|Förslag|Direkt|Beslutsärenden)(?: som stannar)?\s+(?:till|i)"
                            r"\s+(?:[a-zåäö]*(?:fullmäktige|styrelsen|nämnden)|KS|KF)$"
                            # or the body deciding the rows under it, in capitals: "... oavsett ekonomisk ställning
                            # BESLUTAS AV KOMMUNSTYRELSEN" (Botkyrka's contents list)
                            r"|(?<=[a-zåäö)])\s+BESLUTAS\s+AV\s+[A-ZÅÄÖ]*(?:FULLMÄKTIGE|STYRELSEN|NÄMNDEN)$")
# A cut Dnr inside a run-on row, perhaps with its notes (see _STUB_IN_ROW): where the title cell ended.
_STUB_INSIDE = re.compile(r"\s(?:[A-ZÅÄÖ]{2,8}[ -]?\d{4}/|(?:19|20)\d\d/)" + _PREPARED_BY + r"(?=\s|$)")
# The subject may be a person named with party: "Kommunfullmäktigeledamoten Lars Åhman (FP) har ...", or the
# municipality: "Nyköpings kommun har ...", "Sala kommun har ...".
_SENTENCE_AFTER_TITLE = re.compile(
    r"\s+(?=[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2}(?:\s+\([A-ZÅÄÖa-zåäö]{1,4}\)|\s+kommun)?\s+(?:har|hade|ska|skall|är|var|beslutar|beslutade|föreslår|föreslog|anser|redovisar"
    r"|informerar|lämnar|lämnade|gav|ger|fick|inkom|begär|begärde|behandlade|remitterade|överlämnade|antog"
    r"|godkände|tillstyrkte"
    # a request's verbs: "Kommunförbundet Blekinge anhåller om ..." (Ronneby), "Landstinget Västmanland ansöker hos
    # regeringen ..." (Sala), "Föreningen Växa ansöker om ...", "Kommunstyrelsen hemställer att ..."
    r"|anhåller|ansöker|hemställer"
    # a presenter's verbs, as "informerar": "Ekonomichef Jessica Edlund föredrar ...", "... redogör för ärendet",
    # "Ekonom Marianne Unborg presenterar en ekonomirapport ..." (Nordanstig)
    r"|föredrar|redogör|presenterar|presenterade)\b"
    # or a past tense and the day it was done: "Kommunfullmäktige remitterade den 21 april 2008", "Västra
    # Mälardalens Myndighetsförbund behandlade den 23 november 2012", "Monica Rapp inkom den 20 december".
    r"|[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2}\s+(?:[a-zåäö]+(?:ade|de|te)|antog|inkom|beslöt)\s+den\s+\d)"
    # or the chair as the subject, perhaps named, whatever the verb: "Ordföranden Péter Kovács anmälde ..." (Höganäs),
    # "Ordföranden erinrar" (Grums), "Ordföranden tillkännager" (Borås); no title capitalises the word mid-line
    # (Landskrona's, Säffle's, Vingåker's "Ordföranden föreslår / redogör / informerar" open their §§' text so).
    r"|(?<=[a-zåäö)])\s+(?=Ordföranden(?:\s+[A-ZÅÄÖ][\wåäöé-]+){0,2}\s+[a-zåäö]{3,}\b)"
    # or "Följande" before what it lists ("Anmälan av övriga ärenden Följande tillkommande ärenden anmäls: ...",
    # Mullsjö; Malung-Sälen's "Följande bolag lämnar", Upplands Väsby's "Följande beslut, rapporter ..."): no title
    # capitalises it mid-line either.
    r"|(?<=[a-zåäö)])\s+(?=Följande\s+[a-zåäö]{3,})"
)
# A row's attachment cell run into its title, the list's column "Bilaga" with its page lost: after the title
# ("... inom sektor Bildning och lärande Bilaga", Kungälv; "Valärende Särskilda bilagor Tänk på ...", Ragunda) or,
# left over from the row before, opening it ("Bilaga sid Gemensam nämnd för samverkan", Strömsund). No tuning title
# holds the word but inside brackets ("( + Bilagor 6 a, b och c)", Ängelholm): a cell with its number is kept.
# (its label's colon too, the list after it cut off: "Delårsredovisning Bilagor: a) PM, b) ...", Kommunförbundet
# Norrbotten)
_ATTACHMENT_CELL_AFTER_TITLE = re.compile(r"(?<=[\wåäö.)])\s+(?:Särskilda\s+bilagor|Bilag(?:a|or))(?:\s+sid\.?)?:?"
                                          r"(?=\s*$|\s+[A-ZÅÄÖ]|\s+[a-z]\)\s)")
_HEAD_WORD_AFTER_BODY = re.compile(r"\s+(?i:handlingar|kallelse|protokoll|sammanträdesprotokoll|protokollsutdrag"
                                   r"|föredragningslista|dagordning|sammanträdesdatum)\b")
# No matter's title runs longer (the real corpus' longest, of 107 municipalities, has 242 characters).
_LONGEST_TITLE = 260


_DOT_LEADER = re.compile(r"\s*(?:\.{2,}|…+)\s*\d{1,3}$")  # "Budgetuppföljning ...6": a contents page's page number
# (Not a range of them, "Ärende 7-10" heading a page's film clip of those items (Herrljunga's KF page): a group.)
_NAMED_ITEM = re.compile(r"^(?:ärende|punkt|ärendepunkt)\s+(?P<n>\d{1,3})(?!\s?[-–]\s?\d)\s*[.:]?\s*(?P<rest>.*)$",
                         re.IGNORECASE)

# Standing procedural items: never a matter. Informational items (meddelanden, anmälan av
# delegationsbeslut, information om ...) are matters: the real corpus' gold lists them so.
FORMALITY = re.compile(
    # the proposed justerare after the item ("Val av protokolljusterare Förslag: Rolf Eriksson", Tibro; so Heby's
    # "Justering (Förslag: ...)" and Bromölla's "... tid för justering (Förslag onsdagen ...)")
    # (with those who count the votes, "Val av justerare/rösträknare jämte ..." (Nordanstig), or
    # the justering's day run on after it, "Val av justerare Justering 2019-11-01 kl 13.00" (Skurup), "Val av justerare
    # Tidpunkt för justering; ..." (Strömstad): no tuning gold keeps a "Val av justerare ..." row as a matter)
    r"^(val av (protokolls?justerare|justerare|justerande|justeringsmän|justeringsman)(\s?/\s?[a-zåäö]+)?"
    r"( och .*| samt .*| jämte .*|, .*| \(?förslag\b.*| justering\b.*"
    r"| (tidpunkt|tid|dag)( och plats)? för justering.*)?|"
    # the roll of those entitled to vote fixed, as a förbund's or a stämma's meeting opens ("Justering av röstlängd",
    # Kollektivtrafikmyndigheten i Västernorrland); which items are heard in public ("Beslut om offentliga ärenden",
    # Västerås): the meeting's own procedure, as the roll call is
    r"(justering|fastställande|upprättande) av röstlängd(en)?|beslut om offentliga ärenden|"
    r"justering|"
    # the formality named by its noun alone, as "Justering" and "Föredragningslista" name theirs:
    # "2. Protokollsjusterare 3. Föredragningslista" (Regionförbundet Uppsala län)
    r"(protokolls?)?justerare|"
    r"justering av (dagens )?protokoll(et)?|"
    r"upprop|upprop (och|samt) .*|upprop enligt (länsstyrelsens|valnämndens) .*|"
    # ("Utseende av två justerare", Region Västmanland; "utseende av protokollsjusterare för del 2", Skärholmens
    # stadsdelsnämnd, after the roll call, below)
    r"utseende av ((en|två|tre) )?(protokolls?)?juster(are|ingsperson(er)?).*|"
    # the roll call in other words: "Genomgång av närvarande ledamöter" (Skärholmens stadsdelsnämnd)
    r"genomgång av närvarande( ledamöter)?|"
    # the justerare named by what they do, not by the word: "Val av två ledamöter att tillsammans med ordföranden
    # justera dagens protokoll samt bestämmande av tid ..." (Örkelljunga), "Val av en ledamot att jämte ordföranden
    # justera protokollet"
    r"(val|utseende) av (en|två|tre) (ledamöter|ledamot|personer|person) att (jämte|tillsammans med) "
    r"(ordföranden?|ordförande) justera\b.*|"
    # the absences reported, alone or with the roll call ("2. Anmälda förhinder", Region Blekinge; "Anmälan av förhinder
    # samt upprop av tjänstgöringsskyldiga ...", Landstinget Västernorrland): the meeting's own procedure
    r"(anmälda |anmälan av )?förhinder( (och|samt) upprop( .*)?)?|upprop av .*|"
    r"(godkännande|fastställande) av dagens (dagordning|föredragningslista|ärendelista)|"  # Kumla, Säffle
    r"justering (och|samt) (godkännande|fastställande) av (dagordning(en)?|föredragningslista(n)?)|"  # Vaxholm
    # ("Öppnande av dagens möte", Sydarkivera's web list)
    r"(inledning (och|samt) )?öppnande av (sammanträdet|mötet|dagens (möte|sammanträde))|"  # Norsjö
    r"godkännande av (dagordning(en)?|föredragningslista(n)?|ärendelista(n)?)|"
    # (Region Uppsala; the verb for the noun, "Fastställa av föredragningslista", Vadstena)
    r"(fastställande|fastställelse|fastställa) av (dagordning(en)?|föredragningslista(n)?|ärendelista(n)?)|"
    # the same in the genitive word order: "3. Föredragningslistans fastställande" (Region Dalarna's kommunalförbund),
    # "Sammanträdets öppnande, dagordningens fastställande och ..." (Medelpads räddningstjänstförbund)
    r"(dagordningens|föredragningslistans|ärendelistans) (fastställande|godkännande)|"
    # or in the passive, as the decision words it: "102. Dagordning fastställs" (Danderyd's Ärendeförteckning)
    r"(dagordning(en)?|föredragningslista(n)?|ärendelista(n)?) (fastställs|godkänns)|"
    # the list's contents named: "1. Fastställande av föredragningslistans innehåll" (Finspång)
    r"(fastställande|godkännande) av (dagordningens|föredragningslistans|ärendelistans) innehåll|"
    # the agenda's own row named by the agenda alone: "1. Val av justerare 2. Föredragningslista 3. ..." (the list
    # approved, as "Godkännande av föredragningslista" says in full: Kommunförbundet Norrbotten)
    r"dagordning(en)?|föredragningslista(n)?|"
    r"(sammanträdets|mötets) (öppnande|avslutande|inledning)|"
    # the meeting opened by its body's name: "1 Direktionens öppnande" (Västerdalarnas utbildningsförbund),
    # "Kommunfullmäktiges öppnande" (Heby's kallelse), as "Sammanträdets öppnande" above
    r"[\wåäö-]*(fullmäktiges|styrelsens|direktionens|nämndens|utskottets) (öppnande|avslutande|avslutning)|"
    # "Sammanträdet öppnas" (Region Sörmland, Region Dalarna; "Sammanträdet avslutas" Region Västerbotten);
    # the agenda fixed and the justerare chosen in one item (Degerfors; "Val av justerare och ..." below)
    r"(sammanträdet|mötet|fullmäktigesammanträdet) (öppnas|avslutas)|"
    r"(godkännande|fastställande) av (dagordning(en)?|föredragningslista(n)?|ärendelista(n)?) (och|samt) "
    r"val av (protokolls?justerare|justerare|justerande)|"
    r"öppnande|avslutning|"
    r"övriga frågor|protokolls?justering.*|närvaro(lista)?|val av justerare och.*|"
    r"eventuella (anmälningsärenden|övriga frågor|frågor)|"
    + ANSLAG_BOX_HEADING + r"|"  # the anslag's box (common.ANSLAG_BOX_HEADING's forms)
    r"närvarorätt|närvarorätt (för|vid) .*|yttranderätt|närvaro- och yttranderätt.*|"
    # the same formality in a sentence's words: "5 Tillåtelse att närvara på kommunstyrelsens möte den 7 mars 2017"
    # (Mörbylånga), as Eskilstuna's "Närvarorätt" items grant it ("... medges rätt att närvara vid dagens sammanträde")
    r"(tillåtelse|medgivande) att närvara (på|vid) .*|"
    r"tjänstgörande ledamöter|protokollets justering|tillkännagivande av tid och plats för justering.*|"
    # the justering's time and place as an item (Götene, Bromölla, Jokkmokk), "Justering (Förslag: ...)" (Heby)
    r"(tid och plats|tid) för (protokollets )?justering(\b.*)?|justering \(.*|"
    # the justering's day and time after a dash or colon: "Justering – Måndagen den 27 maj kl 16:00" (Täby)
    r"justering\s*[-–:]\s*(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b|den\s+\d|\d{1,2}\s|\d{4}-\d\d-\d\d|kl\b).*|"
    # changes to the agenda itself: items added, dropped or moved; (the attendance list, "Närvarolista" as Älvdalen's
    # contents list gives it a row: Jönköping, Olofström, Ovanåker head theirs so)
    # (one item added, "Kf 2 EXTRA ÄRENDE Utöver på föredragningslistan upptagna ärenden ...", Hofors)
    r"(tillkommande|tillägg|extra)( och (utgående|avgående|utgår))? ärenden?|"
    # ("Komplettering av dagordningen", Hässleholm: items added; "Justering av dagordning", Vansbro's and Sollefteå's
    # items moved or struck, as 'justering' of a text is its adjustment)
    r"((för)?ändring(ar)?|komplettering(ar)?|justering(ar)?) (i|av|till) (dagordning(en)?|föredragningslista(n)?"
    r"|ärendelista(n)?)( .*)?|"
    r"(för)?ändrad (dagordning|föredragningslista|ärendelista)|"  # Kävlinge; Skurup's "Förändringar i ..."
    # both the agenda's standing items in one, by a slash: "Godkännande/förändringar av föredragningslistan" (Krokom)
    r"(godkännande|fastställande)\s?/\s?((för)?ändring(ar)?|komplettering(ar)?|justering(ar)?) (i|av|till) "
    r"(dagordning(en)?|föredragningslista(n)?|ärendelista(n)?)|"
    r"val av (justeringsperson(er)?|protokollsjusterare|justeringsledamot|justeringsledamöter)( och .*)?)"
    # the formality named for the meeting it opens: "4. Val av justerare för mötet" (Kollektivtrafikmyndigheten
    # Västernorrland; "... för dagens sammanträde": Södra Lapplands gymnasieförbund, Räddningstjänsten Östra Götaland;
    # or for the record it signs, "Val av justerare för protokollet", Landstinget Västernorrland's web list)
    r"( (för|vid) (mötet|sammanträdet|protokollet|dagens (sammanträde|möte)))?"
    # the justerare proposed in brackets after the item, the bracket perhaps cut ("Justering av protokoll (föreslås att
    # Monica Haider utses att jämte ordförande justera protokollet)", Regionförbundet södra Småland, as Heby's
    # "Justering (Förslag: ...)"); the list's mark that papers are attached ("Fastställande av dagordning ./.")
    r"(\s*\((föreslås|förslag)\b[^)]*\)?)?(\s*\./\.?)?$",
    re.IGNORECASE,
)
# The signature box's label in its forms: "Justerandes sign", "Ordförandens och justerarens signaturer" (Kil).
_FOOTER = re.compile(
    r"^(justerandes (signatur|sign)|(ordförandens?|justerarens?|justerares)( och (ordförandens?|justerarens?"
    r"|justerandes?))? sign(atur|aturer)?\b|utdragsbestyrkande|justeringsdatum|justerat|justering\b|justeringens|"
    r"anslag|anslaget|"
    r"protokollet just|ordförande\b|sekreterare\b|justerare\b|underskrift(?:er)?\b|" + ANSLAG_BOX_HEADING + r")",
    re.IGNORECASE,
)


_NOTICE = re.compile(
    r"anslaget sätts upp|anslaget sattes upp|anslagsdatum|anslags uppsättande|datum då anslaget sätts upp|"
    r"anslaget publicerat|anslaget publiceras|^anslag\b|anslagets uppsättande|tillkännagivande|anslags? upprättande|"
    r"anslagets upprättande|tillkännagiven på|"
    # The anslag's sentence with its board and date on a line of its own ("Anslaget på kommunens anslagstavla den 9
    # april 2020", Kommunernas hjälpmedelsnämnd i Kalmar län), as Kalmar's protocols run it on and labelled_dates
    # reads it there; "... har anslagits på stadens anslagstavla den 14 januari 2015" (Lidingö; Höganäs, Huddinge).
    r"^anslaget på\b|anslagits på|"
    # The form's column under the anslag's heading, its noun left above ("SÄTTS UPP 2019-06-11", Kil; "Anslag sätts upp"
    # in Avesta, Gävle, Kävlinge, Kungälv, Kungsör): in a protocol's head only the anslag is put up.
    r"\bsätts upp\b|"
    # The anslag's time on the board, a period whose first day it went up ("Anslagstid" / "2015-09-25 t o m
    # 2015-10-12", Östersund).
    r"\banslagstid\b",
    re.IGNORECASE,
)
_NOTICE_DOWN = re.compile(NOTICE_TAKEN_DOWN, re.IGNORECASE)
# Where a matter is handed on, apart from a proposal's lead (common.proposal_lead gives that path):
# "förslag till kommunfullmäktige", "överlämnar ärendet till", "remitterar till"; also where the words open a
# heading or a decision ("Beslut / Förslag till kommunfullmäktige: 1. ...", "Utskottets beslut / Hänskjuta ärendet
# till kommunstyrelsen"), their first letter in capitals.
# The state's authorities a municipal body sends its answer or report to ("Yttrandet överlämnas till Länsstyrelsen i
# Kalmar län", Region Kalmar län): no step of the matter's own path (no tuning gold's path names one; the municipal
# "Myndighetsnämnden" and "Myndighetsförbund" are bodies of their own and not matched). So the authorities named
# as a municipal body is ("Socialstyrelsen", "Kammarkollegiet").
STATE_AUTHORITY = re.compile(r"(?i:länsstyrelsen?s?|regeringen|[a-zåäö]*departementet|trafikverket|skatteverket"
                             r"|socialstyrelsen|transportstyrelsen|kammarkollegiet"
                             r"|[a-zåäö-]*domstolen|[a-zåäö]+myndigheten)$")
_FORWARD = re.compile(
    r"(?:[Ff]örslag till(?: beslut i)?|[Öö]verlämna\w*(?: ärendet)? till|[Hh]änskjut\w*(?: ärendet)? till"
    r"|[Rr]emittera\w*(?: ärendet)? till)"
    r"\s+(?P<body>[a-zåäöA-ZÅÄÖ-]+(?:s arbetsutskott)?)"
)


# A head's document name, then perhaps its page mark ("1 KALLELSE (3) Kommunfullmäktige", "Kallelse 1 (4)
# Kommunfullmäktige", "PROTOKOLL 1 (27)"; Ängelholm, Linköping, Borås, Arvika, Norberg, Olofström).
_KIND_WORD_HEAD = re.compile(r"^(?:\w+\s+)?(?:sammanträdesprotokoll|protokoll|kallelse)\s+"
                             r"(?:(?:\d{1,3}\s?)?\(\d{1,3}\)\s+)?", re.IGNORECASE)


# A list table's page column after a row's case number: "3-8", "17", "10-11", then the next cell or row.
_PAGE_REFERENCE = re.compile(r"^\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?=\s+[A-ZÅÄÖ]|\s*$)")


_BODY_ACTS = re.compile(
    r"\b(?:(?P<a>[A-ZÅÄÖ][\wåäö-]+(?: arbetsutskott)?) (?:beslutar|ajournerar)\b"
    r"|ajournerar (?P<b>[A-ZÅÄÖ][\wåäö-]+(?: arbetsutskott)?) sammanträdet\b)"
)
# A municipality's letterhead ("Tingsryds kommun", "SALA KOMMUN", "Bollnäs kommun") and a region's ("REGION KRONOBERG",
# "Landstinget Västmanland", "Västra Götalandsregionen"), and the bodies that only a region has.
_MUNICIPALITY_NAMED = re.compile(r"\b[A-ZÅÄÖ][\wåäöÅÄÖ-]+ (?:kommun|KOMMUN|Kommun)\b")
_REGION_NAMED = re.compile(r"\b(?:Region|REGION|Landstinget|LANDSTINGET) [A-ZÅÄÖ]|[a-zåäö]regionen\b")
_REGION_BODY = re.compile(r"^(?:Region|Landstings)[a-zåäö]*(?:styrelse|fullmäktige|nämnd|utskott)")


# A body whose name says only its kind, named in full by what it is for: "Gemensamma nämnden för
# hjälpmedelsverksamhet och andra samverkansfrågor" (Fagersta), "Nämnden för service och teknik", "Nämnden för
# samhällsskydd mellersta Skaraborg" (Skara), "Direktionen för Höglandets Räddningstjänstförbund" (Nässjö),
# "direktionen för Södra Bohusläns räddningstjänstförbund" (Lilla Edet): a gemensam nämnd's or a kommunalförbund's
# board. Its full name is taken only from a heading line that ends with it (no date, label, number or kind word
# after it); in run-on text where the name ends is not told, so the kind's name alone stands.
_BODY_KIND_DEFINITE = r"(?:nämnden|styrelsen|direktionen|utskottet)"  # a body's kind's word, definite
_GENERIC_BODY = re.compile(r"(?:Gemensamma\s+)?" + _BODY_KIND_DEFINITE + r"|Gemensam\s+nämnd", re.IGNORECASE)


# The last capitalised part of a word glued together ("KallelseKommunstyrelsen" -> "Kommunstyrelsen").
_GLUED_BODY = re.compile(r"(?<=[a-zåäö])[A-ZÅÄÖ][a-zåäö]+$")


# A row's own case number in brackets after its title, labelled: "(ärende nr 2014-000374.005)", "(Dnr RS 2022/1275)";
# the number as written up to the bracket's end ("2014-000375 005").
_BRACKETED_CASE_NUMBER = re.compile(r"\s*\((?P<labelled>(?i:dnr|diarienummer|diarienr|ärendenummer|ärendenr"
                                    r"|ärende\s*nr)\.?\s*:?\s*(?P<number>[^()]{3,30}?))\s*\)")


# A meeting portal's heading of a meeting's page: "Sammanträde 2024-03-05", "Möte 2026-02-24".
_PORTAL_MEETING = re.compile(r"(?:Möte|Sammanträde)\s+\d{4}-\d{2}-\d{2}")


# A roll call's row: a seat's number, then members with their parties' letters, who stands in for whom ("1 Mats
# Johansson (S)", "12 Sara Larsson (C) Marita Granath (C) ersätter Sara Larsson (C)", the §§ they attended "41-50,";
# Region Östergötland's upprop; Älvdalen's "Peter Egardt (s), Kjell Tenn (c)", Åmål's and Mellerud's lists of those
# present name members so). A matter's title that names a member says what of them, in words of its own ("Nils-Åke
# Norman (m) avsäger sig uppdrag", "Avsägelse av uppdrag Mikael Lindström (M)"); no tuning gold title is names alone.
_PARTY_LABEL = re.compile(rf"\((?:{PARTY_LETTERS}|VL|{PARTY_LETTERS.lower()}|vl)\),?")

# (The form's label for the body may be "Myndighet", Årjäng's, as "Instans" and "Nämnd" label it in other heads;
# "genom anslag. Nämnd VA-GIS nämnden Datum då ...", VA-GIS-nämnden's.)
# The sentence may say where the anslag is: "... genom anslag på kommunens officiella anslagstavla i
# Förvaltningshuset. Kommunstyrelsen Sammanträdesdatum" (Nybro; Bjurholm, Sollefteå, Solna, Storuman, Tierp, Timrå
# name the board so), "tillkännagetts" (Sollefteå).
_POSTED_BY = re.compile(r"\btillkännag(?:ivits|etts) genom anslag(?:\s+på\s+[^.]{0,60}?anslagstavla\b[^.]{0,50})?"
                        r"\.?\s+(?:(?i:organ|myndighet|instans|nämnd(?:/styrelse)?|styrelse/nämnd)\s*:?\s*)?")


# A förbund's or a gemensam nämnd's board names itself by its kind's word in its decisions: "Direktionen beslutar"
# (Medelpads räddningstjänstförbund, Sjuhärads kommunalförbund; "Förbundsdirektionen", Högsby), "Styrelsen" (a
# samordningsförbund's), "Nämnden" / "Gemensamma nämnden". Such a sentence starts the decision only where the word
# names the meeting's own body (see _board_names_the_body): another body's is no decision of this meeting's.
_BOARD_WORD = r"(?:Förbunds)?[Dd]irektionen|Styrelsen|Nämnden|Gemensamma nämnden"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


# "... föreslår kommunstyrelsen föreslå kommunfullmäktige besluta följande: • text": the last
# body named before 'besluta' is the one asked to decide the text after the lead.
_DECISION_PROPOSAL = re.compile(r"^[A-ZÅÄÖ][\wåäö-]+s förslag till (?:beslut i )?"
                                r"(?P<body>[\wåäö -]{2,50}?(?:fullmäktige|styrelsen|nämnden))\s*:?\s+"
                                r"(?P<text>[A-ZÅÄÖ0-9].*)$")
# The meeting's own body proposing to a named body as its decision ("Kommunstyrelsen föreslår kommunfullmäktige
# besluta ..."); not "föreslår att kommunfullmäktige beslutar" (Halmstad's gold keeps that a decision only).
_OWN_PROPOSAL_AS_DECISION = re.compile(r"^[A-ZÅÄÖ][\wåäö -]{2,60}? föreslår (?!att\b)[a-zåäö -]*"
                                       r"(?:fullmäktige|styrelsen|nämnden) (?:att|besluta)\b")


# After its label a case number's letters may be written in any case: "Ärendenummer: Ks 1092/2013".
_LABELLED_ANY_CASE = re.compile(r"\b(?i:ärendenummer|diarienummer|dnr)\.?\s*:?\s*"
                                r"(?P<number>[A-ZÅÄÖ][a-zåäö]{1,7}[ -]?\d{2,4}[/.:-]\d{1,6})(?![\w/])")
# "Änr KS 2018/9": the short forms of the label 'ärendenummer'.
_SHORT_LABELLED = re.compile(r"\b(?i:änr|ärendenr)\.?\s*:?\s*(?P<number>" + CASE_NUMBER.pattern + r")")
_EARLIER_DECISION = re.compile(r"^(?P<code>[A-ZÅÄÖ]{2,6})\s*§\s*\d{1,4},?\s+(?P<date>\d{4}-\d{2}-\d{2})$")
# A title line ending so goes on on the next line: a title never ends with a conjunction or preposition.
_OPEN_ENDINGS = (",", "-", " och", " om", " för", " från", " till", " av", " vid", " i", " med", " på", " mot",
                 " över", " inom", " hos", " samt", " enligt", " mellan", " inför", " avseende", " angående",
                 " gällande", " rörande", " beträffande", " genom", " kring")
_PROPOSED_VERB = (r"godkänner|antar|fastställer|beslutar|beviljar|medger|noterar|ger|uppdrar|väljer|utser|"
                  r"entledigar|tillstyrker|avstyrker|avslår|bifaller|återremitterar|delegerar|upphäver|överlämnar")
# A labelled case number cut after its year inside a title, capitals after it: "Delgivningar Dnr KS 2007:
# Avsägelse ...", "... antagande Dnr 2016/ Kommunstyrelsens förvaltning har ..." (Örnsköldsvik, Västervik).
# Also a serial cut after its slash: "Dnr 00041/ Kommunchefens rapport".
_LABELLED_STUB_IN_TITLE = re.compile(r"\s+(?i:dnr|diarienummer|diarienr|ärendenummer)\.?:?\s*"
                                     r"(?P<stub>(?:[A-ZÅÄÖ]{1,8}[ /-]?)?(?:19|20)\d\d[/.:-]"
                                     # (or the registry's code alone: "... 2018 Dnr: LKS I enlighet med ...",
                                     # Lysekil, as Säffle's and Boxholm's 'Dnr Ks' before a title)
                                     r"|[A-ZÅÄÖ]{1,8}[ /-]?\d{2,4}[/.:-]|\d{2,6}/|[A-ZÅÄÖ]{2,8}(?=\s+[A-ZÅÄÖ]))"
                                     r"\s+(?=[A-ZÅÄÖ])")
_SUFFIXED_CASE_AT_END = re.compile(r"\s(?P<number>(?:" + CASE_NUMBER.pattern + r")-\d{1,4})\s*$")
_SUFFIXED_CASE = re.compile(r"(?:" + CASE_NUMBER.pattern + r")(?:-\d{1,4})?")
# Case numbers one after the other closing a title (Strängnäs' lists, Sandviken's and Hultsfred's agendas).
_CASE_NUMBER_RUN = re.compile(r"(?:\s+(?:" + CASE_NUMBER.pattern + r")(?:-\d{1,4})?){2,}\s*$")
# A case number cut short before the title: after its label ("Dnr KFKS 2012/", "Dnr 00041/", "Dnr /" its digits all
# lost, Ragunda), or without one
# where the registry's code and a whole year show what it is ("KS2018/ Svar på ...", "KS-2014/ Seniorboende",
# "KSKF/2013: Kommunstyrelsens delårsrapport"): Kungälv, Eskilstuna, Sandviken, Huddinge.
_LABELLED_STUB_LEAD = re.compile(
    r"^(?:(?i:dnr|diarienummer)\.?:?\s*(?P<stub>[A-ZÅÄÖ]{1,8}[ -]?\d{2,4}[/.:-]|(?:19|20)\d\d-[A-ZÅÄÖ]{1,8}|\d{0,6}/)"
    # (the registry's series after the year's stub, Borgholm's "Dnr 2014/ KS Politiska uppdrag ...")
    r"(?:\s+[A-ZÅÄÖ]{2,4}(?=\s+[A-ZÅÄÖ][a-zåäö]))?"
    r"|(?P<bare>[A-ZÅÄÖ]{2,8}[/ -]?(?:19|20)\d\d[/.:-]))\s+(?=[A-ZÅÄÖ])")
# (the registry's code may stand after the label, its number lost: "Dnr Ks Information om ...", Säffle; Boxholm; or
# before it, the cell printed code first: "ATVKS Dnr Ledamöternas frågestund", Åtvidaberg; the title may open with a
# word of two letters: "Dnr Ej verkställda beslut")
_BARE_LABEL_LEAD = re.compile(r"^(?:[A-ZÅÄÖ]{2,8}\s+)?(?i:dnr|diarienummer)\.?:?\s+(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3}\s+)?"
                              r"(?=[A-ZÅÄÖ][a-zåäö]{2,},?\s+[\wåäö–-]|[A-ZÅÄÖ][a-zåäö]\s+[a-zåäö]{2,})")
_LABELLED_LEAD = re.compile(r"^(?i:dnr|diarienummer)\.?:?\s*(?P<number>[A-ZÅÄÖ]{1,8}[ -]?\d{4,}-?)\s+(?=[A-ZÅÄÖ])")
_DATED_SENTENCE = re.compile(r"\s+(?=(?:Den|I|Under|Efter|Vid|På) (?:den )?\d{1,2} (?:" + MONTH_WORDS + r") \d{4}\b)")
# A party's or a body's mark in brackets ("Motion från Sten Myreback ... alla (c) samt ... (m) om ...", Forshaga;
# "(SD)", "(FP)" Ängelholm, "(M)", "(V)" Linköping; "(KF)"): no bracket that makes a number an earlier case.
_PARTY_OR_BODY_MARK = re.compile(r"\([A-ZÅÄÖa-zåäö]{1,5}\)")
_GLUED_SUFFIX = re.compile(r"-(?:[A-ZÅÄÖ]{2,5}|\d{1,4}(?:\.\d+)*)(?=\s|$)")
# What may stand before a standing item's title in a list's row: its case number column ("150 Dnr 27638 Val
# av justerare", Bjuv), the list's next §§ stacked before the titles ("36 37 38 Val av justerare", Mörbylånga).
_NUMBER_LABEL_LEAD = re.compile(r"^(?:\d{1,3}\s+)*(?:(?i:dnr|diarienummer)\.?:?\s*\d[\w/.:-]*\s+)?(?=[A-ZÅÄÖ])")
# The titles of a protocol's recurring §§ (information, messages, the public's questions ...), a sentence of
# the § run on after it, opening with a capitalised word: "Informationer Kommundirektör Christel Jönsson ger ...".
_STANDING_TITLES = (r"Information(?:er|särenden)?|Meddelanden|Delgivningar|Anmälningsärenden|Anmälningar"
                    r"|Delegationsbeslut|Allmänhetens (?:frågestund|frågor)|Frågor|Interpellationer|Valärenden"
                    r"|Avsägelser|Rapporter|(?:Kommundirektörens|Kommunchefens|Regiondirektörens|Ordförandens) rapport"
                    # the meeting adjourned, its § a standing one of the protocol (Finspång, Mölndal, Norsjö, Säffle)
                    r"|Ajournering")
_STANDING_TITLE_RUN_ON = re.compile(r"^(?P<title>" + _STANDING_TITLES + r")\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[\wåäöÅÄÖ])")
# A recurring item's title that is whole in itself, one list's row alone on its line (not "Information", which as
# often opens "Information om ..."): "12. Valärenden" as the text's last line is that row whole, not cut.
_STANDING_TITLE_WHOLE = re.compile(r"(?!Information$)(?:" + _STANDING_TITLES + r")")
# A person present and what they are there as: "Bo Sylwan (M) (Vice ordförande ...)", "Per-Olof Hermansson (KD)
# tjänstgör för ...", "Anders Kilström, kanslichef", "Leif Sternfeldt, , samt ..."; never "Anna Berg (S) om ..."
# (an interpellation) nor "Bo Blad (S) - Avsägelse ..." (a matter named by the person).
_ATTENDANCE_ENTRY = re.compile(
    r"^[A-ZÅÄÖ][a-zåäöéü]+(?:[- ][A-ZÅÄÖ][a-zåäöéü]+){1,2}"
    r"(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\)\s*(?:\(|(?:tjänstgör|ersätter|ej tjänstgörande)\b"
    # (a substitute "för" the member they sit for: "172 Jan Berglöv (KD) för Henrik Nilsson (M) 174 ...", Mellerud)
    r"|för\s+[A-ZÅÄÖ][a-zåäöéü]+\s+[A-ZÅÄÖ])"
    r"|,\s+(?:,\s*samt\b|[a-zåäö]*(?:chef|sekreterare|sekr\.?|direktör|ordförande|ledamot|ersättare)(?:\W|$)))")
_FILING_CODE = re.compile(r"^(?P<code>\d{2,3})(?:\s+(?=[A-ZÅÄÖ][a-zåäö])|$)")
# "Beslut - Val av ...", "Information - Räddningstjänstsamverkan": what kind of item, not its title.
_ITEM_TYPE = re.compile(r"^(?:Beslut|Information|Anmälan|Diskussion|Redovisning)\s+[-–]\s+(?=[A-ZÅÄÖ])")
_FIRST_POINT = re.compile(r"\s+1\.\s+(?=[A-ZÅÄÖ])")


# A decision's lead, then its numbered points: "Kommunfullmäktige beslutar 1. Den verksamhet ...".
# (the lead may name the body asked to decide: "Kommunstyrelsen föreslår kommunfullmäktige besluta 1. ...", Tjörn)
_POINTS_AFTER_LEAD = re.compile(r"^(?P<lead>[A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet)\s+[a-zåäö]+"
                                r"(?:\s+[a-zåäö]+){0,3}?:?)\s+1\.\s+(?P<points>[A-ZÅÄÖ].*\s2\.\s+[A-ZÅÄÖ].*)$")


# "KS § 80 KS/2018:298 - 001": the paragraph's line holds its case number (and class) alone.
_NUMBER_ONLY = re.compile(r"^(?P<number>" + CASE_NUMBER.pattern + r"(?:\s?-\s?\d{1,4})?)$")
# A step told with its date and its § after it, the § sign perhaps lost in a run-on page ("Kommunstyrelsens
# arbetsutskott beslutade den 6 maj 2008, 190, att ...", Kumla; "... behandlade den 23 november 2012, 112,",
# Arboga; "... har vid sammanträde den 6 september 2007, 102, behandlat", Grums), and in the perfect with its
# participle after the § ("Plan- och miljönämnden har den 21 november 2018, § 181, överlämnat ...", Motala;
# "Kultur- och fritidsnämnden har den 22 maj 2008, 35, beslutat godkänna ...", Kumla). "Kommunfullmäktige har
# den 26 juni 2000, § 53, beslutat om indexreglering" (Tanum) is an earlier decision on another matter.
# A federation is a body of its own there, named by its name (FEDERATION_KINDS: "Västra Mälardalens
# Myndighetsförbund behandlade ...", Arboga; its name after its kind: "Samordningsförbundet Sydnärke"), as the golds
# name Kunskapsförbundet Väst's and Samordningsförbundet Sydnärke's meetings; "behandlade" without "ärendet" only
# with its § (as the deciding verbs).
_STEP_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\s)(?=[^.!?]{0,80}?\d{4},?\s*§?\s*\d{1,4},))"
    r"(?P<body>(?P<federation>(?:[A-ZÅÄÖ][\wåäö-]+ ){0,3}(?=[A-ZÅÄÖ])[\wåäö-]*(?i:" + FEDERATION_KINDS + r")"
    r"(?:et(?: [A-ZÅÄÖ][\wåäö-]+)?)?)"
    r"|[A-ZÅÄÖ][\wåäö-]+(?: (?:och )?[a-zåäö-]+){0,3}?)"
    r"(?P<verb>s förslag| har behandlat ärendet| behandlade ärendet| behandlade| beslutade| har beslutat| föreslog"
    r"| remitterade| (?=har den [^§]{6,20}?,\s*§?\s*\d{1,4},\s+(?:föreslagit|överlämnat|remitterat"
    r"|beslutat(?!\s+om\b))\b)har)"
    r"\s+(?:den\s+)?(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} [a-zåäö]+ \d{4})"
    r"(?P<section>,?\s*§\s*\d{1,4}|,\s*\d{1,4}(?=,))?")


# "i uppdrag av kommunledningsutskottet 2017-09-21 § 157", "uppdrag från kommunstyrelsen den 12 november
# 2015, § 175": an assignment a body gave, dated and with its §.
_ASSIGNED_BY = re.compile(
    r"\buppdrag (?:av|från) (?P<body>[\wåäöÅÄÖ-]+(?: arbetsutskott)?),? (?:den )?"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} [a-zåäö]+ \d{4}),?\s*§\s*\d{1,4}")
# Verbs with which a body's decision opens in a protocol (not 'ger', 'lägger': a description may use them).
_DECIDING_VERB = (r"beslutar|föreslår|godkänner|antar|fastställer|beviljar|avslår|bifaller|återremitterar|"
                  r"tillstyrker|avstyrker|utser|väljer|entledigar|noterar|upphäver|bordlägger")
# Verbs with which a body acts in a decision that a description may use too ("Kommunstyrelsen uppdrar åt ...",
# "överlämnar ärendet", "tar informationen till protokollet", "lägger rapporten till handlingarna", "ger förvaltningen
# i uppdrag"; "Förvaltningen tar fram ..." describes): with _DECIDING_VERB, a decision's where nothing but a decision
# stands so, a numbered point's subject acting (agendarows' _ACTING_ROW) or a sentence opening with the verb, its
# subject lost (itemtext's _LOST_SUBJECT).
_ACTING_VERB = r"uppdrar|överlämnar|tar|lägger|ger"
# (The year may be written in two digits, "Kf § 19 98.235-622 Ks", Tanum 1998: then only with its serial of three
# digits or more and its class, which no clock time, "10.30", and no time span, "10.30-11.00", has.)
_REGISTRY_ONLY = re.compile(r"^(?P<number>(?:(?:19|20)\d\d\.\d{1,5}(?:-\d{1,4})?|\d\d\.\d{3,5}-\d{1,4})"
                            r"(?:\s+[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3})?)$")
_NUMBER_LINE = re.compile(r"^(?i:dnr|diarienummer|diarienr|ärendenummer|ärendenr)\.?\s*:?\s*"
                          r"(?P<number>[A-ZÅÄÖ0-9][\wÅÄÖåäö/.:-]*(?:\s\d{1,5}){0,2})$")
# A member's motion: a name and party, then the verb ("Åsa Häggström (v) föreslår", "Birger Larsson (C) yrkar").
_MEMBERS_MOTION = re.compile(rf"\b[A-ZÅÄÖ][a-zåäöé]+\s+\((?i:{PARTY_LETTERS})\)\s+(?:yrkar|föreslår)\b")
# A bullet after a sentence's end opening the next point ("... i kommunstyrelsen. - Kommunstyrelsen uppdrar ...").
_SENTENCE_BULLET = re.compile(r"(?<=[.!?])\s+[-•–*]\s+(?=[A-ZÅÄÖ])")
# A whole sentence whose subject (a capitalised name of up to seven words: "Kommunernas hjälpmedelsnämnd i Kalmar
# län") acts: "Kommunstyrelsen beslutar att ...".
_BODY_ACTS_IN_A_SENTENCE = re.compile(r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,6}?\s+(?:har|beslutar|beslutade|föreslår|"
                                      r"föreslog|ska|skall)\s[^.!?]*\.$")
