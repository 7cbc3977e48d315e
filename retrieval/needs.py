"""What a sentence must say to support a question: its concepts weighed into needs over the
reports in scope (IDF over reports; a concept's parts, its compound's head and modifier, a verb
of doing with its object), and the cue strings a sentence reaching a floor must hold, which
bound the chunks the fan-out reads. ``SUPPORT`` is the one threshold; it was calibrated on the
development sets (``docs/evidence.md``) and is never tuned per question. Its own concept apart
from ``evidence``, which judges a sentence against these needs: the weighing is made once per
ask, the judging once per sentence."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from reportqa.text import to_simplified
from retrieval.anchors import described, is_dated, numbered, object_of
from retrieval.clause_examples import example_cues, exemplified
from retrieval.compounds import Tagger, modifiers
from retrieval.dated_plans import asks_mention
from retrieval.field_marks import field_marked, form_marked
from retrieval.format_words import format_strings
from retrieval.law_exams import exam_cues
from retrieval.level_titles import is_level_title
from retrieval.manner_verbs import manner_soft
from retrieval.name_abbreviations import glued_name
from retrieval.name_heads import headed_names
from retrieval.net_counts import NET_VERBS
from retrieval.own_words import spellings as own_spellings
from retrieval.pivots import doer
from retrieval.query import GENERIC_NOUNS, SOFT_VERBS, Concept
from retrieval.setting_examples import PLACE
from retrieval.shorter_forms import shorter_form
from retrieval.split_words import held_whole, list_cue, read_apart, side_tokens
from retrieval.titled_levels import titled_level
from retrieval.unsaid import back_off
from retrieval.vocabulary import DOING, GENERIC_HEADS, kind_of_deed

# a question stating a zero or a negation (零败诉, 没输过, 无事故) asks for the thing at zero
_ASKS_NONE = re.compile(r"[零〇0０没无未不否]")
SUPPORT = 0.65  # share of the concepts' IDF mass one sentence must cover
PARTIAL = 0.5  # a concept matched only through its parts counts at most this much
SOFT = 0.4  # weight of a generic action verb (开展, 组织, 落实) against the topic's words


@dataclass(frozen=True)
class Need:
    """A concept with the strings that mention it fully and the parts that mention it partly."""

    concept: Concept
    full: tuple[str, ...]
    parts: tuple[tuple[str, float], ...]  # (part, idf)
    weight: float
    head: str = ""  # the part the compound ends with (its kind: 体检 in 法治体检), if any
    modifier: str = ""  # the question's word before the concept (法治 before 副校长), if any
    own: tuple[str, ...] = ()  # every spelling the question asks about
    tagged: Tagger | None = field(default=None, compare=False, repr=False)
    loose: bool = False  # spelled apart counts too (``retrieval.split_words``); not quoted
    doing: tuple[str, ...] = ()  # a verb of doing: any of these counts beside its object
    object: tuple[str, ...] = ()  # the concepts after the verb of doing: what is done
    explains: tuple[str, ...] = ()  # a fixed term (三重一大): the commoner words describing it
    must: bool = False  # a date, a condition: a sentence not naming it says nothing of the question
    between: bool = False  # quoted: read apart only between its words (``term_words``)
    short: tuple[str, ...] = ()  # the report's shorter forms (书记 of 党委书记: ``shorter_forms``)
    # the question states no zero or negation: a mention counted zero (「败诉0件」「零败诉」)
    # says the thing did not happen and is no support (``but_not.zero_count``)
    zero_denies: bool = False


def _set_deed(modifier: str, soft: Sequence[str]) -> bool:
    """``modifier`` is a place and a verb of doing (小区|加装), no kind of the noun after."""
    verb = next((v for v in soft if modifier.endswith(v) and len(modifier) > len(v)), "")
    return bool(verb) and PLACE.search(modifier[: -len(verb)]) is not None


def build_needs(
    concepts: Sequence[Concept],
    tokens: Callable[[str], list[str]],
    report_df: Callable[[Sequence[str]], int],
    n_reports: int,
    quoted: Sequence[str] = (),
    question: str = "",
    tagged: Tagger | None = None,
) -> list[Need]:
    """Weights: IDF over the reports in scope. A concept no report spells in full keeps the
    weight of a rare term, so its parts can only ever earn part of it. Given the question
    and a tagger, a compound's head is told apart from the same head of another kind
    (``retrieval.compounds``)."""
    # a word no report spells, read as the user's (最近, 晒政务信息): ``retrieval.unsaid``
    asked, concepts = concepts, back_off(concepts, tokens, report_df, tagged, quoted)
    # 「税务证明事项」「小讲堂」: a field or form no report writes is a condition (``field_marks``)
    concepts = field_marked(concepts, question, report_df, tagged, quoted)
    # 「北京冬奥会的场馆建设」: the head after a name is a condition (``name_heads``)
    concepts = headed_names(concepts, question, report_df, tagged, quoted)
    mods = modifiers(question, [c.term for c in concepts], tagged) if tagged else {}
    # 「让法律顾问把关」: the noun after a pivot verb does the next verb, it names no kind of it
    mods = {h: m for h, m in mods.items() if not (tagged and doer(question, m, h, tagged))}
    # 「老旧小区加装电梯」: a place, then a verb of doing (a soft concept), is where the deed is
    # done and the deed; the noun after is its object, no kind the place and verb name
    soft = [c.term for c in concepts if not c.required and len(c.term) >= 2]
    mods = {h: m for h, m in mods.items() if not _set_deed(m, soft)}
    own = tuple(dict.fromkeys(a for c in concepts for a in (c.term, *c.alternatives)))

    def idf(df: int) -> float:
        return math.log(1.0 + (n_reports + 1) / (df + 0.5))

    needs = []
    # 「零败诉的」 asks it; 「哪些报告提到行政复议」 asks a mention, and 「零行政复议」 mentions it
    zero_denies = bool(question) and not _ASKS_NONE.search(question) and not asks_mention(question)
    for c in concepts:
        parts = []
        if c.term not in quoted and not numbered(c.term):  # meant word for word
            for side, p in side_tokens(c.term, tokens):
                if p == side or len(p) < 2 or p in GENERIC_NOUNS or p in c.alternatives:
                    continue
                if c.head_of_name and p in GENERIC_HEADS:
                    continue  # 建设 of 场馆建设 after a name: no venue (``name_heads``)
                if any(ch.isdigit() for ch in p):
                    continue  # the 15 of 3·15 is no part of the date: numbers are everywhere
                if not (side.startswith(p) or side.endswith(p)):
                    continue  # 执法人员 has the parts 执法 and 人员, not the 法人 inside them
                if form_marked(side, p, tagged):
                    continue  # 小讲堂 is no 讲堂: the bare noun names another kind
                parts.append((p, idf(report_df([p]))))  # a part no report has still counts
            parts = list(dict.fromkeys(parts))
        full = own_spellings(c, parts, report_df)  # 决策前 no report writes: 决策 (``own_words``)
        said = tuple(s for s in full if s not in c.members) or full  # a region weighs as named
        # 执行 of 严格执行: weighs as the verb (``manner_verbs``)
        bare = manner_soft(c.term, question)
        is_soft = c.term in SOFT_VERBS or c.light or bool(bare)
        weight = idf(report_df((bare,) if bare else said)) * (SOFT if is_soft else 1.0)
        head = max((p for p, _ in parts if c.term.endswith(p)), key=len, default="")
        modifier, loose = mods.get(c.term, ""), read_apart(c.term, quoted)
        loose = loose and not glued_name(c.term, tagged)  # 南科大 is never 南方医科大学
        loose = loose and not is_level_title(c.term)  # 国家…试点示范区: another title
        # 培养 ~ 培育, 改善 ~ 优化, 学习 ~ 讲座; a side of a relation is named, never done by
        # another verb (「培训执法人员」: 落实 beside 执法 trains no one)
        doing = () if c.together else kind_of_deed(c.term)
        doing = (*doing, *NET_VERBS) if doing == DOING else doing  # 新增N名X (``net_counts``)
        verb = c.term if c.term in question else c.term[0]  # 学 of 「干部学了」 for 学习
        obj = object_of(verb, [c.term for c in concepts], question) if doing else ()
        must = c.must or is_dated(c.alternatives)
        if is_level_title(c.term):  # the title stands for all its words: weighs as they did
            words = {t for t in tokens(c.term) if len(t) >= 2 and t != c.term}
            weight = max(weight, sum(idf(report_df([t])) for t in words))
        if titled_level(c.term, tagged) or is_level_title(c.term):
            # 示范 of 示范市 names the work, never the title: no part of it counts, and a
            # sentence without the title says nothing of it (``titled_levels``)
            parts, must = [], True
        need = Need(c, full, tuple(parts), weight, head, modifier, own, tagged, loose, doing, obj)
        # a rate asked (「纠错率」) is met by its value, 0 as well: only what happened is denied
        need = replace(need, zero_denies=zero_denies and "率" not in c.term)
        if short := shorter_form(c.term, tagged):
            need = replace(need, short=short)  # 由书记任组长 for 党委书记当组长
        need = replace(need, between=True) if c.term in quoted and loose else need
        needs.append(replace(need, must=must) if must else need)
    # 三重一大 decides; 「…，比如一窗受理」: an example says the clause (``clause_examples``)
    weigh = lambda strings: idf(report_df(strings))  # noqa: E731
    return exemplified(described(needs, quoted, question, report_df, SOFT), weigh, asked)


def library_needs(retriever, concepts: Sequence[Concept], question, quoted=()) -> list[Need]:
    """``build_needs`` over the whole library of ``retriever`` (a ``HybridRetriever``): the
    weighing a per-unit re-read uses when it judges one report against the library's words."""
    lib = retriever.lib
    return build_needs(
        concepts,
        lib.tokenizer.index_tokens,
        lambda strings: retriever.report_df(strings, None),
        len(lib.infos),
        quoted,
        to_simplified(question),
        lib.tokenizer.tagged,
    )


def cues(needs: Sequence[Need], floor: float = SUPPORT) -> list[str]:
    """Strings a sentence scoring ``floor`` or more must contain one of: the spellings of
    the heaviest concepts, as few as make the rest (and their parts' at most ``PARTIAL``)
    fall short of the floor. Parts join only when spellings alone cannot decide."""
    if not needs:
        return []
    if any(n.concept.favours for n in needs) and (
        rest := [n for n in needs if not n.concept.favours]
    ):
        # a sentence without a word that only favours is judged on the rest; one with it may
        # reach the floor by it (``evidence.Score``), so its spellings are cues as well
        extra = (a for n in needs if n.concept.favours for a in n.full)
        return list(dict.fromkeys((*cues(rest, floor), *extra)))
    if extra := example_cues(needs):  # an example alone may reach the floor
        rest = [n for n in needs if n.weight]
        return list(dict.fromkeys((*(cues(rest, floor) if rest else ()), *extra)))
    mass = sum(n.weight for n in needs)
    heavy = sorted(needs, key=lambda n: -n.weight)
    by_term = {n.concept.term: n for n in needs}

    def spellings(m: Need) -> tuple[str, ...]:
        # a verb of doing counts through another verb only beside its whole object, so a
        # sentence without the verb holds the object's first concept
        obj = by_term.get(m.object[0]) if m.doing and m.object else None
        # a word spelled apart (综合|行政|执法) holds its rarest part whole (a quoted one its
        # longest word); each alternative (法治讲座/法治讲堂) its own: 法治专题讲座 holds 讲座
        apart = [
            max(held, key=lambda p: p[1])[0]
            for side in m.concept.term.split("/")
            if m.loose and (held := [p for p in m.parts if p[0] in side])
        ] or (held_whole(m.concept.term, m.full) if m.loose else [])
        listed = list_cue(m.concept.term) if m.loose else ""  # 「…进机关、进企业」
        exam = exam_cues(m.full) if m.loose else ()  # 学法…，考试成绩 (``law_exams.APART``)
        extra = (*apart, *exam, *filter(None, [listed]), *format_strings(m.full))
        # 书记 mentions 党委书记 in full
        return (*m.full, *m.short, *(obj.full if obj is not None else ()), *extra)

    rest = mass
    partial = 0.0
    for i, n in enumerate(heavy):
        rest -= n.weight
        partial += PARTIAL * n.weight if n.parts else 0.0
        if rest + partial < floor * mass:
            return list(dict.fromkeys(a for m in heavy[: i + 1] for a in spellings(m)))
        if rest < floor * mass and floor <= 0:
            break
    return list(dict.fromkeys(a for n in heavy for a in (*n.full, *(p for p, _ in n.parts))))
