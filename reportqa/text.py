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
import threading
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


def _jieba_dictionary() -> str:
    return str(Path(jieba.__file__).with_name("dict.txt"))


class Tokenizer:
    """Two engines over one dictionary (jieba's ``dict.txt`` plus the same added words).

    Index tokens — every chunk at ingest and every query's terms — come from
    jieba_fast_dat's C++ double-array trie, 4.4× faster than jieba's Python DAG on the same
    dictionary, with search-mode sub-words taken exactly as jieba takes them. On the 165 dev
    reports the two differ in 8 of 1.67 M tokens (ties between equally likely cuts, 财用 /
    用财). Part-of-speech tagging and plain segmentation for question analysis stay on
    jieba (posseg needs it), loaded on first use, so tokenizer workers load only the trie.
    """

    def __init__(self, terms: Iterable[str] = ()) -> None:
        import jieba_fast_dat

        self._trie = jieba_fast_dat.Tokenizer(str(Path(jieba.__file__).with_name("dict.txt")))
        self._trie.initialize()
        self._added: dict[str, tuple[int, str]] = {}  # word -> (frequency, tag), in order
        self._engine: jieba.Tokenizer | None = None
        self._pos = None
        self._loading = threading.Lock()
        self._preloading = False
        self.add_words(terms)

    @property
    def _jieba(self) -> jieba.Tokenizer:
        with self._loading:
            if self._engine is None:
                engine = jieba.Tokenizer()
                engine.initialize()
                for w, (freq, tag) in self._added.items():
                    engine.add_word(w, freq=freq, tag=tag)
                self._engine = engine
            return self._engine

    def preload(self) -> None:
        """Load the tagger in the background (0.5 s) so that the first question does not
        wait for it; a question that comes sooner waits only for the rest of the load."""
        if self._pos is None and not self._preloading:
            self._preloading = True
            threading.Thread(target=self.tagged, args=("法治",), daemon=True).start()

    def _suggest_freq(self, word: str) -> int:
        """jieba's ``suggest_freq`` (a missing or prefix-only entry counts 0 either way, and
        then the word's own frequency decides), floored at 2000 so that a unit name or
        domain term wins over the cuts inside it."""
        get, total = self._trie.get_freq, float(self._trie.total)
        p = 1.0
        for seg in self._trie.lcut(word, HMM=False):
            p *= get(seg) / total
        return max(int(p * total) + 1, get(word), 2000)

    def add_words(self, words: Iterable[str], tag: str = "n") -> None:
        with self._loading:  # never while the tagger replays the added words
            self._add(words, tag)

    def _add(self, words: Iterable[str], tag: str) -> None:
        for w in words:
            w = to_simplified(w.strip())
            if w and w not in self._added:
                freq = self._suggest_freq(w)
                self._added[w] = (freq, tag)
                self._trie.add_word(w, freq=freq, tag=tag)
                if self._engine is not None:
                    self._engine.add_word(w, freq=freq, tag=tag)

    def tagged(self, text: str) -> list[tuple[str, str]]:
        """(word, part-of-speech) pairs; verbs are soft terms in question analysis."""
        if self._pos is None:
            from jieba import posseg

            engine = self._jieba
            with self._loading:
                self._pos = self._pos or posseg.POSTokenizer(tokenizer=engine)
        pairs = self._pos.lcut(to_simplified(text), HMM=False)
        return [(p.word, p.flag) for p in pairs if _KEEP.search(p.word)]

    def is_word(self, word: str) -> bool:
        word = to_simplified(word)
        return word in self._added or self._trie.get_freq(word) > 0

    def words(self, text: str) -> list[str]:
        """Plain segmentation (for question analysis and sentence scoring), simplified."""
        return [t for t in self._jieba.lcut(to_simplified(text), HMM=False) if _KEEP.search(t)]

    def index_tokens(self, text: str) -> list[str]:
        """Search-mode tokens (long words plus their dictionary sub-words, as jieba's
        ``cut_for_search``), stopwords dropped."""
        get = self._trie.get_freq
        out: list[str] = []
        for w in self._trie.lcut(to_simplified(text), HMM=False):
            n = len(w)
            if n > 2:
                out.extend(g for i in range(n - 1) if get(g := w[i : i + 2]))
                if n > 3:
                    out.extend(g for i in range(n - 2) if get(g := w[i : i + 3]))
            out.append(w)
        return [t for t in out if t not in STOPWORDS and _KEEP.search(t)]
