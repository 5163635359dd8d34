"""The word endings Swedish text has (issue 13: a title the excerpt's end cuts mid-word is no title), counted in
the tuning documents' texts, for archive/importing/wordends.py.

Every word of every tuning text but its last (which the excerpt's end may have cut) gives its ending: its last
four letters, or a short word whole. An ending seen at least MIN_COUNT times is the language's.

Estimate by organisations left out (each organisation's gold title-ending words and the tuning half's cut last
words in lower case, read against the endings of every other organisation's texts): how many whole words would
be taken as cut, and how many cut ones are.

Run: PYTHONPATH=. .venv/bin/python bench/learn_endings.py           the estimate
     PYTHONPATH=. .venv/bin/python bench/learn_endings.py --write   also write archive/importing/word_endings.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

from archive.importing.wordends import ENDINGS_PATH, WORD, cut_short, ending_of
from bench.real_quality import REAL

MIN_COUNT = 2
# The last words of tuning rows the excerpt's end cut mid-word, as their golds' notes say (left out of matters).
CUT_WORDS = {"gotene_kallelse_2": "seniorkor", "karlskrona_protokoll_2": "cyke", "morbylanga_kallelse_1": "fastighete",
             "norrkoping_kallelse_4": "parkeri", "skara_kallelse_1": "vattentäk", "stockholm_kallelse_5": "dagordnin",
             "stockholm_kallelse_6": "lotteriinspekt", "askersund_protokoll_2": "verksamhetsuppf"}


def organisation(stem: str) -> str:
    return stem.split("_")[0]


def count_endings() -> dict[str, Counter]:
    """Per organisation, how often each ending ends a word of its tuning texts (each text's last word left out)."""
    per_organisation: dict[str, Counter] = defaultdict(Counter)
    for path in sorted((REAL / "tuning").rglob("*.txt")):
        words = WORD.findall(path.read_text(encoding="utf-8", errors="replace"))[:-1]
        per_organisation[organisation(path.stem)].update(ending_of(word) for word in words)
    return per_organisation


def title_ending_words() -> dict[str, Counter]:
    """Per organisation, the last word of every gold title that ends in a lower-case word (whole), the only words
    wordends.cut_short asks about."""
    result: dict[str, Counter] = defaultdict(Counter)
    for path in sorted((REAL / "tuning").rglob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for matter in gold.get("matters") or []:
            title = (matter.get("title") or "").rstrip()
            words = WORD.findall(title)
            if words and title[-1:].isalpha() and words[-1][:1].islower():
                result[organisation(path.stem)][words[-1]] += 1
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    per_organisation = count_endings()
    total = sum(per_organisation.values(), Counter())
    whole_taken = whole = 0
    examples = []
    for name, words in title_ending_words().items():
        others = total - per_organisation[name]
        known = frozenset(e for e, n in others.items() if n >= MIN_COUNT)
        for word, count in words.items():
            whole += count
            if cut_short(word, known=known):
                whole_taken += count
                examples.append(word)
    caught = []
    for stem, word in CUT_WORDS.items():
        others = total - per_organisation[organisation(stem)]
        if cut_short(word, known=frozenset(e for e, n in others.items() if n >= MIN_COUNT)):
            caught.append(word)
    print(f"organisations left out: {whole_taken}/{whole} whole title-ending words taken as cut "
          f"({100 * whole_taken / whole:.1f} %), e.g. {', '.join(examples[:8])}")
    print(f"cut last words caught: {len(caught)}/{len(CUT_WORDS)}: {', '.join(caught)}")
    endings = sorted(e for e, n in total.items() if n >= MIN_COUNT)
    print(f"{len(endings)} endings seen at least {MIN_COUNT} times")
    if args.write:
        ENDINGS_PATH.write_text(json.dumps({
            "about": "bench/learn_endings.py --write: word endings (last four letters, or '=' and a short word whole) "
                     f"seen at least {MIN_COUNT} times in the tuning texts; archive/importing/wordends.py reads them",
            "endings": endings}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print("wrote", ENDINGS_PATH)


if __name__ == "__main__":
    main()
