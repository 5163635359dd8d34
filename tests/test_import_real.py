"""Issue 13: every real public document of the corpus (tests/import_corpus/real/, both halves)
imports without a crash or a hang: it is read and stored, or refused with a one-line reason;
a page that is no municipal document at all is refused.

Each document is imported in a worker process so that a hang is caught (a generous limit;
the 1 s per document figure is measured in bench/import_quality.py, not here)."""

from __future__ import annotations

import json
import tempfile
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import pytest

REAL = Path(__file__).parent / "import_corpus" / "real"
DOCUMENTS = sorted(REAL.rglob("*.txt"))
HANG_GUARD_SECONDS = 60  # far above the 1 s target: only a hang (or a runaway regex) reaches it

# Misses a blind half showed when it was measured (issue 13 stays open on them; that half is now part
# of tuning, see the corpus README). strict: a fix makes these tests fail until the mark is removed.
KNOWN_MISSES: dict[str, str] = {
    "tuning/umearegionen_protokoll_1": "round 11: Umeåregionen's minnesanteckningar of its regionråd "
    "(a joint body of six municipalities) refused as naming no municipality or body of one",
    # Held-out round 27 (folded at the eighteenth session's start): what it showed when measured.
    "tuning/astorp_sammantradesplan_1": "round 27: Åstorp's sammanträdestider state no year and their weekdays "
    "fit two recent years (2017, 2023): refused by the plan rule (a clerk gives --year); gold lists the dates yearless",
    # Held-out round 29 (folded at the twentieth session's start): what it showed when measured.
    "tuning/hoglandsforbundet_sammantradesplan_1": "round 29: Höglandsförbundet's direktion page listing its meeting "
    "dates (no year): read as a plan since the twentieth session (the body's name heading its dates), refused as "
    "Åstorp's is for its year, which neither the text nor the weekdays tell (eight years fit)",
    "tuning/kommunforbundet-skane_kallelse_1": "round 29: Kommunförbundet Skåne's web notice of an extra förbundsmöte "
    "refused as naming no kind of document",
    # Held-out round 31 (folded at the twenty-second session's start): what it showed when measured.
    "tuning/falkoping_not-municipal_2": "round 31: a newspaper's (SLA) page about a plan in Falköping imported",
    # Held-out round 33 (folded at the twenty-fourth session's start): what it showed when measured.
    "tuning/sigtuna_sammantradesplan_1": "round 33: Sigtuna's sammanträdesdagar state no year and their weekdays fit "
    "two recent years (2021, 2027): refused by the plan rule (a clerk gives --year); gold lists the dates yearless",
    # Held-out round 35 (blind/ on main, the judge): what it showed at first sight, pinned, not tuned on.
    "blind/bastad_kallelse_1": "round 35: Båstad's own web page telling what its council will treat at a coming "
    "meeting refused as naming no kind of document",
    "blind/enkoping_sammantradesplan_5": "round 35: Enköping's council web page listing its yearless meeting dates "
    "refused as naming no kind of document (the gold leaves the year open)",
    "blind/munkfors_sammantradesplan_1": "round 35: Munkfors's meeting page (bodies as column codes, no year) "
    "refused as naming no kind of document",
    "blind/nora_not-municipal_1": "round 35: Nora's news page summing up a kommunstyrelse meeting's decisions "
    "imported",
    "blind/region-dalarna-kommunalforbund_not-municipal_1": "round 35: Region Dalarna's (the kommunalförbund) news "
    "page on a direktion meeting imported",
    "blind/upplands-bro_not-municipal_2": "round 35: a party's (Socialdemokraterna Upplands-Bro) page on the "
    "socialnämnd imported",
}


def _case(path: Path):
    name = f"{path.parent.name}/{path.stem}"
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name])] if name in KNOWN_MISSES else []
    return pytest.param(path, id=name, marks=marks)


def test_the_known_misses_name_real_documents():
    """A name in KNOWN_MISSES that names no document (renamed, removed) would drop its strict mark unseen."""
    assert set(KNOWN_MISSES) <= {f"{path.parent.name}/{path.stem}" for path in DOCUMENTS}


def import_one(path: str) -> tuple[str, str]:
    """Parse and store one document in a fresh archive: ('stored', summary) or ('refused', reason)."""
    import os

    os.environ.setdefault("BESLUT_USER", "testare")
    from archive import open_archive
    from archive.errors import ImportFailed
    from archive.importing import import_document, parse_document

    try:
        document = parse_document(Path(path))
    except ImportFailed as error:
        return "refused", str(error)
    with tempfile.TemporaryDirectory() as scratch:
        archive = open_archive(Path(scratch) / "beslut.db")
        try:
            result = import_document(archive, document)
        finally:
            archive.close()
    return "stored", f"{document.kind}: {len(result.matters)} ärenden"


@pytest.fixture(scope="module")
def worker():
    pool = ProcessPoolExecutor(max_workers=1)
    yield pool
    pool.shutdown(wait=False, cancel_futures=True)


def test_the_real_corpus_is_there():
    assert len(DOCUMENTS) >= 20
    assert all(path.with_suffix(".json").exists() for path in DOCUMENTS)


@pytest.mark.parametrize("path", [_case(path) for path in DOCUMENTS])
def test_each_real_document_imports_or_is_refused_cleanly(worker, path):
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    future = worker.submit(import_one, str(path))
    try:
        outcome, text = future.result(timeout=HANG_GUARD_SECONDS)
    except FutureTimeout:
        for process in list(worker._processes.values()):  # only the worker this fixture started
            process.kill()
        pytest.fail(f"{path.name}: no answer within {HANG_GUARD_SECONDS} s (hang)")
    if outcome == "refused":
        assert "\n" not in text.strip(), f"{path.name}: a refusal is one line: {text!r}"
        assert path.name in text, f"{path.name}: the refusal names the file: {text!r}"
    if gold["kind"] == "not-municipal":
        assert outcome == "refused", f"{path.name}: no municipal document, yet imported ({text})"
        # Refused by the rule about what a municipal document is, not by a reader's accident.
        assert "fält dokumenttyp: ingen kommunal handling" in text, f"{path.name}: refused for another reason: {text}"
    else:
        # Partial beats refusal: a municipal document is imported with what can be read.
        assert outcome == "stored", f"{path.name}: a municipal document was refused: {text}"


def test_the_rounds_name_only_tuning_documents_each_once():
    """rounds.json (bench/import_quality.py --by-round) lists the tuning documents that were once
    a blind half: each must exist in tuning/, in one round only."""
    rounds = json.loads((REAL / "rounds.json").read_text(encoding="utf-8"))
    rounds.pop("_about")
    stems = [stem for group in rounds.values() for stem in group]
    once_blind = 45 + 58 + 55 + 45 + 42 + 24 + 25 + 20 + 20 + 15 + 15
    held_out = (20 + 22 + 11 + 19 + 20 + 17 + 19 + 17 + 14 + 16 + 16 + 16 + 16 + 16 + 16 + 34 + 29 + 29 + 35 + 37
                + 35 + 48 + 68)
    assert len(stems) == len(set(stems)) == once_blind + held_out
    assert all((REAL / "tuning" / f"{stem}.txt").exists() for stem in stems)


def test_no_tuning_document_gets_a_value_its_text_does_not_state():
    """Never invent (issue 13): a value the reader gives a tuning document beyond its gold may be wrong (the
    quality bench counts it), but each part of it is stated in the document's text (bench/real_quality.py's
    Statement: a word run, a date, a body's name or code). Held-out round 22 found one (a margin's 'Au' read as the
    arbetsutskott where the text names its allmänna utskott)."""
    from bench.real_quality import measure_half

    invented = [(score.name, field, fact) for score in measure_half("tuning") for field, fact in score.invented]
    assert invented == []
