"""What a which-answer over thousands of units makes once (issue 17, which-latency at 10k):
a one-sentence chunk (fan-out's judged sentence) is read once per chunk record, the
question's side of quoting once per ask (``Picker``, ``Quoter``), a citation's report fields
and a unit's label once per record (``frozen.ByRecord``), a verdict once per unit name. Each
must give exactly what working it out afresh gives; real report text and made-up text."""

from __future__ import annotations

import random
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from answering.announced_parts import without_announcement
from answering.extractive import CitationBook, Quoter, _quote_for
from answering.sentence_cuts import _one_sentence
from answering.sentences import (
    _LEAD_WEIGHT,
    Picker,
    Span,
    _score_simplified,
    _sentences_with,
    _trim,
    _with_body,
    best_sentences,
    is_heading,
    is_lead,
    wants_number,
)
from reportqa.answer import UnitVerdict, Verdict, verdicts
from reportqa.frozen import ByRecord
from reportqa.text import to_simplified
from reportqa.types import Chunk, Hit, ReportEvidence, ReportInfo
from retrieval.concept import Concept
from retrieval.evidence import sentence_ends
from retrieval.query import Analysis

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"
_INFO = ReportInfo("r1", "a.txt", "白沙镇法治政府建设报告", "白沙镇", "青山县", "乡镇", 2023, "h")
_QUESTIONS = ("哪些乡镇开展了普法宣传？", "各乡镇调解了多少件矛盾纠纷？", "哪些乡镇聘请了法律顾问")
_CONCEPTS = (
    (Concept("普法", ("普法",), True), Concept("开展", ("开展",), False)),
    (Concept("矛盾纠纷", ("矛盾纠纷", "纠纷"), True), Concept("调解", ("调解", "调处"), False)),
    (Concept("法律顾问", ("法律顾问",), True), Concept("聘请", ("聘请", "选聘"), False)),
    (Concept("法治", ("法治", "法制"), True),),
    (Concept("工作", ("工作",), False),),  # nothing required: every sentence is read
)
_IDF = {"普法": 2.1, "开展": 0.4, "矛盾纠纷": 1.7, "调解": 0.9, "法律顾问": 2.6, "法治": 0.3}


def _reference(chunk, concepts, idf, question, limit=1, trim=True) -> list[Span]:
    """``best_sentences`` as it was before anything was kept: every sentence cut and read
    on each call (an announcing clause left out, as ``Picker`` does for content)."""
    number = wants_number(question)
    required = [c for c in concepts if c.required]
    alts = [a for c in required for a in c.alternatives]
    if required:
        sentences = _sentences_with(chunk.text, alts, chunk.start)
    else:
        from answering.sentences import _SENT, _spans

        sentences = _spans(_SENT, chunk.text, chunk.start)
    found = []
    for s, e, text in sentences:
        if is_heading(text):
            continue
        plain = to_simplified(text)
        rest = without_announcement(plain)  # 「现将…报告如下」 is not read (``announced_parts``)
        plain = plain if rest is None else rest
        if required and not any(a in plain for a in alts):
            continue
        sc = _score_simplified(plain, concepts, idf, number)
        if sc > 0:
            found.append(Span(s, e, text, sc * (_LEAD_WEIGHT if is_lead(text) else 1.0)))
    found.sort(key=lambda sp: (-sp.score, sp.start))
    if not trim:
        return [_with_body(sp, chunk) for sp in found[:limit]]
    return [_with_body(_trim(sp, concepts, idf, number), chunk) for sp in found[:limit]]


def _chunk(text: str, start: int, path=("一、主要工作",)) -> Chunk:
    return Chunk(f"r1:{start}", "r1", text, path, start, start + len(text), _INFO)


def _sentence_chunks() -> list[Chunk]:
    """Every sentence of the bundled reports as fan-out cuts one out (a chunk of its own)."""
    out = []
    for path in sorted(_CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for start, end in pairwise([0, *sentence_ends(text), len(text)]):
            out.append(_chunk(text[start:end], start))
    return out


def _made_up(rng: random.Random) -> str:
    """Sentences and headings of the genre, with and without stops, line breaks, blanks."""
    parts = [
        "（三）加强普法宣传",
        "一是开展普法宣传。",
        "全年开展普法宣传活动12场，发放资料3000份。",
        "聘请律师担任法律顾问，",
        "调解矛盾纠纷36件，调解成功率100%；",
        "  ，法治政府建设稳步推进",
        "各村法制宣传栏更新4次",
        "\n",
        "　",
        "推动村法律顾问全覆盖，" * 8,
        "现将全镇普法工作及调解矛盾纠纷情况报告如下：",  # an announcing clause: not read
        "现将法律顾问工作报告如下：",  # one part named: it heads what follows
        "特此报告。",
    ]
    return "".join(rng.choice(parts) for _ in range(rng.randint(1, 4)))


def test_a_one_sentence_chunk_read_once_quotes_what_reading_it_afresh_quotes():
    chunks = _sentence_chunks()
    rng = random.Random(17)
    chunks += [_chunk(_made_up(rng), rng.randint(0, 900)) for _ in range(1_500)]
    ones = 0
    for chunk in chunks:
        ones += _one_sentence(chunk) is not None
        for question in _QUESTIONS:
            for concepts in _CONCEPTS:
                for limit, trim in ((1, True), (4, True), (3, False)):
                    want = _reference(chunk, concepts, _IDF, question, limit, trim)
                    pick = Picker(concepts, _IDF, question)
                    assert pick(chunk, limit, trim, cut=True) == want, (chunk.text, question)
                    got = best_sentences(chunk, concepts, _IDF, question, limit, trim)
                    assert got == want, (chunk.text, question, concepts)
    assert ones > 500 and ones < len(chunks)  # both paths were taken


def test_what_a_chunk_record_reads_is_its_own_and_kept_by_identity():
    chunk = _chunk("全年开展普法宣传活动12场。", 40)
    first = _one_sentence(chunk)
    assert first is not None and _one_sentence(chunk) is first
    assert first[1][0][:3] == (40, 54, "全年开展普法宣传活动12场。")
    same_text = replace(chunk)  # an equal record, another object: read for itself
    assert _one_sentence(same_text) == first and _one_sentence(same_text) is not first
    several = _chunk("开展普法宣传。调解纠纷3件。", 0)
    assert _one_sentence(several) is None  # its sentences depend on the question's terms


def test_by_record_makes_a_value_once_per_record_object_and_forgets_when_full():
    made: list[str] = []

    def make(info: ReportInfo) -> str:
        made.append(info.county)
        return f"{info.township}（{info.county}）"

    kept = ByRecord(make, size=3)
    assert kept(_INFO) == "白沙镇（青山县）" and kept(_INFO) == "白沙镇（青山县）"
    assert made == ["青山县"]
    corrected = replace(_INFO, county="绿水县")  # equal fields but one: another record
    assert kept(corrected) == "白沙镇（绿水县）" and made == ["青山县", "绿水县"]
    others = [replace(_INFO, report_id=f"r{i}") for i in range(3)]
    for other in others:
        kept(other)
    assert len(made) == 5
    kept(_INFO)  # cleared when full: made again
    assert len(made) == 6


def test_citations_from_kept_fields_are_those_of_the_chunk_and_span():
    book = CitationBook()
    chunk = _chunk("聘请律师担任法律顾问。", 120, ("一、主要工作", "（二）依法决策"))
    span = Span(120, 131, "聘请律师担任法律顾问。", 1.0)
    assert book.cite(chunk, span) == 1 and book.cite(chunk, span) == 1
    moved = replace(chunk, info=replace(_INFO, county="绿水县"))  # a corrected record
    assert book.cite(moved, Span(120, 126, "聘请律师担任", 1.0)) == 2
    one, two = book.items
    assert (one.report_id, one.source, one.title, one.township, one.county, one.year) == (
        "r1",
        "a.txt",
        "白沙镇法治政府建设报告",
        "白沙镇",
        "青山县",
        2023,
    )
    assert one.section == "一、主要工作 > （二）依法决策" and one.quote == span.text
    assert (one.start, one.end, one.n) == (120, 131, 1)
    assert two.county == "绿水县" and (two.start, two.end, two.n) == (120, 126, 2)


def test_a_quoter_reused_across_reports_quotes_each_as_a_fresh_one_does():
    chunks = _sentence_chunks()[:400]
    for question, concepts in zip(_QUESTIONS, _CONCEPTS, strict=False):
        analysis = Analysis(question=question, kind="which", concepts=concepts)
        quote = Quoter(analysis, _IDF)
        for i in range(0, len(chunks), 3):
            hits = tuple(Hit(c, 1.0, "fanout") for c in chunks[i : i + 3])
            ev = ReportEvidence(_INFO, hits, True, 1.0, "")
            assert quote(ev) == _quote_for(ev, analysis, _IDF)


def test_verdicts_are_made_once_per_unit_name_and_read_as_made():
    first = verdicts(["白沙镇", "青山镇"], ["绿水乡"])
    assert first == (
        UnitVerdict("白沙镇", Verdict.SUPPORTED),
        UnitVerdict("青山镇", Verdict.SUPPORTED),
        UnitVerdict("绿水乡", Verdict.NOT_MENTIONED),
    )
    again = verdicts(["绿水乡"], ["白沙镇"])  # the same names, the other verdicts
    assert again == (
        UnitVerdict("绿水乡", Verdict.SUPPORTED),
        UnitVerdict("白沙镇", Verdict.NOT_MENTIONED),
    )
    assert verdicts(["白沙镇"])[0] is first[0]
