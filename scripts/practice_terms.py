"""The genre's practice terms, read from the reports' side (round qa51).

Why: the register lexicon (``retrieval/register.txt``) maps the words people say to the words
reports write. Its right-hand side must be the reports' own vocabulary, not a guess, so this
script lists the frequent multi-character nouns and verb-object terms of a report corpus by
document frequency (how many reports write them), with jieba's part of speech. A person then
writes, for each practice, the everyday words used for it. Reproduce with::

    python scripts/practice_terms.py /work/shared/corpus-sz /work/shared/corpus-web --top 250

``--check retrieval/register.txt`` instead lists each report word of the lexicon with the
number of reports that spell it, so a right-hand word no report writes shows up as 0.

``--fires QUESTIONS.jsonl … --check retrieval/register.txt [--since OLD_register.txt]`` lists,
for each question file, the ids whose question a key fires on (with the library's tagger, as
retrieval reads it), and only the keys new since ``--since``: a key that fires on no question
cannot change that set's figures, so these ids are the ones to compare before and after
(round qa56). Question text is not printed, so a set kept for blind measurement stays unread.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

import jieba.posseg as pseg

log = logging.getLogger(__name__)

# nouns, verbal nouns, idioms and named terms: what names a practice or an institution
_TAGS = ("n", "nz", "nt", "vn", "l", "i")
# formula words of every report, whatever the practice: they name no practice
_FRAME = set(
    "工作 建设 发展 推进 加强 进一步 全面 深入 落实 开展 组织 坚持 情况 方面 问题 重点 要求 部门".split()
)


def terms(text: str) -> set[str]:
    """The practice-like words of one report, once each (document frequency, not counts)."""
    return {
        w.word
        for w in pseg.cut(text)
        if 2 <= len(w.word) <= 6 and w.flag.startswith(_TAGS) and w.word not in _FRAME
    }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--top", type=int, default=250)
    ap.add_argument("--check", type=Path, help="a register file: document frequency of its words")
    ap.add_argument("--fires", nargs="+", type=Path, help="question files: ids a key fires on")
    ap.add_argument("--since", type=Path, help="an older register file: only its new keys")
    args = ap.parse_args(argv)
    if args.fires:
        return _fires(args.check, args.since, args.fires)
    texts = [
        f.read_text(encoding="utf-8", errors="ignore")
        for d in args.dirs
        for f in sorted(d.glob("*.txt"))
    ]
    log.info("%d reports", len(texts))
    if args.check:
        return _check(args.check, texts)
    df: Counter[str] = Counter()
    for text in texts:
        df.update(terms(text))
    for word, k in df.most_common(args.top):
        sys.stdout.write(f"{k}\t{word}\n")
    return 0


def _check(path: Path, texts: list[str]) -> int:
    """Each report word of the lexicon with how many reports spell it (0: none does)."""
    from retrieval.synonym_file import read_synonyms

    words = dict.fromkeys(w for alts in read_synonyms(path).values() for w in alts)
    spelled = 0
    for word in words:
        k = sum(word in t for t in texts)
        spelled += k > 0
        sys.stdout.write(f"{k}\t{word}\n")
    log.info("%d of %d report words spelled by some report", spelled, len(words))
    return 0


def _fires(path: Path, since: Path | None, files: list[Path]) -> int:
    """Each question id a (new) key of the register fires on, with the keys, per file."""
    import json

    from reportqa.settings import Settings
    from reportqa.text import Tokenizer, read_terms
    from retrieval.register import read_register, register_in

    lexicon = read_register(path)
    old = set(read_register(since)) if since else set()
    new = {k: v for k, v in lexicon.items() if k not in old}
    tagged = Tokenizer(read_terms(Settings().domain_terms_file)).tagged
    for f in files:
        rows = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
        hits = [
            (q.get("id"), [c.term for *_, c in register_in(q.get("question", ""), tagged, new)])
            for q in rows
        ]
        hits = [(i, keys) for i, keys in hits if keys]
        for i, keys in hits:
            sys.stdout.write(f"{f}\t{i}\t{'、'.join(keys)}\n")
        log.info("%s: %d of %d questions", f, len(hits), len(rows))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main(sys.argv[1:]))
