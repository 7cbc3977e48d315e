"""jieba-dictionary tokenization with the domain dictionary and the library's unit names.

Each ``Tokenizer`` owns a private trie so that learning 云乐镇 or 三重一大 never changes
any global state (tests and two libraries in one process stay independent).

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

import opencc

log = logging.getLogger(__name__)

# words whose index tokens a tokenizer remembers (a few MB); past it they are made afresh
_EXPANDED_MAX = 200_000
# jieba's frequency of a 上/下 verb common enough to keep its 到 (下放 266, 上交 220, 下发 380):
# the rare ones (上得 3, 上达 57, 上收 16) are a postposition 上 and the next verb
_VERB_FREQ = 200
_KEEP = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")
# a stage of a case: a one-character verb of a proceeding and the time word after it (诉前,
# 诉中, 诉后, 庭前, 审前, 判后, 访前). jieba tags 诉前 a verb, and a verb is a soft need of a
# question, so 「诉前调解了多少件」 was answered by any count of 调解; the stage is when, as a time
# word is (jieba's ``t``), and narrows the deed: 诉前调解 is one kind of 调解
_STAGE = re.compile(r"[诉审庭判裁执访][前中后]")
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


# texts whose simplified form is kept (``to_simplified``): a which-answer at 10 000 reports
# asks ~4 000 distinct texts, each again and again. Only short texts (sentences, section
# paths, chunks) are kept: ingest simplifies whole reports once each, and keeping 4 096 of
# those would hold hundreds of megabytes for nothing
_SIMPLIFIED_KEPT = 4096
_KEPT_LEN = 2000


def to_simplified(text: str) -> str:
    """Traditional → simplified for matching, keeping every offset.

    OpenCC converts phrases; in the rare case a phrase changes length the text is converted
    character by character instead, so ``to_simplified(t)[i:j]`` always corresponds to
    ``t[i:j]`` and a match found in the simplified form is a span of the original.

    Kept per text (a pure function of it): a which-answer's steps each read the same
    sentences and section paths simplified again — the plan tests of every supporting
    sentence (``plan_clauses`` → ``dated_plans`` → ``plan_items``) and ``plan_heading`` of
    its section, ~800 distinct paths asked 85 000 times over the bench's 20 questions; at
    10 000 reports 511 000 calls held 59 000 distinct texts. Each call scanned its whole
    text for a traditional character (most texts hold none); a kept one costs a dict read.
    """
    if len(text) <= _KEPT_LEN:
        return _simplified_kept(text)
    return _simplified(text)


@functools.lru_cache(maxsize=_SIMPLIFIED_KEPT)
def _simplified_kept(text: str) -> str:
    return _simplified(text)


def _simplified(text: str) -> str:
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
    """jieba's dictionary (``dict.txt``) plus the domain terms and unit names, segmented by
    jieba_fast_dat's C++ double-array trie.

    4.4× faster than jieba's Python DAG for index tokens (every chunk at ingest, every
    query's terms) and 0.1 s to load the tagger instead of ~1 s. Same dictionary, same
    added words and frequencies, search-mode sub-words taken exactly as jieba takes them:
    on the 165 dev reports 8 of 1.67 M index tokens differ (ties between equally likely
    cuts, 财用 / 用财); plain words and part-of-speech tags are identical on 269 dev and
    probe questions and 1 660 report sentences.
    """

    def __init__(self, terms: Iterable[str] = ()) -> None:
        import jieba_fast_dat
        from jieba_fast_dat import posseg

        from reportqa.dictionary import dictionary_path, load_into

        # never ``initialize()``: it reads a trie file in the temp dir that any process on
        # the machine may be rewriting (reportqa/dictionary.py)
        self._trie = jieba_fast_dat.Tokenizer(str(dictionary_path()))
        load_into(self._trie)
        self._pos = posseg.POSTokenizer(tokenizer=self._trie)
        self._added: set[str] = set()
        self._expanded: dict[str, tuple[str, ...]] = {}  # word -> its index tokens
        # the trie is C++ that may release the GIL: a refresh adding unit names must never
        # run inside a question's segmentation on another thread
        self._guard = threading.Lock()
        self.add_words(terms)

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
        new = [w for w in dict.fromkeys(to_simplified(w.strip()) for w in words) if w]
        with self._guard:
            for w in new:
                if w not in self._added:
                    self._added.add(w)
                    self._trie.add_word(w, freq=self._suggest_freq(w), tag=tag)
                    self._expanded.clear()

    def tagged(self, text: str) -> list[tuple[str, str]]:
        """(word, part-of-speech) pairs; verbs are soft terms in question analysis."""
        text = to_simplified(text)
        with self._guard:
            pairs = [(p.word, p.flag) for p in self._pos.lcut(text, HMM=False)]
            pairs = self._verb_to(pairs)
        return [
            (w, "t" if f.startswith("v") and _STAGE.fullmatch(w) else f)
            for w, f in pairs
            if _KEEP.search(w)
        ]

    def _verb_to(self, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """下放到 is 下放 + 到, not 下 + 放到 (under ``_guard``). Official prose moves powers,
        documents and data up or down the ladder with a 上/下 verb and 到 its goal (下放到乡镇,
        下达到各村, 上交到, 上传到平台); jieba's dictionary has 放到, 达到, 交到, 传到, which
        take the verb's second half with the 到 and leave the 上/下 a lone locative, so the
        deed (下放) is never a word of the question or the sentence. When 上/下 and the
        first character of an X到 word make a common dictionary verb, that verb and 到 are
        the cut; a rare one is a postposition before its verb (「基础上得到提升」: 上得 3,
        「质量上达到」: 上达 57)."""
        out: list[tuple[str, str]] = []
        for w, f in pairs:
            if out and out[-1] in (("上", "f"), ("下", "f")) and len(w) == 2 and w[1] == "到":
                verb = out[-1][0] + w[0]
                if self._trie.get_freq(verb) >= _VERB_FREQ:
                    out[-1] = (verb, "v")
                    out.append(("到", "v"))
                    continue
            out.append((w, f))
        return out

    def frequency(self, word: str) -> int:
        """The general dictionary's count of ``word`` (0 for a word it does not hold): how
        common the word is in Chinese at large, apart from any library."""
        word = to_simplified(word)
        with self._guard:
            return self._trie.get_freq(word) or 0

    def is_word(self, word: str) -> bool:
        word = to_simplified(word)
        with self._guard:
            return word in self._added or self._trie.get_freq(word) > 0

    def words(self, text: str) -> list[str]:
        """Plain segmentation (for question analysis and sentence scoring), simplified."""
        text = to_simplified(text)
        with self._guard:
            cut = self._trie.lcut(text, HMM=False)
            cut = [w for w, _ in self._verb_to([(w, "f" if w in "上下" else "") for w in cut])]
        return [t for t in cut if _KEEP.search(t)]

    def index_tokens(self, text: str) -> list[str]:
        """Search-mode tokens (long words plus their dictionary sub-words, as jieba's
        ``cut_for_search``), stopwords dropped.

        A word's tokens depend on the word and the dictionary only, and a report's words
        repeat (1.7 M tokens from ~60 000 distinct words at 165 reports): each word's are
        made once (``_expand``), which halves an ingest's tokenising; ``add_words`` forgets
        them, since a new word can be another's sub-word."""
        text = to_simplified(text)
        out: list[str] = []
        with self._guard:
            known = self._expanded
            cut = self._trie.lcut(text, HMM=False)
            for w, _ in self._verb_to([(w, "f" if w in "上下" else "") for w in cut]):
                got = known.get(w)
                if got is None:
                    got = self._expand(w)
                out.extend(got)
        return out

    def _expand(self, w: str) -> tuple[str, ...]:
        """One word's index tokens (its sub-words, then itself), under ``_guard``."""
        if len(self._expanded) >= _EXPANDED_MAX:
            self._expanded.clear()
        get, n = self._trie.get_freq, len(w)
        grams: list[str] = []
        if n > 2:
            grams.extend(g for i in range(n - 1) if get(g := w[i : i + 2]))
            if n > 3:
                grams.extend(g for i in range(n - 2) if get(g := w[i : i + 3]))
        grams.append(w)
        got = tuple(t for t in grams if t not in STOPWORDS and _KEEP.search(t))
        self._expanded[w] = got
        return got


def index_text(path: tuple[str, ...], body: str) -> str:
    """What is indexed (tokens, vectors) for a chunk: its headings with its body, so that
    「存在的问题」 finds every chunk under that heading."""
    return " ".join(path[-2:]) + "\n" + body


# official documents date themselves in Chinese numerals (二〇二四年一月十日): a year digit by
# digit, a month or day with 十 — read the same way by ingest (the 落款) and answers (issue dates);
# questions count the same way (第二个, 近两年, 十二年), with 两 for 2 before a measure word
CN_DIGITS = str.maketrans("〇○零一二两三四五六七八九", "0001223456789")


def cn_year(digits: str) -> int:
    """「二〇二四」 → 2024: a year written digit by digit."""
    return int(digits.translate(CN_DIGITS))


def cn_small(n: str) -> int:
    """「十二」 → 12, 「三十一」 → 31, 「九」 → 9, 「〇一」 → 1, 「两」 → 2, 「3」 → 3: a month, a
    day, or a small count said in a question; 0 when it is no number."""
    tens, ten, ones = n.partition("十")
    tens, ones = tens.translate(CN_DIGITS), ones.translate(CN_DIGITS)
    if not ten:
        return int(tens) if tens.isdigit() else 0
    return (int(tens) if tens.isdigit() else 1) * 10 + (int(ones) if ones.isdigit() else 0)
