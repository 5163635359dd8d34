"""What one item of a protocol or kallelse says: its text cut into parts under their headings (Beslut,
förslag till beslut, Beslutet skickas till ...), the decision and the proposals put to the meeting, numbered points,
a path table of earlier steps."""

from __future__ import annotations

import itertools
import re

from archive import naming
from archive.importing.agendarows import Item, _item_heading, _title_openings
from archive.importing.common import (
    LABELLED,
    MONTH_WORDS,
    RUN_ON,
    body_at_start,
    body_name,
    clean,
    find_dates,
    is_case_number,
    proposal_lead,
)
from archive.importing.meetingwords import (
    _ACTING_VERB,
    _AGENDA_WORD,
    _ATTACHMENT_CELL_AFTER_TITLE,
    _BOARD_WORD,
    _BODY_ACTS_IN_A_SENTENCE,
    _DECIDING_VERB,
    _EARLIER_DECISION,
    _FOOTER,
    _LONGEST_TITLE,
    _OPEN_ENDINGS,
    _PARAGRAPH,
    _SENTENCE_AFTER_TITLE,
    _SENTENCE_END,
    _UNNAMED_PLACE_AND_TIME,
    FORMALITY,
    generic_body,
)
from archive.importing.text import Line, ocr_tolerant

_JUSTERING_WORD = re.compile(r"\b(?:Justering|JUSTERING)\b")
# Who informs on a list's row, after its title: "Ny projektperiod North Swedenkontoret Information av Mikael Jansson,
# North Sweden European Office" (Kommunförbundet Norrbotten), "Kommundirektörens rapport Information från Haleh
# Lindqvist kl. 09:15" (Kungälv), "Nya äldreboendet i Fiskebäck, Lysekil information av Joakim Jacobsson från
# Riksbyggen" (Lysekil): a capitalised "Information" opens the row's next cell, a person's name after it.
_INFORMANT_AFTER_TITLE = re.compile(r"\s+(?:Muntlig\s+information|Information)\s+(?:av|från)\s+"
                                    r"(?P<name>" + naming.PERSON_WORD + r"\s+" + naming.PERSON_WORD + r")"
                                    r"(?=\s*,|\s+kl\b|\s*\(|\s*$)")
_ITEM_MID = re.compile(ocr_tolerant(  # a scan's OCR'd headings too ("Hjälpmedelsnämndens bes1ut": text.ocr_tolerant)
    r"(?<=\S)\s+(?P<heading>Beslutet (?:ska )?(?:skickas|expedieras|sänds) till|Expedieras till|Protokollsutdrag till"
    r"|Förslag till beslut|Beslut|Beslutsunderlag"
    # (its first word lost with the font it was set in, "sunderlag" left after a word or a sentence's end: "...
    # tillhörande hästbyn sunderlag Plankarta ..." (Falkenberg), "... med kronor. sunderlag Kommunledningskontorets
    # tjänsteskrivelse ..." (Örebro; Säffle's and Västra Sörmland's so): the papers' heading, as "s beslut" is the
    # decision's, _LOST_BODYS_DECISION)
    r"|(?<=[a-zåäö.]\s)sunderlag"
    # in capitals (Kil, Sala, Simrishamn), before a sentence's first word, not an all-caps title's next word
    r"|(?:FÖRSLAG TILL BESLUT|BESLUT)(?=\s*:?\s+(?:[A-ZÅÄÖ][a-zåäö]|\d))"
    r"|Handläggare|Föredragande|(?:Kommunfullmäktiges|Kommunstyrelsens|Nämndens|Styrelsens|Utskottets"
    r"|Arbetsutskottets|[A-ZÅÄÖ][a-zåäö]+nämndens"
    # a region's, a landsting's, a förbund's board as the municipality's ("... Regionstyrelsens beslut Regionstyrelsen
    # godkänner ...", "... Direktionens beslut ...", "... Gemensamma nämndens beslut ..."), where the text runs on
    r"|(?:Region|Landstings|Förbunds)(?:styrelsens|fullmäktiges)|(?:Förbunds)?[Dd]irektionens|Gemensamma nämndens)"
    r" beslut)"
    r"\s*:?\s+(?=[A-ZÅÄÖ0-9])"
))
# The proposal's heading run into a lead whose proposer the extraction lost ("... Policy för IT Förslag till beslut
# föreslår att kommunfullmäktige godkänner ...", Ljungby: the subject set apart, as _LOST_SUBJECT's decisions lost
# theirs in Orkelljunga's and Regionförbundet i Kalmar län's protocols).
_LOST_PROPOSER_MID = re.compile(r"(?<=\S)\s+(?P<heading>Förslag till beslut|Beslutsförslag)\s*:?\s+(?=föreslår\s)")
# A proposer's heading ("Presidiets förslag", "Kommunledningskontorets förslag till beslut:", as _item_heading reads it
# on a line of its own) run into the sentence it heads, a body and its verb: "1 Justering Presidiets förslag
# Regionstyrelsen utser ..." (Halland's kallelse as a copy site joins its lines; Vaggeryd's protocol and Vindeln's
# extract run so; Kalmar's and Region Skåne's kallelser set the heading alone over such a sentence). Mid-line, or
# opening a line of the item's text.
_PROPOSER = r"[A-ZÅÄÖ][a-zåäö-]+s förslag(?: till beslut)?"
# A body in the definite form opening a sentence, its subject: "Kommunstyrelsen", "Verksamhetsutskottet".
_BODY_SUBJECT = r"[A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen)"
_BEFORE_A_BODYS_SENTENCE = r"\s*:?\s+(?=" + _BODY_SUBJECT + r"\s+[a-zåäö]+\b)"
_PROPOSER_HEADING_MID = re.compile(r"(?<=\S)\s+(?P<heading>" + _PROPOSER + ")" + _BEFORE_A_BODYS_SENTENCE)
_PROPOSER_HEADING_RUN_INTO = re.compile(r"^(?P<h>" + _PROPOSER + ")" + _BEFORE_A_BODYS_SENTENCE + r"(?P<rest>.*)$")
# In run-on text (a page as one line) the other sub-headings of an item stand mid-line too.
_SENTENCE_TO_THE_END = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?: [\wåäö,()-]+){4,}\.")  # a sentence of five words or more
_RUN_ON_MID = re.compile(
    r"(?<=\S)\s+(?P<heading>Överläggning|Ärendebeskrivning|Beskrivning av ärendet|Bakgrund"
    r"|Sammanfattning av ärendet|Sammanfattning"
    r"|Yrkanden?|Beslutsgång|Propositionsordning|Ärendet|Reservation"
    # (the other notes a member has entered after the decision, as the item's heading lines name them: "...
    # beslutsprocessen. Särskilt yttrande Niklas Frykman (L) lämnar ett särskilt yttrande", Eskilstuna's extract)
    r"|Särskilt yttrande|Protokollsanteckning(?:ar)?)\s*:?\s+(?=[A-ZÅÄÖ0-9])"
)


# A sentence opening with a body and its verb: "Kommunstyrelsen beslutar att ...",
# "Kommunstyrelsen föreslår att kommunfullmäktige ...", "Kommunstyrelsen ajournerar sig".
_BODY_SENTENCE = re.compile(
    r"(?<=\S)\s+(?=(?P<subject>[A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet))\s+(?P<verb>[a-zåäö]+)\b)"
)
# (Not "Direktionen för kommunalförbundet", "Styrelsen för Samordningsförbundet X", "Nämnden för service och teknik":
# a board named by what it is for, inside a sentence, Sjuhärads kommunalförbund's § 5.)
_BOARD_SENTENCE = re.compile(r"(?<=\S)\s+(?=(?P<subject>" + _BOARD_WORD + r")\s+(?P<verb>(?!för\b)[a-zåäö]+)\b)")


def _board_names_the_body(subject: str, body: str | None) -> bool:
    """'Direktionen' for Direktionen or Förbundsdirektionen, 'Styrelsen' for 'Styrelsen för Samordningsförbundet X'
    or 'Samordningsförbundets styrelse' (not Kommunstyrelsen: a company's board is named so too), 'Nämnden' for
    Socialnämnden or 'Gemensamma nämnden för ...': the board's word names the meeting's own, known body."""
    if body is None:
        return False
    subject, body = subject.lower(), body.lower()
    if subject.endswith("direktionen"):
        return "direktion" in body
    if subject == "styrelsen":
        return body.startswith("styrelsen") or re.search(r"\sstyrelsen?$", body) is not None \
            or body == "förbundsstyrelsen"
    if subject == "nämnden":
        return body.endswith("nämnden") or body.startswith(("nämnden ", "gemensamma nämnden"))
    return body.startswith("gemensamma nämnden")


def _names_the_body(subject: str, body: str | None) -> bool:
    """'Kommunstyrelsen', 'Arbetsutskottet' for Kommunstyrelsens arbetsutskott: the subject is the meeting's own body
    (any, where the body is not known); a board's word alone only as _board_names_the_body reads it."""
    if re.fullmatch(_BOARD_WORD, subject):
        return _board_names_the_body(subject, body)
    if body is None:
        return True
    stem = re.sub(r"(?<=utskott)et$", "", subject.lower())
    return body.lower() == subject.lower() or body.lower().endswith(stem)


# ("vitsordar": the body attests that it was duly called, Grums' "Kommunfullmäktige vitsordar sig vara i behörig ordning
# sammankallade", the decision Hofors words "Kommunfullmäktige godkänner sammanträdets kungörande" and Danderyd
# "Sammanträdet förklaras därför i laga ordning kungjort")
_DECISION_VERB = re.compile(
    r"beslutar|beslöt|föreslår|godkänner|antar|fastställer|tillstyrker|avstyrker|avslår|bifaller|noterar|"
    r"lägger|ger|uppdrar|återremitterar|bordlägger|överlämnar|väljer|utser|medger|hemställer|beviljar|"
    r"entledigar|lämnar|anser|delegerar|upphäver|tar|yttrar|godkände|antog|beslutade|föreslog|fattar|vitsordar"
)
# "Kommunfullmäktige har tagit del av informationen" (Säffle; Kil under its Beslut heading): the perfect of the
# formula "tar del av informationen" (Lysekil) with which a body decides on an item of information.
_NOTED = re.compile(r"\s+tagit del av\b")
# "Verksamhetsutskottet tackar för statistiken" (Heby): the body's thanks for a report, the finding with which it
# closes an item of information ("Kommunstyrelsen tackar för informationen"); only the formula with "för".
_THANKED = re.compile(r"\s+för\s+[a-zåäö]")
# An account of what the body did before, in the past tense ("Verksamhetsutskottet beslutade vid förra
# sammanträdet att ...", Heby), after its present-tense finding: no part of the decision.
# A body's deciding verbs in the past tense: an account of what it decided before.
_PAST_DECIDING = ("beslutade", "beslöt", "godkände", "antog", "föreslog")
_BODYS_PAST_ACCOUNT = re.compile(r"(?P<subject>" + _BODY_SUBJECT + r")\s+"
                                 r"(?:" + "|".join(_PAST_DECIDING) + r"|gav|uppdrog|har\s+tidigare)\b")
# The meeting's own body's earlier decision told with its day right after the verb ("Kommunstyrelsen beslutade den 7
# april 2015 (§ 127) att uppdra ...", Kalmar's kommunstyrelse; "Nämnden beslutade den 21 februari 2014", Fagersta's):
# the matter's history, never this meeting's decision. (Where the meeting's body is not known, the sentence is left as
# it was read: Falköping's, whose planning then would take the day as a step.)
_DECIDED_ON_A_DAY = re.compile(r"\s+(?:den\s+)?(?:\d{1,2}\s+(?:" + MONTH_WORDS + r")\b|(?:19|20)\d\d-\d\d-\d\d)",
                               re.IGNORECASE)
_BODYS_PRESENT = re.compile(r"(?P<subject>" + _BODY_SUBJECT + r")\s+[a-zåäö]+(?:ar|er)\b")


def past_account_cut(decided: list[str]) -> list[str]:
    """A decision read from a body's sentence (no Beslut heading) without the past-tense account that follows it on
    lines of their own: where its first line is the body's present-tense finding without a stop, the decision ends
    at a line opening with the same body in the past tense (a quoted earlier decision, never this meeting's)."""
    first = _BODYS_PRESENT.match(decided[0]) if decided else None
    if not first or decided[0].rstrip().endswith((".", "!", "?")):
        return decided
    for at, line in enumerate(decided[1:], start=1):
        past = _BODYS_PAST_ACCOUNT.match(line)
        if past and past.group("subject") == first.group("subject"):
            return decided[:at]
    return decided
# "Informationen läggs till handlingarna.", "Anmälningsärendena läggs till handlingarna.": the passive formula
# that closes an item in a protocol without a Beslut heading, its subject the item's papers (Vingåker, Mariestad;
# Västerås proposes it so: "Anmälan av länsstyrelsens protokoll 1. Protokollet läggs till handlingarna."). A förbund's
# shorter minutes word it in the past or name the papers more fully: "Protokollet lades till handlingarna." (Medelpads
# räddningstjänstförbund), "Protokoll från sammanträdet läggs till handlingarna." (Sjuhärads kommunalförbund).
# The finding on an item of information is worded so too, under a Beslut heading in Vetlanda ("Informationen noteras
# till protokollet."), Sollefteå ("Informationerna noteras."), Värmdö ("Rapporten godkänns."), Malung-Sälen
# ("Delårsrapporten godkänns."): where a § has no heading, that sentence is its decision as well. It stands alone
# on its line where the text keeps its breaks. So is the finding that the meeting was duly announced, the decision of
# the opening item a protocol keeps as a matter (the corpus README's "Kungörelse" convention): "Sammanträdet förklaras
# därför i laga ordning kungjort." (Danderyd, under no heading), "Sammanträdet har blivit i laga ordning kungjort."
# (Högsby, under its heading; Hofors and Grums word the same finding with the body as subject).
# The two findings joined: "Protokollen noteras och läggs till handlingarna." (Norra Västmanlands samordningsförbund),
# "Redovisningen godkänns och läggs till handlingarna." (Årjäng), "... godkändes och lades till handlingarna."
# (Luftvårdsförbundet i Värmlands län); the papers reported: "Sammanställning av delegationsbeslut anmäls och läggs
# till handlingarna." (Region Jönköpings län; "Förteckningen över ..." names the papers so too).
_FINDING = (r"[A-ZÅÄÖ][a-zåäö]+(?:\s+(?:från|av|för|över)\s+[a-zåäö]+)?\s+(?:"
            r"(?:(?:noteras|noterades|godkänns|godkändes|anmäls|anmäldes)\s+och\s+)?(?:läggs|lades)\s+till\s+handlingarna"
            r"|(?:noteras|noterades|antecknas|antecknades)(?:\s+till\s+protokollet)?|godkänns|godkändes"
            r"|(?:förklaras(?:\s+därför)?|har\s+blivit|är)\s+i\s+laga\s+ordning\s+(?:kungjort|utlyst))\.")
_FILED_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[a-zåäö]))\s+(?=" + _FINDING + ")")
_FINDING_LINE = re.compile(_FINDING + "$")


def _filed_sentence(text: str) -> re.Match | None:
    """The first finding that opens a sentence of `text` (_FILED_SENTENCE): after a title's last word, not after a
    preposition or a conjunction, which asks for more of its own sentence ("Förslaget om rapport från Ledningsgruppen
    godkänns.": the finding is the whole sentence's, "Ledningsgruppen godkänns." none; a title never ends so,
    _OPEN_ENDINGS)."""
    return next((m for m in _FILED_SENTENCE.finditer(text) if not text[:m.start()].endswith(_OPEN_ENDINGS)), None)


# The meeting agreeing with a proposal put to it, on a line of its own under the § title where no "Beslut" heading
# stands: "Enligt förvaltningens förslag med kompletteringen:" over the added text (Värmdö's protocol on its web
# page), "Enligt arbetsutskottets förslag.", "Enligt förslaget." (the words Västra Götalandsregionen and Trosa's
# arbetsutskott print after their Beslut labels). A closed form, the whole line: a sentence opening so ("Enligt
# förslaget ska Aneby dela på ansvaret ...") is the matter's description, no finding.
_AGREED_LINE = re.compile(r"Enligt\s+(?:[a-zåäö-]+s\s+)?förslag(?:et)?(?:\s+med\s+(?:följande\s+|den\s+)?"
                          r"(?:komplettering(?:en|ar|arna)?|tillägg(?:et|en)?|ändring(?:en|ar|arna)?))?\s*[:.]?")


def agreed_proposal_line(lines: list[Line]) -> int | None:
    """The index of the line that states the meeting's agreement with a proposal (_AGREED_LINE), among the § text's
    lines after its head and before any heading (a proposal's, a description's); None where no such line opens it."""
    for at, line in enumerate(lines[1:], start=1):
        text = line.stripped
        if not text:
            continue
        if _item_heading(text):
            return None
        if _AGREED_LINE.fullmatch(text):
            return at
    return None


# The body's decision heading whose name the extraction lost (set as a field or in another font), its genitive "s"
# left: "Rapport från utskotten s utskotts ledamöter informerar ... s beslut tar del av informationen." (Bengtsfors),
# "... samordningsförbund s beslut Noterar informationen Ärendet ..." (Tranemo), "Skolchef - s beslut 1. att chef
# ..." (Strömstad), "... Demokratiberedningen s beslut Informationen noteras." (Svalöv). Only before a sentence: a verb
# in lower case, a capitalised word and a lower-case one, or a first point ("s beslut Information Övrigt", a
# dagordning's legend in Region Blekinge's protocol, is none).
_LOST_BODYS_DECISION = re.compile(r"(?<=[\w.)-])\s+s beslut:?\s+"
                                  r"(?=[a-zåäö]{2,}\s|[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]|\d{1,2}\.\s)")


def _split_body_sentences(lines: list[Line], body: str | None = None) -> tuple[list[Line], bool]:
    """A protocol item without a 'Beslut' heading, its text run on: each sentence that opens
    with a body and a verb starts a line (it ends the title); before the first whose verb
    decides ('beslutar', 'föreslår' ...) stands a 'Beslut' heading. Whether the decision was found in a sentence
    (its first sentence is the decision) rather than under a heading."""
    result: list[Line] = []
    found = headed = False
    section = None
    for index, line in enumerate(lines):
        text = line.stripped
        section = _item_heading(text) or section if text else section
        cuts = sorted([m for m in _BODY_SENTENCE.finditer(text)] + [
            m for m in _BOARD_SENTENCE.finditer(text) if _board_names_the_body(m.group("subject"), body)],
            key=lambda m: m.start())
        cuts = [m for m in cuts if re.fullmatch(r"[a-zåäö]+(?:ar|er|r|de|te|öt|og)", m.group("verb"))]
        filed = _filed_sentence(text) if not found and section != "proposal" else None
        lost = _LOST_BODYS_DECISION.search(text) if not found and section != "proposal" else None
        if lost and not (filed and filed.start() < lost.start()):
            # "s beslut tar del av informationen.": the decision under its heading, the body's name lost
            result.extend([Line(line.number, text[:lost.start()].strip(), page_start=line.page_start),
                           Line(line.number, "Beslut"), Line(line.number, text[lost.end():])])
            # A heading of the § after it ("... s beslut Förvaltningen ska ... . Återrapportering ska göras ... .
            # Ärendet kompletteras med ... Ärendet Under hösten ...", Tranemo) ends the decision as it ends one under
            # its heading whole: all of its sentences are the decision. Where none follows, the text after its first
            # sentence may be the § text run on (a description), and the first sentence is the decision.
            headed = any(_item_heading(x.stripped) for x in lines[index + 1:])
            found = True
            continue
        if not found and section != "proposal" and _FINDING_LINE.match(text):
            # "Protokollet lades till handlingarna." on a line of its own: the item's decision (not a proposal's
            # text under its heading).
            result.extend([Line(line.number, "Beslut"), line])
            found = True
            continue
        if filed and not any(m.start() < filed.start() for m in cuts):
            # The item's papers filed ("Informationen läggs till handlingarna."): its decision.
            result.append(Line(line.number, text[:filed.start()].strip(), page_start=line.page_start))
            result.append(Line(line.number, "Beslut"))
            result.append(Line(line.number, text[filed.end():]))
            found = True
            continue
        if not cuts:
            result.append(line)
            continue
        start = 0
        for match in cuts:
            piece = text[start:match.start()].strip()
            if piece:
                result.append(Line(line.number, piece, page_start=line.page_start and start == 0))
            # Another body's decision ("Regionstyrelsen beslutar ..." quoted in Tingsryd's kommunstyrelse, an
            # attached extract) is no decision of this meeting's.
            # Nor is the decision proposed under a proposal's heading ("Kommunstyrelsens förslag till beslut
            # Kommunfullmäktige beslutar att ...": Danderyd, Vindeln; Vilhelmina's "Arbetsutskottets förslag till
            # kommunstyrelsen Kommunstyrelsen beslutar att notera rapporten.").
            deciding = (_DECISION_VERB.fullmatch(match.group("verb")) or _NOTED.match(text, match.end("verb"))
                        or match.group("verb") == "tackar" and _THANKED.match(text, match.end("verb"))) \
                and not (body and match.group("verb") in _PAST_DECIDING and _DECIDED_ON_A_DAY.match(text,
                                                                                                  match.end("verb")))
            if not found and deciding \
                    and _names_the_body(match.group("subject"), body) and section != "proposal":
                result.append(Line(line.number, "Beslut"))
                found = True
            start = match.end()
        result.append(Line(line.number, text[start:]))
    if not found:
        result, found = _lost_subject_decision(result)
    return result, found and not headed


# A decision whose subject the extraction lost (the body's name set apart in the source, as a field or in bold): its
# sentence opens with the verb in lower case right after another sentence's end ("... kontakter kring projektet
# Europakorridoren. beslutar uttala kommunen ställer sig bakom ...", Orkelljunga's arbetsutskott; "... (Hultsfred
# anthem). tar informationen till protokollet.", Regionförbundet i Kalmar län; so Ljungby's proposal, its proposer
# lost: "Förslag till beslut föreslår att kommunfullmäktige godkänner ..."). Only verbs that decide (the protocols'
# _DECIDING_VERB but "föreslår": a proposal; and, lower case right after a sentence's end, those a description may use
# too, _ACTING_VERB), and after a word's end of three letters or a bracket ("bl.a.", "t.ex." end no sentence).
_VERB_WITHOUT_SUBJECT = (r"\s+(?=(?:" + "|".join(verb for verb in _DECIDING_VERB.split("|") if verb != "föreslår")
                         + "|" + _ACTING_VERB + r")\s+[a-zåäö])")
_LOST_SUBJECT = re.compile(r"(?<=[a-zåäö)]{3}[.!?])" + _VERB_WITHOUT_SUBJECT)


# So the decision's att-clause whose lead ("Kommunstyrelsen beslutar", "Beslut") the extraction lost: in lower case
# right after another sentence's end, where no sentence opens so ("... Material delas ut. att lägga
# verksamhetsuppföljningen till handlingarna", Nyköping's kommunstyrelse; Nora Fastigheter's board minutes so). After
# a word's end of two letters ("ut."); a single letter's stop ("bl.a.", "t.ex.") ends no sentence.
_LOST_LEAD_ATT = re.compile(r"(?<=[a-zåäö)]{2}[.!?])\s+(?=att\s+[a-zåäö]{3,}\s+[a-zåäö])")


# So after a date that ends the list of the §'s papers, their heading lost too ("Avsägelse från Bengt Josefsson daterad
# den 13 maj 2011 beslutar godkänna Bengt Josefssons avsägelser.", Gislaved's fullmäktige): a whole date, the verb in
# lower case right after it (the candidates here, _dated_lost_subject checks the date).
_LOST_SUBJECT_AFTER_DATE = re.compile(r"(?<=\d\d)" + _VERB_WITHOUT_SUBJECT)


def _dated_lost_subject(text: str) -> re.Match | None:
    """The first _LOST_SUBJECT_AFTER_DATE whose digits end a whole date ("13 maj 2011", "2011-05-13")."""
    for match in _LOST_SUBJECT_AFTER_DATE.finditer(text):
        before = text[max(0, match.start() - 30):match.start()]
        if any(date.end == len(before) and date.iso for date in find_dates(before)):
            return match
    return None


def _lost_subject_decision(lines: list[Line]) -> tuple[list[Line], bool]:
    """The item's first sentence opening with a deciding verb whose subject was lost (_LOST_SUBJECT, or after a date:
    _dated_lost_subject), outside a proposal's section: a 'Beslut' heading before it. Whether one was found."""
    section = None
    for index, line in enumerate(lines):
        text = line.stripped
        section = _item_heading(text) or section if text else section
        match = min((m for m in (_LOST_SUBJECT.search(text), _LOST_LEAD_ATT.search(text), _dated_lost_subject(text))
                     if m), key=lambda m: m.start(), default=None) if section != "proposal" else None
        if match:
            return [*lines[:index], Line(line.number, text[:match.start()], page_start=line.page_start),
                    Line(line.number, "Beslut"), Line(line.number, text[match.end():]), *lines[index + 1:]], True
    return lines, False


_FORMALITY_START = re.compile(FORMALITY.pattern.rstrip("$") + r"\s+(?=[A-ZÅÄÖ])", re.IGNORECASE)


# The agenda fixed in the genitive's word order: "dagordningens fastställande" (Medelpad's direktion).
_INVERTED_FORMALITY = re.compile(r"^(dagordningens|föredragningslistans|ärendelistans) (fastställande|godkännande)$",
                                 re.IGNORECASE)
# A standing item's own decision run on after its title, an att-clause in lower case: "Fastställande av dagordning
# att fastställa dagordningen" (Sjuhärad's direktion), as a protocol's decisions open everywhere ("att ...").
_FORMALITY_THEN_ATT = re.compile(FORMALITY.pattern.rstrip("$") + r"\s+att\s+[a-zåäö]", re.IGNORECASE)
# (So the meeting found lawfully called, with the agenda's approval: "Sammanträdets laga tillkomst och fastställande av
# dagordning", Vallentuna; alone, "Laga ordning", it states its own finding, a matter as the golds keep it.)
_NOTICE_APPROVED = re.compile(r"^(?:(?:godkännande|fastställande) av (?:kungörelse|kallelse)n?"
                              r"|sammanträdet?s laga tillkomst)$", re.IGNORECASE)
# (Or a dash between them: "Genomgång av närvarande ledamöter - utseende av protokollsjusterare för del 2.",
# Skärholmens stadsdelsnämnd.)
_FORMALITY_PARTS = re.compile(r",\s*|\s+(?:och|samt)\s+|\s+[-–]\s+")


# The choice of justerare with the one chosen run on after it, the sentence naming them cut off ("20 Val av justerare
# Staffan Mild utses att jämte ordförande justera ...", Språk- och tolknämnden Dalarna's § page, the learned model's row
# ending inside the name; "1. Val av protokolljusterare Ulrika Landergren (FP)", Kungsbacka's table): a person's name,
# a party perhaps, is no matter's title; the item stays a formality.
_JUSTERARE_NAMED = re.compile(
    r"(?i:val\s+av\s+(?:justerare|justeringsperson(?:er)?|protokolls?justerare|justeringsledamot(?:er)?)"
    r"|utseende\s+av\s+justerare|justering(?:\s+av\s+protokoll(?:et)?)?"
    # the justerare proposed by name, as the row puts it ("1 Förslag till justerare Roland Johansson.", Ljungby; its
    # colon before the name, "1 Förslag till justerare: Magnus Carlsson", Ljungby's other pages)
    r"|förslag\s+till\s+(?:protokolls?)?justerare)"
    r":?(?:\s+" + naming.PERSON_WORD + r"){1,3}(?:\s+\([A-ZÅÄÖa-zåäö]{1,5}\))?\.?$")


def _is_formality(title: str) -> bool:
    """A standing item: one formality, several in one title ("Sammanträdets öppnande, dagordningens fastställande
    och val av justeringsperson", Medelpad; so Degerfors' and Vaxholm's pairs), or one with its att-decision."""
    if FORMALITY.match(title) or _FORMALITY_THEN_ATT.match(title) or _JUSTERARE_NAMED.match(title):
        return True
    parts = _FORMALITY_PARTS.split(title)
    # (The notice approved with the agenda, "Godkännande av kungörelse och föredragningslista" (Sydarkivera): one
    # standing item, as the agenda's approval alone is; a kungörelse item alone states its own finding, a matter.)
    standing = [bool(FORMALITY.match(part) or _INVERTED_FORMALITY.match(part)) for part in parts]
    return len(parts) >= 2 and any(standing) and all(
        kept or _NOTICE_APPROVED.match(part) for kept, part in zip(standing, parts, strict=True))


def _list_row_cells_cut(title: str) -> str:
    """A list row's title without the cells run on after it: who informs on it ("Information av Mikael Jansson"),
    its attachments' label ("Bilagor:"), where two words of title at least stand before them."""
    informant = _INFORMANT_AFTER_TITLE.search(title)
    # (One word of title before "Muntlig information av <name>" too: the how-presented cell is no title's words,
    # "Jämställdhetsprojekt Muntlig information av Kajsa Myrberg, Direktör", Kommunförbundet Norrbotten.)
    words_before = 1 if informant and informant.group().split()[0] == "Muntlig" else 2
    if informant and len(title[:informant.start()].split()) >= words_before and not title[:informant.start()].endswith(
            _OPEN_ENDINGS) and naming.looks_like_person(informant.group("name")):
        title = title[:informant.start()].strip(" ,")
    cell = _ATTACHMENT_CELL_AFTER_TITLE.search(title)
    if cell and len(title[:cell.start()].split()) >= 1 and title.count("(", 0, cell.start()) <= title.count(
            ")", 0, cell.start()):
        title = title[:cell.start()].strip(" ,")
    return title


# The headings a § or an agenda row's text opens with (a closed list), run on after the title where the extraction
# lost the line break: "Redovisningen av reavinster och reaförluster Förslag till kommunfullmäktige" (Hallsberg),
# "... motion om Kumlan Arbetsutskottet Förslag Reservationer" (Kumla), "... Socialtjänstlagen, ej verkställda
# beslut 2019 Förslag till kommunfullmäktige" (Skurup), "... för Samordningsförbundet Förslag" (Hultsfred).
# No gold title of the corpus ends with one; written with its capital, as a heading is.
_TITLE_END_HEADING = ocr_tolerant(
    r"(?:Förslag till (?:beslut|(?:kommun|region|landstings)?fullmäktige)|Ärendebeskrivning|Ärendet|Sammanfattning"
    r"|Beslutsunderlag|Reservation(?:er)?|Arbetsutskottets förslag|Arbetsutskottet Förslag|Utskottets förslag"
    r"|[A-ZÅÄÖ][a-zåäö-]*(?:nämndens|styrelsens|fullmäktiges|utskottets|[Dd]irektionens) beslut|Beslut|Förslag)")
_HEADINGS_ENDING_TITLE = re.compile(r"(?:\s+" + _TITLE_END_HEADING + r"\s*:?)+\s*$")
# Inside a title only the headings no title uses as its own words, a sentence or a numbered point after them:
# "... Förslag till beslut Kommunstyrelsen föreslår ..." ("Förslag till detaljplan för ...", "Beslut om ..." and
# "Rekommendation Storsthlm Förslag till nytt samverkansavtal ..." are titles' own words).
_HEADING_INSIDE_TITLE = re.compile(
    r"\s+(?:Förslag till (?:beslut|(?:kommun|region|landstings)?fullmäktige)|Ärendebeskrivning|Beslutsunderlag"
    r"|Arbetsutskottets förslag)\s*:?\s+(?=[A-ZÅÄÖ][a-zåäö]|\d{1,2}\.\s)")


def _title_stands_before(before: str) -> bool:
    """Whether the words before a cut in a title stand as the title: two words at least, not ending open (a
    preposition, a comma or a dash asks for more)."""
    return len(before.split()) >= 2 and not before.endswith(_OPEN_ENDINGS)


def heading_run_on_cut(title: str) -> str:
    """The title without a heading of its text run on after it (see _TITLE_END_HEADING), where the title stands
    before it (_title_stands_before)."""
    for pattern in (_HEADING_INSIDE_TITLE, _HEADINGS_ENDING_TITLE):
        found = pattern.search(title)
        if found and _title_stands_before(before := title[:found.start()].rstrip()):
            title = before
    return title


# A decision's or proposal's own verb, the sentence that states it run on after the title where the extraction lost
# the line break and no heading stands between ("... i Upplands-Bro kommun Lejondals naturreservat förklaras med stöd
# av ...", "... och plan Utdebitering Skattesatsen för år 2017 fastställs till ...", "Delgivningar beslutar att lägga
# ..."): no tuning title holds one (a title's own verbs are a motion's "ska", a list's "beslutade").
_DECISION_VERB_IN_TITLE = re.compile(r"\s(?:fastställs|godkänns|förklaras|läggs\s+till\s+handlingarna|beviljas|antas"
                                     r"|beslutar\s+att)\b")
_SUBJECT_WORDS = 6  # a sentence's subject before its verb, at most ("Skattesatsen för år 2017 fastställs")


def decision_run_on_cut(title: str) -> str | None:
    """The title without the decision's or proposal's sentence run on after it (_DECISION_VERB_IN_TITLE): cut where the
    sentence's subject opens, a title opening (_title_openings: "Lejondals naturreservat") at most _SUBJECT_WORDS words
    before the verb, where the title stands before it (_title_stands_before). Where the verb opens the sentence right
    after the title, its subject lost ("Delgivningar beslutar att ..."), None: the title is not stated apart from its
    text. Else the title as it stands (a title's own clause: "Regler för när en paragraf förklaras omedelbart
    justerad")."""
    verb = _DECISION_VERB_IN_TITLE.search(title)
    if verb is None:
        return title
    openings = [at for at in _title_openings(title[:verb.start()]) if at > 0
                and len(title[at:verb.start()].split()) <= _SUBJECT_WORDS]
    before = title[:openings[-1]].rstrip() if openings else ""
    if _title_stands_before(before):
        return before
    if not openings and len(title[:verb.start()].split()) == 1 and verb.group().split()[0] == "beslutar":
        return None  # (one word, then the decision: "Delgivningar beslutar att lägga delgivningarna ...")
    return title


# A page's footer run into a title where a row crossed the page: the organisation's e-mail or web address, its name
# perhaps before it ("... fritidsnämnden - Kävlinge kommun kommunen@kavlinge.se", Kävlinge); no gold title of the
# corpus holds an address. The row's words after it stood on the next page, so the title ends before it.
_EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_ADDRESS_FOOTER_IN_TITLE = re.compile(
    r"(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad|län)|Region\s+[A-ZÅÄÖ][\wåäö-]+))?"
    r"\s+(?:" + _EMAIL_ADDRESS + r"|(?:https?://|www\.)\S+)(?:\s.*)?$")
# A receipt stamp laid over the page, its date spaced by the scan: "ANK 2020 -02- 2 5", "Inkom 2019-11-04".
_RECEIPT_STAMP_IN_TITLE = re.compile(r"\s+(?:ANK|Ank|INK|Ink|INKOM|Inkom)\.?\s+(?:19|20)\d\d\s*-\s*\d\s*\d?\s*-"
                                     r"\s*\d\s*\d?(?!\d)")


def page_noise_cut(title: str) -> str:
    """The title without a page's footer address or receipt stamp set into it (see _ADDRESS_FOOTER_IN_TITLE), where
    two words of title at least stand before it."""
    title = _RECEIPT_STAMP_IN_TITLE.sub("", title)
    footer = _ADDRESS_FOOTER_IN_TITLE.search(title)
    if footer and len(title[:footer.start()].split()) >= 2:
        title = title[:footer.start()].rstrip(" ,-–")
    return title


# A page's contact block run into a proposal or a decision where its text crossed the page: the official's name, unit
# and number or address ("... antas att gälla från och med Maria Svenningsson Kommunstyrelsens förvaltning Direkt:
# maria.svenningsson@kungsbacka.se Kungsbacka kommun ... Besöksadress Stadshuset", a kallelse's page foot; 42
# organisations of the tuning half print such a block, and no gold proposal or decision holds an address or a
# contact label). The block's mark: an e-mail address or a contact label.
_CONTACT_MARK = re.compile(r"\s(?:" + _EMAIL_ADDRESS + r"|(?i:direkt|telefon|tfn|tel|mobil|e-post|epost|"
                           r"besöksadress|postadress)\.?\s*:)")
# The block opens with a person's name (first name and surname), a few words of title or unit after it, no sentence.
_NAME_OPENING = re.compile(r"(?<!\S)(?=(?P<name>" + naming.PERSON_WORD + r"\s+" + naming.PERSON_WORD + r")"
                           r"(?P<unit>(?:,?\s+[\wåäöÅÄÖ&-]+){0,5}?)\s*$)")
_UNIT_WORDS_ONLY = re.compile(r"[^\d.!?;:]*")


def contact_block_cut(text: str) -> str | None:
    """A proposal's or decision's text without a page's contact block run on after it (_CONTACT_MARK): it ends before
    the name that opens the block. None where a block is there and no name shows where it opens (the text's end is not
    proved); the text as it is where it holds no block."""
    mark = _CONTACT_MARK.search(text)
    if mark is None:
        return text
    before = text[:mark.start()]
    opening = _NAME_OPENING.search(before)
    if opening is None or not naming.looks_like_person(opening.group("name")) \
            or not _UNIT_WORDS_ONLY.fullmatch(opening.group("unit")):
        return None
    kept = before[:opening.start()].rstrip(" ,")
    return kept if len(kept.split()) >= 2 else None


# Who presents a row, in a note run on after its title: "... förvaltningen Besök av tillförordnad skolchef Per
# Sandberg", "... Jönköpings län Besök av plan- och exploateringschef Linda Tubbin och ..." (Habo-Jönköping), "...
# Föredragande: ekonomichef Anna Berg": the note's word, perhaps a role in lower case, then a first name and surname.
_PRESENTER_NOTE_AFTER_TITLE = re.compile(
    r"\s+(?:Besök av|Föredragande:?|Föredras av|Föredrar:?)\s+(?:[a-zåäö.-]+\s+){0,4}"
    + naming.PERSON_WORD + r"\s+" + naming.PERSON_WORD)
# The presenter's time closing a row, a name perhaps before it: "... årsredovisning Anna Berg kl. 09.40".
_TIME_AT_TITLE_END = re.compile(r"\s+(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*$")
_NAME_AT_TITLE_END = re.compile(r"\s+(?P<name>" + naming.PERSON_WORD + r"\s+" + naming.PERSON_WORD + r"),?\s*$")


def presenter_note_cut(title: str) -> str:
    """The title without who presents it run on after it (see _PRESENTER_NOTE_AFTER_TITLE) or the presenter's time
    closing it, a person's name before the time with it, where the title stands before them (_title_stands_before)."""
    note = _PRESENTER_NOTE_AFTER_TITLE.search(title)
    if note and _title_stands_before(title[:note.start()].rstrip()):
        title = title[:note.start()].rstrip(" ,")
    time = _TIME_AT_TITLE_END.search(title)
    if time and _title_stands_before(title[:time.start()].rstrip(" ,")):
        title = title[:time.start()].rstrip(" ,")
        name = _NAME_AT_TITLE_END.search(title)
        if name and _title_stands_before(title[:name.start()].rstrip()) \
                and naming.looks_like_person(name.group("name")):
            title = title[:name.start()].rstrip(" ,")
    return title


# A report of delegated decisions, a standing item, its note run on after it: "Anmälan av delegationsbeslut
# Information om 3 stycken utvalda delegationsbeslut" (Kungälv), "Redovisning av delegeringsbeslut Rapport över
# fattade delegeringsbeslut under perioden ..." (Räddningstjänsten Karlstadsregionen); and a standing list's title
# with the next row's "Information från ..." after it ("Anmälningsärenden Information från kommundirektören",
# Skövde). No gold title of the corpus goes on so (Bergslagen's "Anmälningsärenden Delegationsbeslut 1-29 februari
# ..." does, another word after it).
_STANDING_REPORT_RUN_ON = re.compile(
    r"^(?P<title>(?:(?:Anmälan|Redovisning|Återrapportering) av (?:delegations|delegerings)beslut(?:en)?)"
    r"(?=\s+[A-ZÅÄÖ][a-zåäö]+\s+[\wåäö])"
    r"|(?:Anmälningsärenden|Meddelanden|Delgivningar|Anmälningar)(?=\s+Information\s+(?:från|om)\s))")


def standing_report_cut(title: str) -> str:
    """A standing report's title without the note or the next row run on after it (see _STANDING_REPORT_RUN_ON)."""
    standing = _STANDING_REPORT_RUN_ON.match(title)
    return standing.group("title") if standing else title


def labelled_number_opening(title: str) -> tuple[str, str | None]:
    """A title that opens with its labelled case number ("Dnr 2018/73 Årsredovisning och ...", Hultsfred's head
    "KS 58/2018 Dnr 2018/73 ..." whose § code was taken for the number): the title after it and the number; no gold
    title of the corpus opens with a case label. The title and None otherwise."""
    labelled = LABELLED.match(title)
    rest = title[labelled.end():].strip(" ,:-–") if labelled else ""
    if labelled and len(rest.split()) >= 2 and rest[:1].isupper():
        return rest, labelled.group("number")
    lost = _LOST_NUMBER_LABEL_OPENING.match(title)
    if lost and not labelled:
        return title[lost.end():], None
    return title, None


# A case label whose number the extraction lost, perhaps with the registry's code kept, opening a title: "19 Dnr KS
# Prioriteringsdebatt Dnr KS Allmänhetens frågestund ..." (Eda's contents list, its numbers gone): no number to read,
# the title after it (no gold title opens with a case label).
_LOST_NUMBER_LABEL_OPENING = re.compile(r"^(?i:dnr|diarienr|diarienummer)\.?:?\s+(?:[A-ZÅÄÖ]{1,5}\s+)?"
                                        r"(?=[A-ZÅÄÖ][a-zåäö]{2,})")


def _justerings_place_and_time_in_run_on(text: str) -> str:
    """A head run into one line: a place-and-time label after the meeting's own, the justering named between them,
    is the justering's ("Tid och plats Onsdagen den 7 januari 2015 ... Justering ... Saida Hussein (S) Plats och
    tid Gårda brandstation, onsdagen den 14 januari 2015", Räddningstjänsten Storgöteborg), as the form's rows say
    it in Solna, Berg, Fagersta, Pajala, Norrtälje and Söderhamn (approval)."""
    labels = list(_UNNAMED_PLACE_AND_TIME.finditer(text))
    for earlier, later in reversed(list(itertools.pairwise(labels))):
        if _JUSTERING_WORD.search(text, earlier.end(), later.start()):
            text = f"{text[:later.start()]}Justeringens {text[later.start():]}"
    return text


# A place-and-time label whose value says it is the justering's: "för justering" right after its date or hour
# ("Plats och tid Kommunkontoret, måndagen den 16 november 2009, klockan 8.00 för justering", Dals-Ed's form, the
# justering's row under "Justerande ..."); not an agenda's "Val av justerare och tid för justering" (its "och").
_PLACE_AND_TIME_FOR_JUSTERING = re.compile(
    r"(?<![\wåäö])(?:plats och tid|tid och plats)\b(?! för)"
    r"(?=[^§]{1,90}?(?:(?:19|20)\d\d|\d[.:]\d\d|\bkl\.?|\bklockan),?\s+för justering\b)", re.IGNORECASE)


def place_and_time_for_justering(text: str) -> str:
    """The text with a place-and-time label whose value is "för justering" (_PLACE_AND_TIME_FOR_JUSTERING) named the
    justering's ("Justeringens plats och tid ..."), as its form's own label would; the text as it is otherwise."""
    return _PLACE_AND_TIME_FOR_JUSTERING.sub(lambda label: f"Justeringens {label.group()}", text)


def is_paragraph_mark(text: str) -> bool:
    """'Ks § 118', '§ 12', '45 §': a paragraph's number and nothing else (never a matter's title)."""
    match = _PARAGRAPH.match(text.strip())
    return bool(match) and not match.group("rest").strip()


def _formality_run_on(title: str) -> re.Match | None:
    """A standing item's words opening the title, what follows them run on (a capital after them); None otherwise."""
    match = _FORMALITY_START.match(title)
    return match if match and title[match.end():][:1].isupper() else None


def agenda_item_run_on(title: str) -> bool:
    """Whether a title is the agenda's own standing item with what follows run on, however short: "Dagordning Nytt
    ärende: Val till föreningsstämma", Regionförbundet i Kalmar län: the item added to the agenda), as the same item
    runs on into its text in the protocols of Halmstad ("Godkännande av dagordning Föreliggande förslag ..."), Mullsjö
    ("Fastställande av dagordning Efter tillägg av ...") and Tjörn ("... Följande extraärenden föreslås ..."); no gold
    title of the corpus opens with the agenda's name (a shorter standing word, "Justering Budget ...", may open one,
    so the others are cut so only when long)."""
    run_on = _formality_run_on(title)
    return bool(run_on and _AGENDA_WORD.search(run_on.group()))


def _unnumbered_paragraph(head: list[Line]) -> tuple[list[Line], list[Item]]:
    """A protocol (an extract) whose one § lost its number: the line right above its first
    'Beslut' or '<X>s förslag' heading is its title; the rest is its text."""
    texts = [(index, line) for index, line in enumerate(head) if line.stripped]
    for position, ((index, line), (_, following)) in enumerate(zip(texts, texts[1:], strict=False)):
        # (a line right under a decision's heading is that decision's text, not the next one's title: "Direktionens
        # beslut" / "Tonny Svensson (M) utses att justera ..." / "Direktionens beslut", Söderåsens miljöförbund)
        # (nor is a sentence whose subject acts above it its title: "Nämnden har att ta ställning till ..." / "Beslut",
        # the text of a § whose head was not read)
        if (_item_heading(following.stripped) in ("decision", "proposal") and len(line.stripped) <= 250
                and _item_heading(line.stripped) is None and not _FOOTER.match(line.stripped)
                and not _BODY_ACTS_IN_A_SENTENCE.match(line.stripped)
                and not (position and _item_heading(texts[position - 1][1].stripped) in ("decision", "proposal"))):
            # A head run into the title ("... Paragraf Diarienummer KS-2017/ Title (KF)"): the
            # title follows the case number's label and what stands of the number.
            label = _HEAD_BEFORE_TITLE.search(line.stripped)
            if label and len(line.stripped[label.end():].split()) >= 3:
                before = Line(line.number, line.stripped[:label.end()])
                number = label.group("number")
                item = Item("", 0, line.number, line.stripped[label.end():], lines=head[index + 1:],
                            case_number=number if is_case_number(number) else None,
                            truncated_case=None if is_case_number(number) else number)
                return [*head[:index], before], [item]
            return head[:index], [Item("", 0, line.number, line.stripped, lines=head[index + 1:])]
    for (index, line), (_, following) in zip(texts, texts[1:], strict=False):
        # An extract cut before its decision: its one matter's case number, labelled, and its title
        # stand in the head right above the matter's first section ("... Dnr KS/2018:4 Beslut om
        # kommunmål och driftramar 2019" above "Bakgrund").
        label = LABELLED.search(line.stripped)
        title = line.stripped[label.end():].lstrip(" .:") if label else ""
        if (label and _item_heading(following.stripped) and len(line.stripped) <= 250
                and len(title.split()) >= 3 and title[:1].isupper() and is_case_number(label.group("number"))):
            before = Line(line.number, line.stripped[:label.start()])
            item = Item("", 0, line.number, title, lines=head[index + 1:], case_number=label.group("number"))
            return [*head[:index], before], [item]
    return head, []


# A web page of a body's decisions in brief (Västra Götalandsregionen's "Regionstyrelsen 8 september 2020"): each
# matter headed by its title alone on its line, no number, its text in paragraphs of prose under it, closed by the
# decision on a line of its own after its label ("Beslut: enligt förslag."). A title is short, opens with a capital
# and ends with no sentence's stop; a paragraph of prose follows it right below.
_DECISION_LINE = re.compile(r"^Beslut:\s+\S")
_BRIEF_TITLE = re.compile(r"^[A-ZÅÄÖ][^.!?:]{8,199}(?<![.!?:,;])$")
_PROSE = re.compile(r"^[A-ZÅÄÖ].{60,}[.!?:]$")
_DECISIONS_IN_BRIEF_AT_LEAST = 2


def titled_decisions_in_brief(head: list[Line]) -> tuple[list[Line], list[Item]]:
    """The matters of a page of decisions in brief (see _DECISION_LINE): each title line with prose right under it
    opens a matter, which holds the lines up to the next; only where two matters at least close with their decision
    line, so the page is such a list (a title line heading a group of them, another title right under it, opens
    none). (head, []) where the page is no such list."""
    texts = [(index, line) for index, line in enumerate(head) if line.stripped]
    opens = [index for (index, line), (_, following) in itertools.pairwise(texts)
             if _BRIEF_TITLE.match(line.stripped) and len(line.stripped.split()) >= 2
             and _item_heading(line.stripped) is None and not _FOOTER.match(line.stripped)
             and _PROSE.match(following.stripped) and not _DECISION_LINE.match(following.stripped)]
    if len(opens) < _DECISIONS_IN_BRIEF_AT_LEAST:
        return head, []
    bounds = [*opens, len(head)]
    decided = sum(any(_DECISION_LINE.match(line.stripped) for line in head[start + 1:end])
                  for start, end in itertools.pairwise(bounds))
    if decided < _DECISIONS_IN_BRIEF_AT_LEAST:
        return head, []
    return head[:opens[0]], [Item("", 0, head[start].number, head[start].stripped, lines=head[start + 1:end])
                             for start, end in itertools.pairwise(bounds)]


_HEAD_BEFORE_TITLE = re.compile(r"\b(?i:diarienummer|dnr)\b\.?:?\s*(?P<number>[A-ZÅÄÖ]{1,8}[ -]?\d{2,4}[/.:-]\d*)\s+"
                                r"(?=[A-ZÅÄÖ])")


def _proposal_to_the_meeting(parts: dict[str, list[Line]], body: str, item_end: Line | None = None) -> None:
    """A proposal whose heading was lost: a sentence in the item's text in which an utskott or an office
    proposes to the meeting's own body ("... från Arbetsutskottet föreslår kommunstyrelsen godkänner avtalet.",
    Skellefteå; "Kommunstyrelseförvaltningen föreslår kommunstyrelsen att ...", Gnesta's notice; Härnösand's
    paper under its heading) is the proposal the meeting decides on. Only the whole sentence: the text after it
    describes the matter, and a sentence the text ends inside was cut (not stated whole). Read in the paragraph
    (lines up to a blank one), wherever its lines break. A sentence without its stop is whole where the item ends
    with it (`item_end`, its last line: the next row's head follows, "• Välfärdsstrategi Gävleborg: Kommunstyrelsen
    föreslår kommunfullmäktige besluta att anta ..., att den därmed ersätter ... länssamverkan" / "• Revidering
    ...", Bollnäs's notice); where the excerpt's end is the item's, the caller's cut test leaves it out."""
    summary = parts.get("summary", [])
    at = 0
    while at < len(summary):
        if not summary[at].stripped:
            at += 1
            continue
        end_at = next((i for i in range(at, len(summary)) if not summary[i].stripped), len(summary))
        text = " ".join(x.stripped for x in summary[at:end_at])
        lead = proposal_lead(text, anywhere=True) if "föreslå" in text else None
        if (lead is None or lead.addressee != body or lead.path[0] == body and len(lead.path) > 1
                or text[lead.end:].lstrip().startswith(("föreslå", "1", "-", "•"))):
            at = end_at
            continue
        end = _SENTENCE_END.search(text, lead.end)
        sentence = text[lead.start:end.start() if end else len(text)].strip()
        row_ends_it = end is None and item_end is not None and summary[end_at - 1] is item_end
        if not (sentence.endswith((".", "!")) or row_ends_it) \
                or len(sentence.split()) < len(text[lead.start:lead.end].split()) + 2:
            return
        number = summary[at].number
        rest = text[end.end():] if end else ""
        parts["summary"] = [*summary[:at], Line(number, text[:lead.start].strip())]
        parts["proposal"] = [Line(number, sentence)]
        if rest:
            parts["summary"].append(Line(number, rest))
        parts["summary"].extend(summary[end_at:])
        return


# A finding in the passive, the sentence ending with its verb: "Anmälda delegationsbeslut läggs till handlingarna.",
# "Den ekonomiska förvaltningen av stiftelsernas verksamhet 2011 godkänns." (Västerås' and Upplands-Bro's kallelser, a
# row's text right after its title, no heading over it). Only what a body finds on the matter; a sentence with a
# stop inside (an abbreviation's, "m.fl.") is not read.
_PASSIVE_FINDING = re.compile(
    r"[A-ZÅÄÖ][^.!?]{2,250}?\s(?:(?:läggs|lades)(?:\s+med\s+godkännande)?\s+till\s+handlingarna"
    r"|(?:noteras|antecknas)(?:\s+till\s+protokollet)?|godkänns|fastställs|antas|beviljas|avslås|bifalls)\.(?=\s|$)")


def finding_as_proposal(parts: dict[str, list[Line]]) -> None:
    """A kallelse's row whose text, right after its title, opens with a finding in the passive (_PASSIVE_FINDING),
    no proposal's heading over it: that sentence is what the meeting is asked to find, its proposal (put to no body:
    it names none); the text after it stays the summary."""
    summary = parts.get("summary", [])
    first = next((at for at, line in enumerate(summary) if line.stripped), None)
    found = _PASSIVE_FINDING.match(summary[first].stripped) if first is not None else None
    if not found:
        return
    line = summary[first]
    rest = line.stripped[found.end():].strip()
    parts["proposal"] = [Line(line.number, found.group())]
    parts["summary"] = [*summary[:first], *([Line(line.number, rest)] if rest else []), *summary[first + 1:]]


def _own_onward_as_decision(lines: list[Line], body: str) -> list[Line]:
    """'Kommunstyrelsens förslag till kommunfullmäktige' in Kommunstyrelsen's own protocol, no Beslut
    heading: what the meeting decided is its proposal to that body; the heading opens the decision's
    text, as a 'Kommunstyrelsens beslut' heading above it would (Huddinge; Arboga, Fagersta, Gnosjö,
    Katrineholm set it without one)."""
    for index, line in enumerate(lines):
        named = _GENITIVE_PROPOSAL.match(line.stripped) if _item_heading(line.stripped) == "proposal" else None
        to = named.group("to") if named else None
        to = re.sub(r"^beslut i\s+", "", to, flags=re.IGNORECASE) if to else None
        if to and to.lower() != "beslut" and body_name(named.group("by")) == body \
                and body_name(to) not in (None, body):
            # The heading joins its text's first line, so as not to be read as a heading again.
            after = next((n for n in range(index + 1, len(lines)) if lines[n].stripped), None)
            if after is None or _item_heading(lines[after].stripped) or _FOOTER.match(lines[after].stripped):
                return lines
            # Set as a label too ("Kommunstyrelsens förslag till kommunfullmäktige: Enligt arbetsutskottet.", Gnosjö),
            # the heading is kept as printed: it says what the decision is, a proposal to that body (the corpus
            # README's convention, which 12 of 14 golds followed when it was settled), unlike "Beslut: Enligt förslag".
            opened = Line(line.number, f"{line.stripped} {lines[after].stripped}")
            return [*lines[:index], Line(line.number, "Beslut"), opened, *lines[after + 1:]]
    return lines


# The meeting's proposal heading run into the § head right after the title, no stop before it, its numbered points
# after it: "Medborgarförslag om ... Kommunstyrelsens förslag till kommunfullmäktige 1. Avslå medborgarförslaget.
# Ett medborgarförslag har ..." (Gagnef), "Dnr KS 11/2013 Redovisningen av ... Förslag till kommunfullmäktige 1.
# Förluster ... 2. Reavinster ..." (Hallsberg), a page joined into one line. The proposer's genitive may be left out.
_ONWARD_IN_HEAD = re.compile(
    r"(?<=[\wåäö)])\s+(?P<heading>(?:(?P<by>[A-ZÅÄÖ][\wåäö-]*(?:styrelsens|nämndens|utskottets))\s+f|F)örslag till "
    r"(?:beslut i )?(?P<to>[a-zåäö-]*(?:fullmäktige|styrelsen|nämnden)))\s*:?\s+1[.)]\s+(?P<points>[A-ZÅÄÖ].*)$")


def own_onward_in_head(head: str, text: str, body: str) -> tuple[str, str, str] | None:
    """The meeting's own proposal to the next body run into the § head after its title (_ONWARD_IN_HEAD): the
    decision as printed (the heading and its points, the last to its first sentence), the body it is put to and the
    points; None where the heading is not in the head before any sentence's end, names another proposer, is put to
    the meeting's own body, or its last point has no end (cut)."""
    found = _ONWARD_IN_HEAD.search(" ".join(text.split()))
    if not found:
        return None
    head = " ".join(head.split())
    start = head.find(found.group("heading"))
    if start < 0 or re.search(r"[.!?]\s", head[:start]) or len(head[:start].split()) < 2:
        return None  # after a sentence the § text's other readings apply (_ONWARD_PROPOSAL)
    to = body_name(found.group("to"))
    if to is None or to == body or found.group("by") and body_name(found.group("by")) != body:
        return None
    points, _rest = _numbered_points(found.group("points"))
    if not points.endswith((".", "!")):
        return None
    return f"{found.group('heading')} {points}", to, points


def _own_proposal_heading(lines: list[Line], body: str | None) -> bool:
    """'Arbetsutskottets förslag' (or 'Kommunstyrelsens förslag') where the meeting's body is
    that arbetsutskott (that styrelse): the body's own proposal, not one put to it."""
    heading = next((x.stripped.rstrip(":").lower() for x in lines if _item_heading(x.stripped) == "proposal"), "")
    match = re.fullmatch(r"(?P<word>[a-zåäö-]+)s förslag", heading)
    if not match or not body:
        return False
    stem = re.sub(r"(?:et|en|n)$", "", match.group("word"))
    return len(stem) >= 5 and body.lower().endswith(stem) or body.lower() == match.group("word")


# A note on where the item's papers are, after its proposal in an agenda's row ("... besvaras enligt
# yttrandeförslaget. Ärende bifogas.", "... som huvudansvarig utredare Ärendet bifogas", Region Dalarna's förbund), as
# such notes follow a title (Tibro's "Förteckning biläggs agendan", Botkyrka's and Huddinge's "Handlingar skickas ut
# senare", see meetingdocs' _AGENDA_NOTE, which cuts these notes off a title, and _PAPERS_LATER): no part of what is
# proposed.
_PAPERS_NOTE = (r"(?:Ärendet?|Handlingar(?:na)?|Underlag(?:et)?|Förteckning|Bilagor(?:na)?)\s+"
                r"(?:bifogas|biläggs|skickas ut senare|kommer senare|delas ut senare)"
                r"(?:\s+(?:agendan|kallelsen|dagordningen))?\.?$")
_PAPERS_NOTE_AT_END = re.compile(r"\s+" + _PAPERS_NOTE)


def _without_papers_note(text: str) -> str:
    return _PAPERS_NOTE_AT_END.sub("", text)


def _put_on(text: str) -> tuple[str, str] | None:
    """'... föreslår kommunstyrelsen föreslå kommunfullmäktige besluta följande: • text': the body
    asked to decide (common.proposal_lead, the one rule) and the text after the lead."""
    lead = proposal_lead(text, anywhere=True)
    if lead is None:
        return None
    return lead.addressee, re.sub(r"^[•·*–-]\s*", "", " ".join(text[lead.end:].split()))


_NEXT_POINT = re.compile(r"\s+(?P<n>[2-9])\.\s+(?=[A-ZÅÄÖ])")


def _numbered_points(text: str) -> tuple[str, str]:
    """'Point one. 2. Point two. Description ...' (what follows a row's '1.') -> ('1. Point one.
    2. Point two.', the rest): the points follow in order, each with its number as printed; the last
    ends with its first sentence, or where a sentence about the matter begins ('... (C)
    Kommunfullmäktige ska välja ...')."""
    points, expected, start = [], 2, 0
    for match in _NEXT_POINT.finditer(text):
        if int(match.group("n")) == expected:
            points.append(f"{expected - 1}. {text[start:match.start()].strip()}")
            start, expected = match.end(), expected + 1
    last = text[start:]
    ends = [m.start() for m in (_SENTENCE_END.search(last), _SENTENCE_AFTER_TITLE.search(last)) if m]
    end = min(ends) if ends else len(last)
    points.append(f"{expected - 1}. {last[:end].strip()}")
    return " ".join(points), last[end:].strip()


# A path table: "Behandlat av Datum Ärende", then rows "1 Kommunstyrelsens arbetsutskott 2017-05-17 122/17".
_PATH_TABLE_HEAD = re.compile(r"\bBehandlat av\s+Datum\b(?:\s+(?:Ärende|§|Paragraf))?", re.IGNORECASE)
_PATH_TABLE_ROW = re.compile(r"\s*\d{1,2}\s+(?P<body>[A-ZÅÄÖ][\wåäö -]{1,60}?)\s+(?P<date>(?:19|20)\d\d-\d\d-\d\d)"
                             r"(?:\s+§?\s*\d{1,4}(?:/\d\d)?)?")


def _path_table(text: str) -> list[tuple[str, str]]:
    """The (body, date) rows of a 'Behandlat av / Datum' table, in order; a row whose body is not
    a body's name ends the table."""
    head = _PATH_TABLE_HEAD.search(text)
    if not head:
        return []
    rows: list[tuple[str, str]] = []
    position = head.end()
    while match := _PATH_TABLE_ROW.match(text, position):
        found = body_at_start(match.group("body"))
        dates = find_dates(match.group("date"))
        if not found or found[1] or not dates or not dates[0].iso:
            break
        rows.append((found[0], dates[0].iso))
        position = match.end()
    return rows


def _before_path_table(text: str) -> str:
    """An item's heading without the path table run into it ("Strategisk plan KS2017.0216 Behandlat av
    Datum Ärende 1 Kommunstyrelsens arbetsutskott 2017-05-17 ..."): the table is no part of the title."""
    head = _PATH_TABLE_HEAD.search(text)
    return text[:head.start()].rstrip() if head and _path_table(text) else text


# An office or unit that proposes to a body: "Kommunledningskontorets förslag till kommunstyrelsen".
_OFFICE_WORD = re.compile(r"(?:kontor|kontoret|förvaltning|förvaltningen|avdelning|avdelningen|enhet|enheten|kansli"
                          r"|kansliet)$", re.IGNORECASE)
_GENITIVE_PROPOSAL = re.compile(r"^(?P<by>[\wåäö -]+?)s förslag(?: till (?P<to>.+?))?:?$", re.IGNORECASE)
_POINT = re.compile(r"^(?:[-•–*]\s*|\d{1,2}[.)]\s+)")
# A bullet before a point is layout; a point's number is text ("Beslut 1 och 2 ersätter ...").
_BULLET = re.compile(r"^[-•–*]\s*")
# A bullet run into the text after a colon or a sentence's end ("... enligt följande: - 1,5 miljoner kronor ...
# förening. - 500 000 kronor ...", Kalmar; "besluta följande: • Utredningen ...", Sollentuna; "Övriga revideringar
# som föreslås är: - Text kring ...", Arboga): layout too; a dash inside a sentence ("del 2 - synhjälpmedel") is text.
_RUN_ON_BULLET = re.compile(r"(?<=[:.])\s+[-•–*]\s+(?=[A-ZÅÄÖ0-9])")
# A page's head on a line of its own: its mark, then a few words and no sentence ("2 (4) Kommunfullmäktige
# KALLELSE/ FÖREDRAGNINGSLISTA"); page furniture, never a value.
_PAGE_HEAD_LINE = re.compile(r"^(?:[Ss]ida\s+)?\d{1,3}\s?\(\d{1,3}\)(?:\s+[^\s.!?]+){0,6}\s*$")


# A proposal's running number under its heading, the year after it: "Kommunstyrelsens förslag till beslut 11/2012
# Kommunfullmäktige beslutar ..." (Danderyd numbers its board's proposals to fullmäktige so), "Förslag nr 3/2019".
_PROPOSAL_NUMBER = re.compile(r"^(?:(?i:nr)\.?\s*)?\d{1,4}/(?:19|20)\d\d(?:\s+(?=[A-ZÅÄÖ])|$)")


def _addressed_sections(lines: list[Line], end: Line | None, *, named_only: bool = False,
                        meeting_body: str | None = None) -> list[tuple[str | None, str, str]]:
    """A kallelse's proposals under headings that name who proposes and to whom ('Kommunstyrelsens
    förslag till beslut', 'Kommunledningsutskottets förslag till kommunstyrelsen för förslag till
    kommunfullmäktige'): (the body asked to decide, the points joined, the heading) per heading.
    A point the text's `end` cuts off is not stated whole: it is left out.
    'till beslut' asks the proposing body itself; otherwise the last body the heading names. The
    points keep their numbers as printed, also where they count across the headings; a bullet goes.
    With `named_only` (a protocol) every heading must name the body it goes to ('... till
    kommunstyrelsen'): a bare 'Arbetsutskottets förslag' there is put to the meeting itself.
    [] when no heading names one."""
    sections: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    last: Line | None = None
    for line in lines:
        text = line.stripped
        key = _item_heading(text) if text else None
        if key == "proposal":
            current = []
            sections.append((text.rstrip(":"), current))
        elif key or _FOOTER.match(text):
            current = None
        elif _PAGE_HEAD_LINE.match(text):
            continue  # "2 (4) Kommunfullmäktige KALLELSE/ FÖREDRAGNINGSLISTA": the next page's head (Kalmar)
        elif current is not None:
            if not current:  # the proposal's running number, right under its heading: the heading's, not the text's
                text = _PROPOSAL_NUMBER.sub("", text).strip()
            if _POINT.sub("", text) and not _EARLIER_DECISION.match(text):
                current.append(_BULLET.sub("", text))
                last = line
    result = []
    for heading, points in sections:
        if not points:
            continue  # "Förslag till beslut" right above "Kommunledningskontorets förslag till kommunstyrelsen:"
        named = _GENITIVE_PROPOSAL.match(heading)
        by = body_name(named.group("by")) if named else None
        to = named.group("to") if named else None
        if named_only and (not to or to.lower() == "beslut") and not (
                to and by and meeting_body and by != meeting_body):  # another body's: put to the meeting (below)
            return []
        if to and to.lower() != "beslut":
            # "Kommunledningskontorets förslag till kommunstyrelsen": an office proposes, the body named decides.
            final = re.findall(r"(?:^|\btill\s+)([\wåäö-]+(?:s arbetsutskott)?)$", to)
            to = body_name(final[-1]) if final else None
        elif by and meeting_body and by != meeting_body:
            # "Kommunstyrelsens förslag till beslut" in kommunfullmäktige's papers: put to the meeting's body
            # (Kalmar's kallelse; Vindeln's and Danderyd's protocols go on "Kommunfullmäktige beslutar ...").
            to = meeting_body
        else:
            to = by
        if to is None or by is None and not _OFFICE_WORD.search(named.group("by")):
            return []
        if points and points is sections[-1][1] and last is not None and end is not None \
                and last.number == end.number and not points[-1].rstrip().endswith((".", "!", "?", ")")):
            # Only the cut point goes: points run together on the line ("1. ... noteras. 2. Trygghets- och säke",
            # Tyresö's lines joined) keep those before it.
            run = list(_RUN_TOGETHER_POINT.finditer(points[-1]))
            points = [*points[:-1], points[-1][:run[-1].start()]] if run else points[:-1]
        if points:
            result.append((to, _RUN_ON_BULLET.sub(" ", " ".join(" ".join(points).split())), heading))
    return result


_RUN_TOGETHER_POINT = re.compile(r"(?<=[.!?])\s+(?=\d{1,2}\.\s+[A-ZÅÄÖ])")


def _proposers_to(body: str | None, headings: str, *proposals: str) -> list[str]:
    """The bodies that put a proposal to `body`, the meeting's own, as its lead or its heading names them:
    "Kommunstyrelsen föreslår kommunfullmäktige att ..." (common.proposal_lead, the one rule) or a
    heading "Kommunstyrelsens förslag till kommunfullmäktige". Each took a step before this meeting.
    An office ("Stadskontoret föreslår ...") is no body, and a body named by its kind only
    ("Arbetsutskottets förslag") is not taken for one it may mean."""
    if not body:
        return []
    found: list[str] = []
    for source in (headings, *proposals):
        lead = proposal_lead(source, anywhere=True) if source else None
        if lead and body in lead.path:
            # A federation's "Arbetsutskottet" only as the lead opening the text: one further on may be another's
            # (whether the meeting's body makes it one, the filter below asks of every name).
            found += [name for name in lead.path[:lead.path.index(body)]
                      if lead.start == 0 or not generic_body(name, None)]
    for heading in headings.split("\n"):
        named = _GENITIVE_PROPOSAL.match(heading)
        to = named.group("to") if named else None
        final = re.findall(r"(?:^|\btill\s+)([\wåäö-]+(?:s arbetsutskott)?)$", to) if to else []
        # "Kommunstyrelsens förslag till beslut" in another body's papers is put to that body (_addressed_sections)
        if final and (final[-1].lower() == "beslut" or body_name(final[-1]) == body) \
                and not _OFFICE_WORD.search(named.group("by")):
            words = named.group("by").split()
            # The body's name ends the words before "s förslag": "Beslut Kommunstyrelsens förslag ..." (a heading
            # run into another) is Kommunstyrelsen's; a word before a name is no part of it.
            found += [body_name(" ".join(words[n:])) for n in range(len(words))
                      if all(w.endswith(("-", "s", "a")) or w == "och" for w in words[n:-1])][:1]
    return [name for name in dict.fromkeys(found)
            if name and name != body and naming.body_kind(name) and not generic_body(name, body)]


_LABELLED_PART = re.compile(
    r"^(?P<h>förslag till beslut|beslutsförslag|förslag|beslut|beslutsunderlag|handläggare|föredragande"
    r"|beslutet skickas till|expedieras till|expedieras|protokollsutdrag till|utdrag till|för kännedom till"
    r"|skickas till|beslutsexpediering|expediering|exp\.?"
    r"|ärendets beredning)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_OFFICER_LABEL = re.compile(r"^(handläggare|föredragande)\s*:", re.IGNORECASE)
# The list of who gets the decision, labelled with a colon mid-line in run-on text: "... förbundsmedlemmar.
# Skickas till: Kommunfullmäktige Akten" (Arboga), "... godkänner informationen. Expediering: Näringslivsutvecklare
# Tomas Larsson" (Ljusnarsberg), "Beslutsexpediering: akten, ks pres., socialnämnden" (Höganäs), "Exp: Robert
# Nibelius ..." (Danderyd, Orust).
_RECIPIENTS_MID = re.compile(r"(?<=\S)\s+(?P<heading>(?:Beslutet )?[Ss]kickas till|(?:Besluts)?[Ee]xpediering|Exp)"
                             r"\s*:\s*(?=\S)")
# The same label without its colon, where a sentence's stop sets it apart from the decision before it: "... avseende
# räddningstjänstens förmåga. Expedieras Uppvidinge kommun, kommunstyrelsen" (Räddningstjänsten Östra Kronoberg), as
# Danderyd's "... i fullmäktige. Exp: Robert Nibelius ..." and Ljusnarsberg's "... godkänner informationen.
# Expediering: Näringslivsutvecklare Tomas Larsson" set theirs with it.
_RECIPIENTS_AFTER_STOP = re.compile(r"(?<=[.!?])\s+(?P<heading>Expedieras(?: till)?)\s+(?=[A-ZÅÄÖ][a-zåäö])")
# A body's proposal to the next body, as a heading run into a protocol's text after a sentence (or opening a line):
# "... handlingar. Arbetsutskottets förslag till kommunstyrelsen att lägga ...", "Kommunstyrelsens förslag till
# kommunfullmäktige: Enligt arbetsutskottet." (Gnosjö), "... kommuncheferna. Kommunstyrelsens förslag till beslut
# i kommunfullmäktige 1. ..." (Arboga), "Kommunstyrelsens förslag till kommunfullmäktige 1. Ansvarsfrihet ..."
# (Fagersta; Katrineholm's extract sets it so).
_ONWARD_PROPOSAL = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?P<heading>[A-ZÅÄÖ][\wåäö-]*(?:styrelsens|nämndens|utskottets|fullmäktiges)"
    r"(?: arbetsutskotts)? förslag till (?:beslut i )?"
    r"(?:[a-zåäö-]*(?:fullmäktige|styrelsen|nämnden|utskottet|direktionen)"
    r"(?:s arbetsutskott)?|beslut)"
    # the path on to the body after ("Kommunledningsutskottets förslag till kommunstyrelsen för förslag till
    # kommunfullmäktige 1. ...", Tyresö's heading, read whole on a line of its own by _item_heading)
    r"(?: för förslag till [a-zåäö-]*(?:fullmäktige|styrelsen|nämnden))?"
    r"(?:\s*:)?)(?:\s+(?=[A-ZÅÄÖ0-9]|att\s|[-•–]\s+[A-ZÅÄÖ0-9])"
    # or at the line's end, its points on the next line ("... antas. Kommunledningsutskottets förslag till
    # kommunstyrelsen" / "2. Återrapporteringen ...": Tyresö's lines rejoined where a copy site wrapped them)
    r"|\s*$)")
# A heading that opens a line and runs into its text without a colon; only headings no
# sentence begins with ("Beslutsunderlag Beslutsförslag 2017-10-04").
_HEADING_RUN_INTO = re.compile(
    r"^(?P<h>Beslutsunderlag|Sammanfattning av ärendet|Sammanfattning|Ärendebeskrivning|Beslutet skickas till"
    r"|Förslag till beslut|Beslutsförslag"
    r"|Expedieras till|Beskrivning av ärendet|Bilagor"  # (Tyresö's, Härnösand's, Leksand's, Malung-Sälen's)
    # (and "Ärendet" before a capital: "Ärendet Följande skrivelse anmäles ...", Halland's section heading as a copy
    # site joins it to its text; a sentence opening with the word goes on in lower case, "Ärendet avser ...")
    r"|Ärendet)"
    r"\s+(?P<rest>[A-ZÅÄÖ0-9].*)$"
)


def _split_item_run_in(lines: list[Line]) -> list[Line]:
    """'Förslag till beslut: text' and 'Title Beslut Nämnden beslutar ...' -> heading + text."""
    result = []
    for line in lines:
        pending = [line.text]
        first = True
        while pending:
            text = pending.pop(0)
            stripped = clean(text)
            label = _LABELLED_PART.match(stripped) or _HEADING_RUN_INTO.match(stripped) \
                or _PROPOSER_HEADING_RUN_INTO.match(stripped)
            if label and not (first and line is lines[0]):
                result.append(Line(line.number, label.group("h")))
                if label.group("h").lower() in ("handläggare", "föredragande"):
                    result.append(Line(line.number, stripped))
                else:
                    pending.insert(0, label.group("rest"))
                first = False
                continue
            mid = min((m for m in (_ITEM_MID.search(stripped), _LOST_PROPOSER_MID.search(stripped),
                                   _PROPOSER_HEADING_MID.search(stripped)) if m),
                      key=lambda m: m.start(), default=None)
            if mid and not re.search(r"\w", stripped[:mid.start()]):
                mid = None  # "- Beslut 1 och 2 ersätter ...": a bullet, then a sentence opening with the word
            listed = _RECIPIENTS_MID.search(stripped) or _RECIPIENTS_AFTER_STOP.search(stripped)
            if listed and (not mid or listed.start() < mid.start()):
                mid = listed
            onward = _ONWARD_PROPOSAL.search(stripped) if "förslag till" in stripped else None
            # (at a line's start only where the text's own line opens, not right under a Beslut heading: there it
            # is the decision's text, "Kommunstyrelsens beslut / Kommunstyrelsens förslag till kommunfullmäktige ...")
            if onward and (onward.start("heading") or text is line.text and not (first and line is lines[0])
                           and not (result and _item_heading(result[-1].stripped) == "decision")
                           # right under "Förslag till beslut" run into it: who proposes to whom (Västra Sörmland)
                           or not first and result and result[-1].stripped == "Förslag till beslut") \
                    and (not mid or onward.start() < mid.start()):
                mid = onward
            run_on = _RUN_ON_MID.search(stripped)
            # In run-on text anywhere; in a shorter line only after a sentence's end ("... godkänner
            # uppföljningen. Sammanfattning Ekonomiavdelningen har ...").
            # So too where the heading stands between a title and a whole sentence that ends the line ("Budget Ärendet
            # Kommunstyrelsen har att ta ställning till ...", a run-on page cut into lines at its other headings).
            if run_on and (len(stripped) > RUN_ON or stripped[:run_on.start()].rstrip().endswith((".", "!", "?"))
                           or _SENTENCE_TO_THE_END.fullmatch(stripped[run_on.end():])):
                if not mid or run_on.start() < mid.start():
                    mid = run_on
            if mid:
                if mid.start():
                    result.append(Line(line.number, stripped[: mid.start()]))
                heading = mid.group("heading")
                result.append(Line(line.number, heading))
                rest = stripped[mid.end():]
                if heading in ("Handläggare", "Föredragande"):
                    rest = heading + ": " + rest
                pending.insert(0, rest)
                first = False
                continue
            result.append(Line(line.number, text if first else stripped))
            first = False
    return result


# A kallelse's row carrying its proposal after its title, as "att" clauses (a column "Förslag" run on): "2. Val av
# sekreterare för mötet att välja Marika Bystedt till sekreterare för mötet." (Kollektivtrafikmyndigheten i
# Västernorrlands län), "2 Fastställande av dagordning att fastställa dagordningen" (Sjuhärads kommunalförbund's list).
# Only where the clause restates the title's subject (a word of five letters or more the title has, or whose stem it
# shares: "Bokslut 2012 att godkänna underlag till bokslut för 2012"), and not where a word before "att" governs it:
# a title may hold an att-clause of its own ("Motion om att bygga ut motionsspåret", Mörbylånga's "... överklagande av
# kommunfullmäktiges beslut att anta detaljplan för ...", Östra Göinge's "Beslut att anta ...").
_ROW_ATT = re.compile(r"\s+(?=att\s+[a-zåäö])")
# A title ending open (meetingwords' _OPEN_ENDINGS: a preposition, a conjunction, a comma) governs the att after it,
# as do three more words before an att-clause ("... efter att", "utan att", "eller att").
_GOVERNS_ATT = (*_OPEN_ENDINGS, " efter", " utan", " eller")
# nouns whose att-clause may stand a few words after them ("Uppdrag till Kommunassurans att tillhandahålla ...",
# Perstorp)
_ATT_NOUNS = frozenset(("beslut", "beslutet", "uppdrag", "uppdraget", "rätt", "möjlighet", "begäran", "förslag",
                        "förslaget", "krav", "avsikt", "skyldighet", "ansökan", "anmodan", "önskemål", "behov"))
_ATT_SENTENCE = re.compile(r"att\s.*?[.!?](?=\s|$)")
_ATT_WORD = re.compile(r"att\s")
_STOP_IN_TITLE = re.compile(r"[.!?:)]\s")
_CELL_AFTER_WORD = re.compile(r"[a-zåäö,]\s+[A-ZÅÄÖ]")


_LONG_WORD = re.compile(r"[A-Za-zÅÄÖåäöé]{5,}")


def _restates(title: str, clause: str) -> bool:
    """Whether the clause names a word of the title (or one sharing its stem: 'Godkännande' / 'godkänna')."""
    words = {w.lower() for w in _LONG_WORD.findall(title)}
    return any(a.startswith(b) or b.startswith(a) for a in (w.lower() for w in _LONG_WORD.findall(clause))
               for b in words)


def row_proposal(text: str) -> tuple[str, str | None, str] | None:
    """A kallelse row's title, its proposal ('att ...' sentences; None where the last runs into another cell without
    its stop) and what follows; None where the row carries no proposal so."""
    at = _ROW_ATT.search(text)
    if not at:
        return None
    title, rest = text[:at.start()].strip(), text[at.end():]
    if len(title) > _LONGEST_TITLE:
        # No title runs so long: the att-clause stands deep in the row's run-on text, inside a sentence of its own
        # ("8 Budget 2017 och plan Utdebitering Skattesatsen ... fastställs ... Finansiella mål - Att ... För
        # Robertsfors kommun är det god ekonomisk hushållning att resultatet uppgår ..."): no proposal.
        return None
    # (Nor after a sentence, a label or a point before it: "Dnr: 2016/433-KS Beslut - Val av röstombud ... 1. Olof
    # Bergold, stadsledningskontoret, utses att som röstombud företräda ...", Västerås: a proposal's own point.)
    if not title or f" {title.lower()}".endswith(_GOVERNS_ATT) or _STOP_IN_TITLE.search(title) \
            or _ATT_NOUNS.intersection(title.lower().split()) or not _restates(title, rest.split(". ")[0]):
        return None
    end = 0
    while _ATT_WORD.match(rest, end):  # (the word, not a word opening so: "attestanter utses ...")
        sentence = _ATT_SENTENCE.match(rest, end)
        if sentence:
            end = sentence.end()
            while end < len(rest) and rest[end].isspace():
                end += 1
            continue
        if _CELL_AFTER_WORD.search(rest, end):
            # "att bjuda in ... om trafikplikt Med anled": another cell run on before its stop; the title stands
            return title, None, rest
        end = len(rest)
    return title, rest[:end].strip(), rest[end:].strip()


def split_row_proposal(lines: list[Line]) -> list[Line]:
    """A kallelse row's head split at its proposal (row_proposal): title, the proposal under its heading, the rest of
    the row's text (and the lines after it) under a summary's heading, so that no more of it is the proposal."""
    found = row_proposal(lines[0].stripped) if lines else None
    if not found:
        return lines
    title, proposal, rest = found
    number = lines[0].number
    result = [Line(number, title, page_start=lines[0].page_start)]
    if proposal:
        result += [Line(number, "Förslag till beslut"), Line(number, proposal)]
    if rest or lines[1:]:
        result.append(Line(number, "Sammanfattning"))
    if rest:
        result.append(Line(number, rest))
    return result + lines[1:]


# A proposal's heading with the proposer's own decision cited in brackets after it: "Kommunstyrelsens förslag till
# beslut (KS § 1/2015)" (Mora's web agenda: the board's § of the year), "... (KS 2019-02-12 § 12)", "(§ 6/2015)": the
# reference is a step the matter took (read from the row's whole text for its planning, _earlier_decisions_in_row),
# no part of the heading, which then names its proposer as a heading alone does.
_HEADING_REFERENCE = re.compile(r"\s*\((?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5}\s*)?(?:(?:den\s+)?\d{4}-\d{2}-\d{2},?\s*)?"
                                r"§\s*\d{1,4}(?:\s*/\s*(?:19|20)?\d\d)?(?:,?\s*(?:den\s+)?\d{4}-\d{2}-\d{2})?\)$")


def without_heading_references(lines: list[Line]) -> list[Line]:
    """`lines` with each proposal heading's bracketed reference cut off (_HEADING_REFERENCE); a line that is no
    proposal heading without it keeps it (a title's "(KS § 12)" is the title's)."""
    result = []
    for line in lines:
        text = line.stripped
        found = _HEADING_REFERENCE.search(text) if text.endswith(")") else None
        if found and found.start() and _item_heading(text[:found.start()]) == "proposal":
            line = Line(line.number, text[:found.start()], page_start=line.page_start, item_start=line.item_start)
        result.append(line)
    return result


# The signature box's labels whole, for a line that is one of them cut short by the excerpt's end ("Ordförandens och
# justeraren", Kil's last line; Sala's ends "Utdragsbestyr"): page furniture still, no part of the value before it.
_SIGNATURE_LABELS = ("ordförandens och justerarens signaturer", "justerandes signatur", "utdragsbestyrkande",
                     "ordförandes signatur", "justerares signatur")


def _cut_signature_label(text: str) -> bool:
    lowered = text.lower()
    return len(lowered) >= 10 and any(label.startswith(lowered) for label in _SIGNATURE_LABELS)


# The same labels run onto a value's end where a page's lines were joined ("... har tagit del av informationen.
# Ordförandens och justerarens signaturer", Kil's page as one line; "Justerandes sign Utdragsbestyrkande" as docplayer's
# and 5dok's run-on pages of Hammarö, Mellerud, Pajala, Strängnäs print it), after its sentence's end: furniture too.
_SIGNATURE_LABELS_AT_END = re.compile(
    r"(?<=[.!?])(?:\s+(?:" + "|".join(re.escape(label) for label in _SIGNATURE_LABELS) + r"|justerandes sign))+\s*$",
    re.IGNORECASE)


def _without_signature_labels(text: str) -> str:
    return _SIGNATURE_LABELS_AT_END.sub("", text)


def _item_parts(lines: list[Line]) -> dict[str, list[Line]]:
    parts: dict[str, list[Line]] = {}
    current = "summary"
    for line in lines:
        text = line.stripped
        if _FOOTER.match(text) or _cut_signature_label(text):
            current = "other"
            continue
        key = _item_heading(text) if text else None
        if key:
            current = key
            parts.setdefault(key, [])
            continue
        if _OFFICER_LABEL.match(text):
            parts.setdefault("responsible", []).append(line)
            continue
        parts.setdefault(current, []).append(line)
    return parts


def _text(lines: list[Line] | None) -> str:
    return " ".join(line.stripped for line in lines or [] if line.stripped)
