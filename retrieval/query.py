"""Question analysis without an LLM: units, county, years, shape and the topic's concepts.

The shape decides completeness: which and compare questions search each report in scope
(fan-out), a fact question ranks passages of the named unit's reports."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from reportqa.answer import Kind
from reportqa.text import STOPWORDS, Tokenizer, to_simplified
from reportqa.types import ReportInfo
from reportqa.units import UnitIndex, short_name, spoken_name, zone_name
from retrieval.a_not_a import plain_verb
from retrieval.abbreviations import abbreviations_in
from retrieval.actors import ACTORS, light_actors
from retrieval.adviser_role import without_adviser_help
from retrieval.alternatives import offered, read_alternatives
from retrieval.analysis import Analysis as Analysis
from retrieval.asked_counts import figure_asked
from retrieval.asked_kind import COUNTED_NOUN as _COUNTED_NOUN
from retrieval.asked_kind import answer_type as answer_type
from retrieval.asked_kind import counted_noun as counted_noun
from retrieval.asker_words import asked_levels, without_asker
from retrieval.asking_frames import asking_word, without_frames
from retrieval.audience import light_descriptions
from retrieval.category_heads import with_members
from retrieval.coded_names import coded_in
from retrieval.concept import Concept as Concept
from retrieval.concept_spellings import campaign_spellings, word_alternatives
from retrieval.dates import dates_in, full_years, is_date
from retrieval.destinations import is_destination
from retrieval.doubled import GENERAL_DEEDS, merge_doubled
from retrieval.exclusions import without_exclusions
from retrieval.filler_objects import without_filler_objects
from retrieval.group_claims import whole_claimed
from retrieval.hedges import without_hedge
from retrieval.inclusion_verbs import written_inclusion
from retrieval.item_lists import absorb_kind, item_lists, spaced_items
from retrieval.law_names import law_names_in
from retrieval.law_study import law_study
from retrieval.legal_respect import legal_respect
from retrieval.level_variants import level_variants, with_level_variants
from retrieval.locatives import before_meeting, meeting_offered, meeting_place
from retrieval.named_either import either_read
from retrieval.negative_content import with_negative_content
from retrieval.optional_parts import without_optional_parts
from retrieval.own_deed import made_itself
from retrieval.pair_words import without_pair_words
from retrieval.parallel_formulas import formulas_in
from retrieval.party_sessions import sessions_in
from retrieval.phrase_concepts import phrase_concepts
from retrieval.phrases import (
    before_after,
    campaign_place,
    lighten,
    merge_alternatives,
    one_per_term,
)
from retrieval.polarity import with_reversals
from retrieval.progress_asks import with_stages
from retrieval.question_kind import COMPARE as _COMPARE
from retrieval.question_kind import WHICH as _WHICH
from retrieval.question_kind import asks_townships as _asks_townships
from retrieval.question_kind import question_kind
from retrieval.question_scope import among, document_reference, join_separable
from retrieval.question_words import (
    after_adverb,
    is_general_phrase,
    is_time_span,
    joined_singles,
    without_comment,
)
from retrieval.quoted_items import quoted_concepts
from retrieval.quoted_kinds import kind_after_quotes
from retrieval.quoted_terms import bracketed_or, elided_parts, plan_codes
from retrieval.relation_idioms import plain_relation
from retrieval.said_otherwise import after_words, before_words, related
from retrieval.scope import excepted_spans, inside, levels_asked
from retrieval.short_forms import glossed_short_forms
from retrieval.short_names import spelled_in_full
from retrieval.spoken import predicates, spoken_tags, totality_in, undoubled, without_erhua
from retrieval.spoken_deeds import spoken_deeds
from retrieval.study_group import in_study_group
from retrieval.synonym_runs import synonym_run as run
from retrieval.time_clauses import timed
from retrieval.township_level import one_township_level, without_level_nouns
from retrieval.trainees import trained_by_work
from retrieval.unit_heads import heads_spelled
from retrieval.unit_mentions import find_units
from retrieval.verb_copy import exam_as_noun, without_verb_copy
from retrieval.verb_runs import verb_runs
from retrieval.villages import VILLAGE, names_village
from retrieval.vocabulary import (
    DEVICE_HEADS,
    GENERIC_HEADS,
    GENERIC_NOUNS,
    QUESTION_WORDS,
    SOFT_VERBS,
    is_frame,
)

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
_QUOTED = re.compile(r"[“\"「『《‘']([^”\"」』》’']{2,30})[”\"」』》’']")
_ASKS_AMOUNT = re.compile(r"^(?:第?几|多少|哪一?|好几|好多)[\u4e00-\u9fff]?$")  # 几次, 哪份, 好几轮
_LOCATIVE = "里中内"  # 村里, 会议中: a noun plus a locative particle
# 「配得最多」「做得更好」: a verb with a degree complement picks among units, it is no topic
_DEGREE = re.compile(r"[\u4e00-\u9fff]得(?:最|更)[\u4e00-\u9fff]")
# 「哪些镇街」: 镇 and 街道 said as one word (not the 镇街 of 乡镇街道 or a 城镇街区)
_TOWNS_AND_STREETS = re.compile(r"(?<![乡城古])镇街(?![道区巷头])|(?<!大)街镇")
_VERB_FLAGS = ("v", "vd", "vi", "vg", "d", "p", "c", "u", "r", "m", "q", "y", "e", "o")


class QuestionAnalyzer:
    def __init__(self, tokenizer: Tokenizer, synonyms: Mapping[str, tuple[str, ...]]) -> None:
        self._tok = tokenizer
        self._syn = dict(synonyms)

    def _find_units(self, q: str, index: UnitIndex) -> list[str]:
        return find_units(q, index, self._tok.is_word)  # (``retrieval.unit_mentions``)

    def analyze(
        self,
        question: str,
        infos: Iterable[ReportInfo],
        units: tuple[UnitIndex, UnitIndex] | None = None,
    ) -> Analysis:
        """``units``: the township and county indexes of ``infos``, kept by the caller."""
        q = bracketed_or(plan_codes(full_years(to_simplified(question.strip()))))  # （或Y）, 24年
        q = glossed_short_forms(q)  # 「棚改（棚户区改造）」: either name (``short_forms``)
        # 「学没学过」 → 「学过」, 「提不提供」 → 「提供」 (``retrieval.a_not_a``)
        q = plain_verb(spaced_items(q), self._tok.tagged)
        q = legal_respect(q, self._tok.tagged)  # 「法律上把把关」 → 法律把关 (legal_respect)
        q = spoken_deeds(plain_relation(without_erhua(q)))  # 扯上关系 → 挂钩; 听官司 → 旁听庭审
        q = written_inclusion(q)  # 「纳进考核」 → 纳入 (``retrieval.inclusion_verbs``)
        q = without_adviser_help(q)  # 「律师帮政府把关的」: the adviser (``adviser_role``)
        q = meeting_place(q)  # 「常务会上学法」: 学法 at the 常务会
        q = without_verb_copy(q, self._tok.is_word)  # 「学法学了几次」 → 「学法几次」
        q = exam_as_noun(q, self._tok.is_word)  # 「考过法律知识」 → 「法律知识考试」
        # 「值了多少天次的班」 → 「值班多少天次」; 「学一段法律」 → 学法 (``retrieval.law_study``)
        q = law_study(join_separable(q, self._tok.is_word))
        q = one_township_level(q)  # 「镇街」「乡镇（街道）」: every township-level unit
        if units is None:
            infos = list(infos)
            units = UnitIndex(i.township for i in infos), UnitIndex(i.county for i in infos)
        q = spelled_in_full(q, units[0].names, self._tok.is_word)  # 广内: 广安门内街道
        q = heads_spelled(q, units[0].candidates(q) | units[1].candidates(q), self._tok.words)
        spans = excepted_spans(q)  # ↑ 「嘉善县长」: 嘉善县's 县长 (``retrieval.unit_heads``)
        townships = self._find_units(q, units[0])
        excluded = tuple(u for u in townships if inside(q, u, spans))
        townships = [u for u in townships if u not in excluded]
        if _asks_townships(q):
            # 「安川县还有哪些乡镇…」: a county with its own report still scopes, not asked about
            parents = [u for u in townships if u in units[1].names]
            townships = [u for u in townships if u not in parents]
        else:
            parents = []
        counties = [
            c
            for c in dict.fromkeys([*parents, *self._find_units(q, units[1])])
            if c not in townships
            and not any(short_name(c) in t for t in (*townships, *excluded))
            and not inside(q, c, spans)
        ]
        years = tuple(int(y) for y in _YEAR.findall(q) if 1990 <= int(y) <= 2100)
        quoted = elided_parts(tuple(m.strip() for m in _QUOTED.findall(q) if not is_date(m)))
        kind = question_kind(without_asker(q), townships)  # 「在汇总各街道的材料」 compares none
        topical = q
        for s, e in spans:  # what is excepted is scope, never the topic
            topical = topical[:s] + " " * (e - s) + topical[e:]
        # 「只是看录像的不算」: what does not count is a condition (``retrieval.exclusions``)
        topical = without_exclusions(topical)
        # 「县里在汇总材料，…哪怕提一句也算」「哪些县区」: the asker and a level are no topic
        topical = read_alternatives(
            topical, self._tok.tagged
        )  # 「A，或者B」「比如」 (alternatives)
        asked = without_asker(topical)  # (retrieval.asker_words)
        need_text, genre = document_reference(asked)  # 「X的政府工作报告里」 is no topic
        # 「这几个乡镇里头」「区县层面的」: scope, read whole before a lone 区县 is dropped;
        # then 「法治（政府）建设」: a bracketed part is optional (``retrieval.optional_parts``)
        # 「依法治县（区、市）委员会」: one name per level listed (``retrieval.level_variants``)
        need_text, variants = level_variants(need_text)
        need_text = without_optional_parts(without_level_nouns(among(need_text)))
        # 「给出了X的数字」「哪个地方有多少人持有X」: a count asked (``asked_counts``)
        number, need_text = figure_asked(kind, need_text, self._tok.words)
        concepts = self._concepts(need_text, [*townships, *counties], years, quoted, q)
        concepts = timed(need_text, with_level_variants(concepts, variants), question)  # A之前B
        # 「常务会议会前学法」: 会前学法 names the study at that meeting (``retrieval.locatives``)
        concepts = before_meeting(to_simplified(question), concepts)
        concepts = meeting_offered(concepts)  # 「开会或者审议」: 召开…会议 (``locatives``)
        concepts = offered(q, concepts)  # 「…党委会、专题会都算」: examples, no extra need
        concepts = with_reversals(need_text, concepts)  # 停止X asks no X (``polarity``)
        concepts = with_negative_content(q, concepts, self._tok.words)  # 写了没发生X
        concepts = whole_claimed(q, concepts)  # 每个村都: said in one sentence (group_claims)
        # 「“A”或“B”」「考试或测试」 (``named_either``); 执法培训: the work and the deed
        concepts, quoted = either_read(q, need_text, concepts, quoted, self._tok.tagged)
        concepts = trained_by_work(need_text, concepts, self._tok.tagged)
        concepts = kind_after_quotes(q, concepts)  # “A”这类工作指标: a label (quoted_kinds)
        # 什么机构: 领导小组 (category_heads); 创建 走到哪一步: its stages (progress_asks)
        across = kind in (Kind.WHICH, Kind.COMPARE)  # a stage alone ranks as a fact answer
        concepts = with_stages(q, with_members(q, concepts, self._tok.tagged), across)
        search_terms = tuple(
            dict.fromkeys(t for c in concepts for t in (c.term, *c.alternatives[:3]))
        )
        levels = (  # 「县区的也算上」 adds a level (``asker_words.asked_levels``)
            asked_levels(q, levels_asked)
            if kind in (Kind.WHICH, Kind.COMPARE) and not townships
            else ()
        )
        return Analysis(
            q,
            kind,
            tuple(townships),
            tuple(counties),
            years,
            concepts,
            quoted,
            search_terms,
            levels,
            excluded,
            genre,
            number,
        )

    def _concepts(
        self, q: str, units: list[str], years: tuple[int, ...], quoted: tuple[str, ...], asked=""
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
        text, joint, marks = before_words(text)  # 「书记跟镇长俩人一起当组长」: 双组长
        concepts.extend(joint)
        for start, end, c in totality_in(text):  # 百分百 ~ 100% (``retrieval.spoken``)
            concepts.append(c)
            text = text[:start] + " " * (end - start) + text[end:]
        # 「反有组织犯罪法」: a law's name, whole, before its words are read as a campaign
        for start, end, term, spellings in law_names_in(text, self._tok.tagged):
            concepts.append(Concept(term, spellings, True))
            text = text[:start] + " " * (end - start) + text[end:]
        # 「12月4号宪法日」: one named day; 「反诈」: one campaign, short or spelled out
        for start, end, term, spellings in [
            *dates_in(text),
            *abbreviations_in(text, self._known),
            *coded_in(text, self._tok.tagged),  # 四议两公开: one name (``retrieval.coded_names``)
            *sessions_in(text),  # 党的二十届三中全会: one meeting (``retrieval.party_sessions``)
        ]:
            concepts.append(Concept(term, spellings, True))
            text = text[:start] + " " * (end - start) + text[end:]
        # 「同部署同推进」: one formula, its partner work soft (``retrieval.parallel_formulas``)
        for start, end, c in formulas_in(text):
            concepts.append(c)
            text = text[:start] + " " * (end - start) + text[end:]
        # 法治建设领导小组, 下村去, 一把手 (office_titles), 学法考试, 接受人大监督, 拿到全国…示范称号
        for start, end, c in phrase_concepts(text, self._tok.tagged):
            concepts.append(c)
            text = text[:start] + " " * (end - start) + text[end:]
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
        words = joined_singles(text, spoken_tags(self._tok.tagged(text), self._tok.tagged, q))
        words = predicates(words, text, self._tok.is_word)
        taken = 0  # where the last word that swallowed its neighbour ends
        for i, (at, word, flag) in enumerate(words):
            if at < taken:
                continue
            if (when := before_after(text, at, word, flag)) is not None:
                # 「开会前」: reports write 会前 (起诉前 → 诉前, 上岗前 → 岗前)
                taken, when = at + 2 + len(when), when[-1]  # 「开会之前」 too
                found.append(
                    (at, taken, Concept(word + when, (word + when, word[1] + when), False))
                )
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
            if word in DEVICE_HEADS and found and found[-1][1] == at - 1 and text[at - 1] == "的":
                continue  # 「随身录像的设备」: the description names the device
            if is_frame(word, flag) and word not in self._syn:
                continue  # a function word by its tag; a synonym key (赶场) is a topic
            if (
                len(word) == 1
                and i
                and words[i - 1][1] in ACTORS
                and text[at + 1 : at + 2] in "了过"
            ):
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
            required = (not flag.startswith(_VERB_FLAGS) or flag == "vn") and word not in SOFT_VERBS
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
                # a suffix we joined on (综合行政执法+证): the long stem alone names it too
                alts = (*alts, word[:-1])
            found.append((at, at + len(word), Concept(word, alts, required)))
        # 「学法学习」「排查化解」: either word (``retrieval.doubled``, ``retrieval.verb_runs``)
        found = verb_runs(merge_doubled(found), text, self._tok.tagged, self._alternatives)
        # 「组织干部学过宪法」: the actor 干部 is no need (``retrieval.actors``), nor 新任命 of
        # 「新任命的干部」 (``retrieval.audience``)
        found = light_actors(
            light_descriptions(found, text), text, any(c.required for c in concepts)
        )
        found = without_filler_objects(found, text, bool(concepts))  # 办了几件业务
        found = after_words(text, words, found, marks)  # 「报告或者审议」, asides, holders
        found = sorted([*found, *in_lists], key=lambda f: f[0])  # quoted items in their place
        concepts.extend(merge_alternatives(text, lighten(text, found)))
        concepts = absorb_kind(concepts, listed)  # 热线 of 民情热线
        concepts = in_study_group(q, concepts)  # 理论 of 理论学习中心组 (``retrieval.study_group``)
        # 「自己制定的」: made, not cited (``retrieval.own_deed``)
        concepts = made_itself(q, concepts)
        if concepts and not any(c.required for c in concepts):
            concepts = [replace(c, required=True) for c in concepts]
        return tuple(related(q, one_per_term(concepts), self._alternatives))  # A跟B结合

    def _campaign(self, prev: Concept, place: str) -> tuple[str, ...]:
        return campaign_spellings(self._syn, prev.alternatives, place)  # 法治进校园 ~ 送法进学校

    def _spell_item(self, item: str) -> tuple[str, ...]:
        """An item of a list: its spellings, a campaign's too (防电诈 ~ 反诈)."""
        abbr = [w for s, e, _, sp in abbreviations_in(item) if e - s == len(item) for w in sp]
        return tuple(dict.fromkeys((*self._alternatives(item), *abbr)))

    def _known(self, word: str) -> bool:
        """A word the tokenizer or the synonym list already knows (防骗, 禁毒): left to them."""
        return word in self._syn or self._tok.is_word(word)

    def synonyms(self, word: str) -> tuple[str, ...]:
        return self._syn.get(word, ())

    def _alternatives(self, word: str) -> tuple[str, ...]:
        return word_alternatives(self._syn, word)  # (``retrieval.concept_spellings``)
