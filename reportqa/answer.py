"""An answer as data: the blocks every output (chat, Markdown, Word, JSON, CSV, the chart)
is rendered from, so no output ever has to read another one's text back.

A claim carries the numbers of the citations that bear it out (``Text.refs``), never a
``[n]`` written into its string; a comparison is a table of rows, each with its unit, the
quoted value, the number taken from it and the citation it rests on; which units the reports
support and which they do not mention is a list of verdicts, not a sentence to search.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from reportqa.frozen import quick
from reportqa.types import shown_unit

__all__ = [
    "Answer",
    "Asked",
    "Block",
    "Bullets",
    "Citation",
    "CompareRow",
    "CompareTable",
    "Completeness",
    "Kind",
    "Paragraph",
    "Prose",
    "Role",
    "Text",
    "UnitVerdict",
    "Unsaid",
    "Verdict",
    "verdicts",
]


class Kind(StrEnum):
    """The shape of a question, and so of its answer. ``NONE`` marks an evaluation question
    whose answer is not in the reports; answers themselves are which / compare / fact."""

    WHICH = "which"
    COMPARE = "compare"
    FACT = "fact"
    NONE = "none"


class Role(StrEnum):
    SUPPORT = "support"
    RELATED = "related"


class Verdict(StrEnum):
    SUPPORTED = "supported"
    NOT_MENTIONED = "not_mentioned"
    # a unit that answers a question asked the negative way (「哪些乡镇没有…」) because its
    # report does not write the thing: one of the answer's units, never cited as a statement
    UNSHOWN = "unshown"


@quick
@dataclass(frozen=True)
class Citation:
    n: int
    report_id: str
    source: str
    title: str
    township: str
    county: str
    year: int | None
    section: str
    quote: str  # exactly report_text[start:end]
    start: int
    end: int
    # SUPPORT: evidence the answer rests on; RELATED: a passage shown beside an answer that
    # says the report does not give what was asked (「聘请1家律师事务所」 for 「哪一家」) —
    # checkable, but never counted as the answer
    role: str = Role.SUPPORT

    @property
    def shown(self) -> str:
        """The unit as printed (see ``reportqa.types.shown_unit``)."""
        return shown_unit(self.township, self.source)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Citation:
        return cls(**{k: data[k] for k in _CITATION_KEYS if k in data})


_CITATION_KEYS = tuple(Citation.__dataclass_fields__)


@quick
@dataclass(frozen=True)
class Text:
    """A run of answer text and the citations shown right after it. ``strong``: a unit's
    name heading its line."""

    text: str
    refs: tuple[int, ...] = ()
    strong: bool = False


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Text, ...]


@dataclass(frozen=True)
class Bullets:
    items: tuple[tuple[Text, ...], ...]


@dataclass(frozen=True)
class Prose:
    """What a language model wrote, as its own Markdown: its ``[n]`` markers were read into
    ``refs`` once, when the reply came in; the rest of its Markdown is its own."""

    runs: tuple[Text, ...]


@dataclass(frozen=True)
class CompareRow:
    """One unit of a comparison. ``value`` is the verbatim quote (「未提及」 without a
    citation); ``number`` the figure the comparison is about, ``scale`` (万/千/亿) and
    ``measure`` (件/起/人…) how the quote writes it right after the figure."""

    unit: str
    value: str
    number: float | None
    citation: Citation | None
    year: int | None = None
    scale: str = ""
    measure: str = ""
    # one unit over several years (``answering.across_years``): the row is a report, and
    # its year is part of its name (two rows 「南山区」 would hide which year said what)
    by_year: bool = False

    @property
    def n(self) -> int | None:
        return self.citation.n if self.citation else None

    @property
    def shown(self) -> str:
        """The row's name: the unit, with its report's year when rows are by year."""
        return f"{self.unit}（{self.year}年）" if self.by_year and self.year else self.unit

    @property
    def magnitude(self) -> float | None:
        """What a bar's length stands for: 2.5万 is 25 000, not 2.5."""
        if self.number is None:
            return None
        return float(self.number) * _SCALE.get(self.scale, 1.0)

    @property
    def label(self) -> str:
        """The number as the quote writes it: 242件, 2.5万份."""
        if self.number is None:
            return ""
        return fmt_number(self.number) + self.scale + self.measure

    def to_json(self) -> dict:
        return {
            "township": self.unit,
            "quote": self.value,
            "n": self.n,
            "number": self.number,
            "year": self.year,
            "scale": self.scale,
            "measure": self.measure,
            "by_year": self.by_year,
        }


_SCALE = {"": 1.0, "千": 1e3, "万": 1e4, "亿": 1e8}


def fmt_number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


@dataclass(frozen=True)
class CompareTable:
    rows: tuple[CompareRow, ...]


@dataclass(frozen=True)
class Unsaid:
    """Words of the question that no report in scope writes. Users ask in their own words
    (官司 for 诉讼); an answer decided by such a word — none found, or only a near passage
    — must say which word, in every output, as data a reader or a program can take apart
    from the answer's own claims. ``near``: a closest passage follows it (related, never
    the answer's value). ``read_as``: the library's word each of ``words`` was read as
    (发誓 → 宣誓, ``retrieval.morphemes``), so the reader sees which word the answer searched.
    ``read_by``: the answer's units are read on these words of the question instead, which
    the library writes (``answering.graded``) — the answer rests on them, and whether the
    units also did what the unwritten words add is not established."""

    words: tuple[str, ...]
    near: bool = False
    read_as: tuple[str, ...] = ()
    read_by: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        quoted = "".join(f"“{w}”" for w in self.words)
        if self.read_by:
            by = "".join(f"“{w}”" for w in self.read_by)
            return f"报告中没有{quoted}的说法；以下按报告写到的{by}回答，未能确认写到{quoted}。"
        if self.read_as:
            said = "".join(f"“{w}”" for w in self.read_as)
            return f"报告中没有{quoted}{'这个' if len(self.words) == 1 else '这些'}说法，按{said}理解。"
        if self.near:
            return f"报告没有用{quoted}的说法；最接近的是："
        return f"报告中没有{quoted}{'这个' if len(self.words) == 1 else '这些'}说法。"


@dataclass(frozen=True)
class Asked:
    """The question a part of the answer answers, heading its blocks: a message that asks
    two things (「A镇聘请法律顾问了吗？B镇开展了几次普法？」) is answered part by part
    (``answering.composed``). ``resolved``: the part as answered when it leaned on the part
    before and was made whole (「其中哪个办了培训班」 → 「哪个办了培训班」); ``note``: how it
    was narrowed (「（范围：峡口镇）」 for 「它归哪个区管」); both empty when answered as typed."""

    question: str
    resolved: str = ""
    note: str = ""

    @property
    def text(self) -> str:
        return self.question + (f"（理解为：{self.resolved}）" if self.resolved else "") + self.note


@dataclass(frozen=True)
class UnitVerdict:
    unit: str
    verdict: Verdict


def verdicts(supported, not_mentioned=(), unshown=()) -> tuple[UnitVerdict, ...]:
    """A which-question at 10 000 reports gives 10 000 verdicts on every ask; a verdict is
    frozen and depends on the unit's name alone, so each is made once, kept by name per
    verdict (hashing the verdict itself would call ``Enum.__hash__`` in Python each time)."""
    made = _made(supported, _SUPPORTED, Verdict.SUPPORTED) + _made(
        not_mentioned, _NOT_MENTIONED, Verdict.NOT_MENTIONED
    )
    return made + _made(unshown, _UNSHOWN, Verdict.UNSHOWN) if unshown else made


_SUPPORTED: dict[str, UnitVerdict] = {}
_NOT_MENTIONED: dict[str, UnitVerdict] = {}
_UNSHOWN: dict[str, UnitVerdict] = {}
_SILENT = Verdict.NOT_MENTIONED  # compared by identity: hashing an Enum runs Python code


def _made(units, kept: dict[str, UnitVerdict], verdict: Verdict) -> tuple[UnitVerdict, ...]:
    # looked up in one C loop; a verdict is never false, so ``all`` says none is missing
    units = units if isinstance(units, (list, tuple)) else list(units)
    if "" in units:  # a report whose unit went unread is listed by its file, never as a unit
        units = [u for u in units if u]
    got = tuple(map(kept.get, units))
    if all(got):
        return got
    return tuple(g or _keep(u, kept, verdict) for u, g in zip(units, got, strict=True))


def _keep(unit: str, kept: dict[str, UnitVerdict], verdict: Verdict) -> UnitVerdict:
    if len(kept) >= 65_536:
        kept.clear()
    kept[unit] = got = UnitVerdict(unit, verdict)
    return got


@dataclass(frozen=True)
class Completeness:
    """Which reports were searched and which of them say nothing on the question: the line
    that tells a reader no unit was silently left out."""

    searched: int
    not_mentioned: tuple[str, ...] = ()

    @property
    def line(self) -> str:
        text = f"已检索 {self.searched} 份报告。"
        if self.not_mentioned:
            text += f"未提及：{'、'.join(self.not_mentioned)}。"
        return text


# a part's completeness line is a block of its own in an answer of several parts
Block = Paragraph | Bullets | Prose | CompareTable | Unsaid | Asked | Completeness


@dataclass(frozen=True)
class Answer:
    question: str
    kind: Kind
    mode: str  # extractive | llm
    body: tuple[Block, ...] = ()
    citations: tuple[Citation, ...] = ()
    units: tuple[UnitVerdict, ...] = ()
    completeness: Completeness | None = None
    # the comparison the answer rests on: shown in ``body`` by the offline answerer, kept
    # beside a model's text (which writes the comparison in its own words)
    compare: CompareTable | None = None
    resolved_question: str = ""  # the question as answered (a follow-up made whole)
    resolution_note: str = ""  # how it was resolved, shown beside it
    notices: tuple[str, ...] = ()  # e.g. the model failed and the quotes answer instead
    searched: int = 0
    scope: tuple[str, ...] = ()
    # passages shown as related, not as evidence (``Citation.role`` RELATED), numbered after
    # ``citations``; the renderers list them apart and the eval never counts them
    related: tuple[Citation, ...] = ()
    # the units a superlative (「其中哪家最多」) names as its answer, by the quoted numbers:
    # what a which-reading of the question and a following 「它」 refer to
    picked: tuple[str, ...] = ()
    # a message of several questions: each part's own answer (its citations numbered as in
    # ``body``), kept so a later follow-up leans on the part it follows and a table reader
    # reads each part's comparison; ``body`` shows them in order, each under its ``Asked``
    parts: tuple[Answer, ...] = ()

    @property
    def townships(self) -> tuple[str, ...]:
        """The units that answer the question: for 「哪些乡镇没有…」 also those whose report does
        not show the thing (``Verdict.UNSHOWN``) — what users and code-blind question writers
        alike count as the answer — kept apart from the ones whose report says so."""
        return tuple(u.unit for u in self.units if u.verdict is not _SILENT)

    @property
    def unshown(self) -> tuple[str, ...]:
        return tuple(u.unit for u in self.units if u.verdict == Verdict.UNSHOWN)

    @property
    def not_mentioned(self) -> tuple[str, ...]:
        return tuple(u.unit for u in self.units if u.verdict == Verdict.NOT_MENTIONED)

    @property
    def table(self) -> tuple[CompareRow, ...]:
        return self.compare.rows if self.compare else ()

    @property
    def unsaid(self) -> tuple[str, ...]:
        """The words of the question no report writes, as the answer says them."""
        return tuple(w for b in self.body if isinstance(b, Unsaid) for w in b.words)

    @property
    def read_by(self) -> tuple[str, ...]:
        """The question's words a graded answer's units were read on instead of ``unsaid``
        (empty for a strict answer): the answer rests on them."""
        return tuple(w for b in self.body if isinstance(b, Unsaid) for w in b.read_by)

    @property
    def notice(self) -> str:
        return "；".join(self.notices)

    @property
    def resolved_shown(self) -> str:
        """The resolved question with its note, as people are shown it."""
        return self.resolved_question + (self.resolution_note and f" {self.resolution_note}")

    @property
    def answer(self) -> str:
        """The answer as Markdown with ``[n]`` markers."""
        from reportqa.answer_markdown import markdown

        return markdown(self)

    def to_json(self) -> dict:
        from reportqa.answer_json import answer_json

        return answer_json(self)

    @classmethod
    def from_json(cls, data: dict) -> Answer:
        """The inverse of :meth:`to_json` (``reportqa.answer_json``)."""
        from reportqa.answer_json import answer_from

        return answer_from(data)
