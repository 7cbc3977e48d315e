"""jieba tokenization with the domain dictionary and the library's unit names.

Each ``Tokenizer`` owns a private ``jieba.Tokenizer`` so that learning 云乐镇 or 三重一大 never
changes jieba's global state (tests and two libraries in one process stay independent).

Reports from mirror sites and Hong Kong/Taiwan editors come in traditional characters
(鄉鎮/縣/顧問). Every token is taken from the simplified form of its text (OpenCC t2s), so a
question in either script finds a report in either script; the stored text and every quote
keep their original characters.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from pathlib import Path

import jieba
import opencc

log = logging.getLogger(__name__)
jieba.setLogLevel(logging.WARNING)

_KEEP = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")
STOPWORDS = frozenset(
    [
        "的",
        "了",
        "和",
        "与",
        "及",
        "以及",
        "等",
        "在",
        "是",
        "为",
        "对",
        "于",
        "将",
        "把",
        "被",
        "由",
        "从",
        "向",
        "也",
        "并",
        "又",
        "或",
        "而",
        "之",
        "其",
        "这",
        "那",
        "有",
        "个",
        "年",
        "月",
        "日",
        "中",
        "上",
        "下",
        "了",
        "着",
        "过",
        "我",
        "我们",
        "你",
        "他",
        "它",
        "各",
        "该",
        "本",
        "此",
        "等等",
        "进行",
        "进一步",
        "方面",
        "工作",
        "情况",
        "有关",
        "相关",
        "一是",
        "二是",
        "三是",
        "四是",
        "五是",
        "六是",
    ]
)


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.cache
def _traditional() -> re.Pattern[str]:
    """Characters OpenCC changes on their own: a text with none of them is already
    simplified (a regex search is ten times cheaper than a conversion, per question chunk)."""
    chars = [chr(c) for c in (*range(0x3400, 0xA000), *range(0xF900, 0xFB00))]
    out = _t2s().convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):
        return re.compile(r"[^\x00-\x7f]")  # cannot tell: convert every non-ASCII text
    return re.compile(
        "[" + re.escape("".join(a for a, b in zip(chars, out, strict=True) if a != b)) + "]"
    )


def to_simplified(text: str) -> str:
    """Traditional → simplified for matching, keeping every offset.

    OpenCC converts phrases; in the rare case a phrase changes length the text is converted
    character by character instead, so ``to_simplified(t)[i:j]`` always corresponds to
    ``t[i:j]`` and a match found in the simplified form is a span of the original.
    """
    if not text or text.isascii() or not _traditional().search(text):
        return text
    out = _t2s().convert(text)
    if len(out) != len(text):
        conv = _t2s().convert
        out = "".join(c if len(c := conv(ch)) == 1 else ch for ch in text)
    return out


def read_terms(path: Path | None) -> list[str]:
    if path is None or not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


class Tokenizer:
    def __init__(self, terms: Iterable[str] = ()) -> None:
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        self._known: set[str] = set()
        self._pos = None
        self.add_words(terms)

    def add_words(self, words: Iterable[str], tag: str = "n") -> None:
        for w in words:
            w = to_simplified(w.strip())
            if w and w not in self._known:
                self._known.add(w)
                self._jieba.add_word(w, freq=max(self._jieba.suggest_freq(w), 2000), tag=tag)

    def tagged(self, text: str) -> list[tuple[str, str]]:
        """(word, part-of-speech) pairs; verbs are soft terms in question analysis."""
        if self._pos is None:
            from jieba import posseg

            self._pos = posseg.POSTokenizer(tokenizer=self._jieba)
        pairs = self._pos.lcut(to_simplified(text), HMM=False)
        return [(p.word, p.flag) for p in pairs if _KEEP.search(p.word)]

    def is_word(self, word: str) -> bool:
        word = to_simplified(word)
        return word in self._known or bool(self._jieba.FREQ.get(word))

    def words(self, text: str) -> list[str]:
        """Plain segmentation (for question analysis and sentence scoring), simplified."""
        return [t for t in self._jieba.lcut(to_simplified(text), HMM=False) if _KEEP.search(t)]

    def index_tokens(self, text: str) -> list[str]:
        """Search-mode tokens (long words plus their dictionary sub-words), stopwords dropped."""
        return [
            t
            for t in self._jieba.lcut_for_search(to_simplified(text), HMM=False)
            if t not in STOPWORDS and _KEEP.search(t)
        ]
