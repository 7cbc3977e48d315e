"""A question's topic as concepts: what is left of it once units, years, frames, item lists,
hedges and question words are taken out, each word or phrase with its spellings (synonyms,
abbreviations, campaigns, quoted terms). ``QuestionAnalyzer._concepts``, defined here and bound
in its class: the topic is one concept of its own, where ``query`` reads the question's frame
(units, county, years, shape) around it, and it is the part every reading rule grows."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reportqa.text import STOPWORDS
from reportqa.units import short_name, spoken_name, zone_name
from retrieval.abbreviations import abbreviations_in
from retrieval.actors import ACTORS, light_actors, light_audience, light_doers, taken_side
from retrieval.asked_kind import COUNTED_NOUN as _COUNTED_NOUN
from retrieval.asking_frames import asking_word, without_frames
from retrieval.audience import light_descriptions
from retrieval.coded_names import coded_in, latin_names_in
from retrieval.concept import Concept
from retrieval.dates import dates_in
from retrieval.destinations import is_destination
from retrieval.doubled import GENERAL_DEEDS, merge_doubled
from retrieval.filler_objects import without_filler_objects
from retrieval.hedges import without_hedge
from retrieval.holders import is_who
from retrieval.item_lists import absorb_kind, item_lists
from retrieval.law_names import law_names_in
from retrieval.legal_spellings import era_compounds
from retrieval.name_abbreviations import glued_names
from retrieval.named_coordination import coordinated
from retrieval.noun_attributes import between_nouns, party_noun
from retrieval.numbered_lines import numbered_in
from retrieval.numbered_routes import routes_in
from retrieval.own_deed import made_itself
from retrieval.pair_words import without_pair_words
from retrieval.parallel_formulas import formulas_in
from retrieval.parallel_slogans import joined_slogans
from retrieval.party_sessions import sessions_in
from retrieval.phrase_concepts import phrase_concepts
from retrieval.phrases import (
    before_after,
    campaign_place,
    lighten,
    merge_alternatives,
    one_per_term,
)
from retrieval.question_comments import without_comment
from retrieval.question_kind import COMPARE as _COMPARE
from retrieval.question_kind import WHICH as _WHICH
from retrieval.question_words import (
    after_adverb,
    is_general_phrase,
    is_time_span,
    joined_singles,
)
from retrieval.quoted_items import quoted_concepts
from retrieval.register import read_register
from retrieval.said_otherwise import after_words, before_words, related
from retrieval.setting_examples import as_setting
from retrieval.spoken import predicates, spoken_tags, totality_in, undoubled
from retrieval.study_group import in_study_group
from retrieval.synonym_runs import synonym_run as run
from retrieval.verb_runs import verb_runs
from retrieval.villages import VILLAGE, names_village
from retrieval.vocabulary import (
    DEVICE_HEADS,
    GENERIC_HEADS,
    GENERIC_NOUNS,
    PLACE_HEADS,
    QUESTION_WORDS,
    SOFT_VERBS,
    described_device,
    is_frame,
)

# places named apart from their stem (a 园 or 屋 is read by its stem, as before)
_PLACES = PLACE_HEADS - frozenset("园屋")
_TEAM_SIZES = ("队", "中队", "大队")  # a working body named by its size

if TYPE_CHECKING:
    from retrieval.query import QuestionAnalyzer

_ASKS_AMOUNT = re.compile(r"^(?:第?几|多少|哪一?|好几|好多)[\u4e00-\u9fff]?$")  # 几次, 哪份, 好几轮
_LOCATIVE = "里中内"  # 村里, 会议中: a noun plus a locative particle
# 「配得最多」「做得更好」: a verb with a degree complement picks among units, it is no topic
_DEGREE = re.compile(r"[\u4e00-\u9fff]得(?:最|更)[\u4e00-\u9fff]")
# 「哪些镇街」: 镇 and 街道 said as one word (not the 镇街 of 乡镇街道 or a 城镇街区)
_TOWNS_AND_STREETS = re.compile(r"(?<![乡城古])镇街(?![道区巷头])|(?<!大)街镇")
_VERB_FLAGS = ("v", "vd", "vi", "vg", "d", "p", "c", "u", "r", "m", "q", "y", "e", "o")


def concepts(
    self: QuestionAnalyzer,
    q: str,
    units: list[str],
    years: tuple[int, ...],
    quoted: tuple[str, ...],
    asked="",
) -> tuple[Concept, ...]:
    text = _COMPARE.sub(" ", _WHICH.sub(" ", without_frames(q)))  # 面向, 来抓, 请人来
    text = without_pair_words(text, len(set(units)))  # 「A和B两边」 (``pair_words``)
    names = [*units, *(short_name(u) for u in units), *map(str, years)]
    listed = item_lists(text, self._tok.tagged, self._spell_item, names)  # 「A、B这类」
    for il in listed:  # any item counts (``retrieval.item_lists``)
        text = text[: il.start] + " " * (il.end - il.start) + text[il.end :]
    concepts: list[Concept] = [il.concept for il in listed]
    text = without_hedge(without_comment(_DEGREE.sub(" ", text)))  # 「X那块…」, 或类似的Y
    text = undoubled(_TOWNS_AND_STREETS.sub("  ", text))  # 审一审 → 审; 镇街: the units
    forms = {f(u) for u in units for f in (str, short_name, zone_name, spoken_name)}
    for u in sorted(forms, key=len, reverse=True):
        text = text.replace(u, " ")
    for y in years:
        text = re.sub(rf"{y}\s*年?度?", " ", text)
    listed_items = {a for il in listed for a in il.concept.alternatives}  # 「“A”或者B这类」
    phrases = [p for p in quoted if p not in listed_items]  # 放管服 ~ 证照分离 (quoted_items)
    text, said, in_lists = quoted_concepts(text, phrases, self.synonyms, asked or q)
    concepts.extend(said)
    text, joint, marks = before_words(text, phrases)  # 「书记跟镇长俩人一起当组长」: 双组长
    concepts.extend(joint)
    for start, end, c in totality_in(text):  # 百分百 ~ 100% (``retrieval.spoken``)
        concepts.append(c)
        text = text[:start] + " " * (end - start) + text[end:]
    # 「反有组织犯罪法」: a law's name, whole, before its words are read as a campaign
    for start, end, term, spellings in law_names_in(text, self._tok.tagged):
        concepts.append(Concept(term, spellings, True))
        text = text[:start] + " " * (end - start) + text[end:]
    # 「12月4号宪法日」: one named day; 「反诈」: one campaign, short or spelled out
    named = [
        (start, end, Concept(term, spellings, True))
        for start, end, term, spellings in [
            *latin_names_in(text),  # PM2.5, 1+10+81: one name, never a date (``coded_names``)
            *numbered_in(text),  # 12345热线: the line's number (``numbered_lines``)
            *routes_in(text),  # 地铁16号线: the line's number (``numbered_routes``)
            *dates_in(text),
            *abbreviations_in(text, self._known),
            *coded_in(text, self._tok.tagged),  # 四议两公开: one name (``coded_names``)
            *sessions_in(text),  # 党的二十届三中全会: one meeting (``party_sessions``)
        ]
    ]
    raw = text  # the names' spans, and the 、/或 between them, as written
    for start, end, _ in named:
        text = text[:start] + " " * (end - start) + text[end:]
    # 「同部署同推进」: one formula, its partner work soft (``retrieval.parallel_formulas``)
    formulas = formulas_in(text)
    for start, end, _ in formulas:
        text = text[:start] + " " * (end - start) + text[end:]
    # 法治建设领导小组, 下村去, 一把手 (office_titles), 学法考试, 接受人大监督, 拿到全国…示范称号
    phrased = phrase_concepts(text, self._tok.tagged)
    for start, end, _ in phrased:
        text = text[:start] + " " * (end - start) + text[end:]
    # 「宪法日或国际禁毒日」: listed, any counts (``retrieval.named_coordination``)
    placed, alone = coordinated(raw, [*named, *phrased])
    concepts.extend(c for n, c in alone if n < len(named))
    concepts.extend(c for _, _, c in formulas)
    concepts.extend(c for n, c in alone if n >= len(named))
    # 「哪几个镇」 names the units asked, it counts nothing inside them
    counted = next(
        (
            m
            for m in _COUNTED_NOUN.finditer(q)
            if q[m.start() - 1 : m.start()] != "哪" and m.group(1) not in _LOCATIVE
        ),
        None,
    )  # 「几家里」: a locative after the count is where to look, nothing counted
    if counted:  # 「多少个村」: a one-character noun that is what the question counts
        concepts.append(Concept(counted.group(1), (counted.group(1),), True))
    found: list[tuple[int, int, Concept]] = []  # (start, end, concept) in ``text``
    # 「组织学了」「好好学了一遍」「干部们」: as spoken (``retrieval.spoken``)
    # 「碳达峰碳中和」: a twin slogan jieba left apart is one word (``parallel_slogans``)
    tags = joined_slogans(text, spoken_tags(self._tok.tagged(text), self._tok.tagged, q))
    tags = glued_names(tags)  # 南|科大: one name (``retrieval.name_abbreviations``)
    words = joined_singles(text, tags)
    words = predicates(words, text, self._tok.is_word)
    taken = 0  # where the last word that swallowed its neighbour ends
    for i, (at, word, flag) in enumerate(words):
        if at < taken:
            continue
        if (when := before_after(text, at, word, flag)) is not None:
            # 「开会前」: reports write 会前 (起诉前 → 诉前, 上岗前 → 岗前)
            taken, when = at + 2 + len(when), when[-1]  # 「开会之前」 too
            found.append((at, taken, Concept(word + when, (word + when, word[1] + when), False)))
            continue
        if i and flag.startswith("n") and flag != "nr" and after_adverb(words[i - 1], at):
            flag = "v"  # 「亲自挂帅」「积极跑腿」: what an adverb modifies is a predicate
        if names_village(word, text[:at]):  # 「为村里请了法律顾问」 (``retrieval.villages``)
            found.append((at, at + len(word), VILLAGE))
            continue
        if word in QUESTION_WORDS or word in STOPWORDS or word in GENERIC_NOUNS:
            continue
        if asking_word(word):  # 人家, 下去, 前前后后, 当众, 外面 (``asking_frames``)
            continue
        if is_general_phrase(word, GENERIC_NOUNS):
            continue  # 「具体做法」「主要措施」: no topic (``question_words``)
        if is_time_span(words, i, text):
            continue  # 「晚上的时间」: the time noun before it is the topic
        if len(word) >= 3 and word[-1] in _LOCATIVE and flag.startswith("n"):
            word = word[:-1]  # 「村里」「会上」: the place, not the locative after it
            if word in GENERIC_NOUNS:
                continue  # 「辖区内」: the unit's own ground, no need
        elif len(word) == 2 and word[-1] == "里":
            continue
        if joined := run(found, words, i, self._syn):  # 少数民族语言, 新冠肺炎疫情防控
            ps, taken, whole = joined  # words jieba splits that the synonym list names as one
            found[-1] = (ps, taken, Concept(whole, self._alternatives(whole), True))
            continue
        if word in DEVICE_HEADS and described_device(text[:at], found[-1][1] if found else None):
            # 「随身录像的(那种)设备」: the description names the device and is what is asked,
            # named with the head (测速设备): a verb such as 录像 is soft by its tag and left
            # out when no report writes it, never so when it names the thing. A description
            # and head the register lists whole (录像设备) read as that line says
            if found and found[-1][1] == text[:at].rstrip().rfind("的"):
                s, e, c = found[-1]
                term = c.term + word
                spelled = read_register().get(term) or (term, *c.alternatives)
                found[-1] = (s, e, Concept(term, spelled, True))
            continue
        if between_nouns(words, i) or party_noun(word):
            flag = (
                "n"  # 「国家高新企业」: jieba's adverb 高新 is an attribute (``noun_attributes``)
            )
        if is_frame(word, flag) and word not in self._syn:
            continue  # a function word by its tag; a synonym key (赶场) is a topic
        if len(word) == 1 and i and words[i - 1][1] in ACTORS and text[at + 1 : at + 2] in "了过":
            # 「干部学了宪法」: an actor's one-character verb is its general deed (学习), as
            # ``retrieval.actors`` reads 「干部学」 when jieba joins them
            word = next((d for d in GENERAL_DEEDS if d[0] == word), word)
        if word.isdigit() or len(word) < 2 or _ASKS_AMOUNT.match(word):
            continue
        if word in GENERIC_HEADS and found and found[-1][1] == at:
            # 「法治建设」「网格化管理」: a generic head jieba splits off is part of the word
            # before it, not a concept of its own weight (a report says 法治 without 建设)
            ps, _, prev = found[-1]
            whole = prev.term + word
            alts = tuple(dict.fromkeys((*self._alternatives(whole), *prev.alternatives)))
            found[-1] = (ps, at + len(word), Concept(whole, alts, prev.required))
            continue
        # a Latin word (GDP, APP: jieba's eng) names a thing; its tag is no interjection (e)
        deed = flag.startswith(_VERB_FLAGS) and flag not in ("vn", "eng")
        required = not deed and word not in SOFT_VERBS
        required = required and not is_destination(
            words, i, self._tok.tagged
        )  # 「去法院听庭审」: where
        place = campaign_place(text, found, at, word)
        if required and place and found[-1][2].required:
            # 「法律进乡村」「法治进校园」: a campaign named X进Y is one thing, never its
            # two nouns apart (a report on 乡村振兴 says nothing of 法律进乡村)
            ps, _, prev = found[-1]
            term = f"{prev.term.removesuffix('进')}进{place}"
            found[-1] = (ps, at + len(word), Concept(term, self._campaign(prev, place), True))
            continue
        alts = self._alternatives(word)
        if len(word) >= 5 and not self._tok.is_word(word):
            # a suffix we joined on (综合行政执法+证): the long stem alone names it too; a
            # place's head never (公共法律服务 is the service, the 站 where it is given) —
            # its stem's synonyms take the head
            stem, head = word[:-1], word[-1]
            if head in _PLACES:
                alts = (*alts, *(a + head for a in self._alternatives(stem) if a != stem))
            else:  # a team (执法队) is also named by its size, and by its work as before
                sizes = _TEAM_SIZES if head == "队" else ()
                alts = (*alts, *(a + h for a in self._alternatives(stem) for h in sizes), stem)
        found.append((at, at + len(word), Concept(word, alts, required)))
    # 「学法学习」「排查化解」: either word (``retrieval.doubled``, ``retrieval.verb_runs``)
    found = verb_runs(merge_doubled(found), text, self._tok.tagged, self._alternatives)
    # 「组织干部学过宪法」: the actor 干部 is no need (``retrieval.actors``), nor 新任命 of
    # 「新任命的干部」 (``retrieval.audience``)
    found = light_actors(light_descriptions(found, text), text, any(c.required for c in concepts))
    which = bool(_WHICH.search(q))  # only a general doer (is_who) leaves: a post tells apart
    found = light_audience(
        taken_side(light_doers(found, text, words, which, is_who), text)
    )  # 「哪些地方的领导亲自出庭」: the deed (``actors``)
    found = without_filler_objects(found, text, bool(concepts))  # 办了几件业务
    found = after_words(text, words, found, marks)  # 「报告或者审议」, asides, holders
    found = sorted([*found, *in_lists, *placed], key=lambda f: f[0])  # in their place
    concepts.extend(merge_alternatives(text, lighten(text, found)))
    concepts = absorb_kind(concepts, listed)  # 热线 of 民情热线
    concepts = era_compounds(concepts, q)  # 法制|讲座: 法制讲座 ~ 法治讲座 (legal_spellings)
    # 「…？老小区、城中村那种」: places added after the question (``setting_examples``)
    starts = {il.concept.term: il.start for il in listed}
    concepts = [as_setting(q, starts[c.term], c) if c.term in starts else c for c in concepts]
    concepts = in_study_group(q, concepts)  # 理论 of 理论学习中心组 (``retrieval.study_group``)
    # 「自己制定的」: made, not cited (``retrieval.own_deed``)
    concepts = made_itself(q, concepts)
    if concepts and not any(c.required for c in concepts):
        concepts = [replace(c, required=True) for c in concepts]
    return tuple(related(q, one_per_term(concepts), self._alternatives))  # A跟B结合
