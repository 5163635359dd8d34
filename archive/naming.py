"""What a name tells: which kind of body or addressee it is, its short code,
and the nominative of a genitive body name ("kommunstyrelsens" -> "Kommunstyrelsen")."""

from __future__ import annotations

import re

# Ordered: the first suffix that matches decides.
_BODY_KINDS = [
    ("arbetsutskott", "utskott"),
    ("utskott", "utskott"),
    ("utskottet", "utskott"),  # "Kommunledningsutskottet": the definite form, as "styrelsen", "nämnden"
    ("fullmäktige", "fullmäktige"),
    ("styrelse", "styrelse"),
    ("styrelsen", "styrelse"),
    ("nämnd", "nämnd"),
    ("nämnden", "nämnd"),
    # A kommunalförbund's board (kommunallagen: a direktion, or förbundsfullmäktige and a förbundsstyrelse):
    # "Direktionen för Höglandets Räddningstjänstförbund" (Nässjö), "Förbundsdirektionen" (Högsby, Arboga),
    # "direktionen för Södra Bohusläns räddningstjänstförbund" (Lilla Edet), "direktionen i Partnerskap Inland"
    # (Strömsund).
    ("direktion", "styrelse"),
    ("direktionen", "styrelse"),
    ("kollegiet", "nämnd"),
    ("kollegium", "nämnd"),
    ("revisorerna", "nämnd"),
]

_BODY_SUFFIXES = tuple(suffix for suffix, _kind in _BODY_KINDS)

KNOWN_CODES = {
    "kommunfullmäktige": "KF",
    "kommunstyrelsen": "KS",
    "kommunstyrelsens arbetsutskott": "KSAU",
    "regionfullmäktige": "RF",
    "regionstyrelsen": "RS",
}

_COMPANY = re.compile(r"\b(AB|Aktiebolag|HB|KB|ekonomisk förening)\b\.?$")
# One word of a person's name, capitalised, perhaps double: "Anna", "Émile", "Lirell-Stenman" (the one place the
# readers' name patterns are made from).
PERSON_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
# "Daniel Stendahl", "Anna-Karin af Ekström": capitalised words, perhaps a particle.
_PERSON = re.compile(r"^" + PERSON_WORD + r"(?:\s+(?:af|von|de|van)?\s*" + PERSON_WORD + r"){1,3}$")


def body_kind(name: str) -> str | None:
    """The kind of a decision-making body, or None when the name is not a body's."""
    lowered = name.lower().strip()
    if not lowered.endswith(_BODY_SUFFIXES):
        return None  # most names asked are none: one test of all the suffixes at once
    for suffix, kind in _BODY_KINDS:
        if lowered.endswith(suffix):
            return kind
    return None


def body_code(name: str) -> str | None:
    return KNOWN_CODES.get(name.lower().strip())


def parent_body_name(name: str) -> str | None:
    """KSAU belongs to KS: "Kommunstyrelsens arbetsutskott" -> "Kommunstyrelsen"."""
    match = re.match(r"^(.+?s)\s+(?:arbetsutskott|utskott|\w+utskott)$", name.strip(), re.I)
    if match:
        return nominative(match.group(1))
    return None


# The definite ending of a body's last word: "Socialnämnden" is "Socialnämnd", "Direktionen" is "Direktion".
_DEFINITE_ENDING = re.compile(r"(?:(?<=nämnd)en|(?<=styrelse)n|(?<=direktion)en|(?<=utskott)et)$")
# The word before a gemensam nämnd's own name; not before the kind's word alone ("Gemensamma nämnden" names no body).
_SHARED = re.compile(r"^gemensam(?:ma)?\s+(?!nämnd(?:en)?$)")


def body_key(name: str) -> str:
    """What two names of one body have in common, case aside: a gemensam nämnd with or without the word ("Gemensam
    Hjälpmedelsnämnd" in a protocol's head, "Hjälpmedelsnämnden" in its plan), a name in the indefinite or the
    definite form ("Socialnämnd", "Socialnämnden"). The archive looks a body up by it, so one body is one row."""
    return _DEFINITE_ENDING.sub("", _SHARED.sub("", " ".join(name.lower().split())))


def is_body_genitive(word: str) -> bool:
    """Whether `word` is a body's name in the genitive, its small "s" after it: "Kommunstyrelsens", "nämndens" (for any
    case, ask with the word lowered)."""
    return word.endswith("s") and body_kind(word[:-1]) is not None


def nominative(genitive: str) -> str:
    """'kommunstyrelsens' -> 'Kommunstyrelsen', 'kommunfullmäktiges' -> 'Kommunfullmäktige'."""
    word = genitive.strip()
    if is_body_genitive(word.lower()):
        word = word[:-1]
    return word[:1].upper() + word[1:]


# Last words that make "Västra Götalandsregionen" an organisation, not a person.
_ORGANISATION_ENDINGS = ("regionen", "region", "kommun", "verket", "nämnden", "styrelsen", "förvaltningen",
                         "kontoret", "bolaget", "föreningen", "myndigheten", "stiftelsen", "rådet", "enheten")


# A unit's word, which no part of a person's name is: "Ekonomiavdelning Johan Westin" is the letterhead's
# "Tjänsteställe/handläggare" field, the unit before the officer (Nynäshamn; "Landstingets kansli Anita Wiklander",
# Region Västernorrland; "Kommunledningsförvaltningen Morgan Persson", Kristinehamn).
UNIT_WORD = re.compile(r"(?:avdelning|avdelningen|kansli|kansliet|förvaltning|förvaltningen|kontor|kontoret|enhet"
                        r"|enheten)$", re.IGNORECASE)


def looks_like_person(text: str) -> bool:
    text = text.strip()
    if text.lower().endswith(_ORGANISATION_ENDINGS):
        return False
    return bool(_PERSON.match(text)) and not any(UNIT_WORD.search(word) for word in text.split())


def addressee_kind(name: str, title: str | None = None) -> str:
    if title or looks_like_person(name):
        return "person"
    if _COMPANY.search(name.strip()):
        return "company"
    if body_kind(name):
        return "body"
    return "department"


def split_title_and_name(text: str) -> tuple[str, str | None]:
    """'EU strateg, Daniel Stendahl' -> ('Daniel Stendahl', 'EU strateg').

    Only when the part after the last comma is a person's name; otherwise the whole
    text is the name (a department such as 'Stadskontoret, avdelningen för ...')."""
    text = " ".join(text.split())
    if "," in text:
        before, after = text.rsplit(",", 1)
        if looks_like_person(after) and before.strip():
            return after.strip(), before.strip()
    return text, None
