"""Question analysis without an LLM: units, county, years, shape and the topic's concepts.

The shape decides completeness: which and compare questions search each report in scope
(fan-out), a fact question ranks passages of the named unit's reports."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from reportqa.answer import Kind
from reportqa.text import Tokenizer, to_simplified
from reportqa.types import ReportInfo
from reportqa.units import UnitIndex, short_name
from retrieval import topic_concepts
from retrieval.a_not_a import plain_verb
from retrieval.abbreviations import abbreviations_in
from retrieval.actors import people_named
from retrieval.adviser_role import without_adviser_help
from retrieval.aid_places import places_helped
from retrieval.alternatives import offered, read_alternatives
from retrieval.amount_tails import without_amount_tail
from retrieval.analysis import Analysis as Analysis
from retrieval.asked_counts import figure_asked
from retrieval.asked_kind import answer_type as answer_type
from retrieval.asked_kind import counted_noun as counted_noun
from retrieval.asker_words import asked_levels, without_asker
from retrieval.asking_frames import without_saying
from retrieval.borrowed_practice import without_source_place
from retrieval.bracket_roles import exact_names, read_brackets
from retrieval.category_heads import with_members
from retrieval.concept import Concept as Concept
from retrieval.concept_spellings import campaign_spellings, word_alternatives
from retrieval.dates import full_years, is_date, paired_days_undated
from retrieval.deed_range import without_deed_ranges
from retrieval.described_head import without_described
from retrieval.described_names import named_only
from retrieval.document_review import reviewed_documents
from retrieval.era_entry import era_named, eras_named
from retrieval.event_dates import undated_events
from retrieval.event_locatives import locative_deeds
from retrieval.exam_subject import exam_with_subject
from retrieval.exclusions import without_exclusions
from retrieval.first_ordinals import first_offence
from retrieval.group_claims import whole_claimed
from retrieval.group_holder import held_by_group
from retrieval.honour_received import without_holder
from retrieval.inclusion_verbs import written_inclusion
from retrieval.item_lists import spaced_items
from retrieval.juxtaposed import juxtaposed
from retrieval.language_pairs import paired_languages
from retrieval.law_study import law_study
from retrieval.legal_respect import legal_respect
from retrieval.level_variants import level_variants, with_level_variants
from retrieval.list_predicate import predicate_apart
from retrieval.locatives import before_meeting, meeting_offered, meeting_place
from retrieval.named_either import either_read
from retrieval.negative_content import with_negative_content
from retrieval.one_sided import one_sided
from retrieval.optional_parts import without_optional_parts
from retrieval.polarity import with_reversals
from retrieval.progress_asks import with_stages
from retrieval.question_kind import asks_townships as _asks_townships
from retrieval.question_kind import question_kind
from retrieval.question_scope import among, document_reference, join_separable
from retrieval.quoted_kinds import kind_after_quotes
from retrieval.quoted_terms import bracketed_or, elided_parts, plan_codes
from retrieval.ranked_measure import without_ranked_measure
from retrieval.rate_set import rate_set
from retrieval.region_aid import region_aid
from retrieval.register import read_register, register_tail
from retrieval.relation_idioms import plain_relation
from retrieval.remedy_tails import remedy_tails
from retrieval.report_owner import owned_scope
from retrieval.result_counts import resulting_count
from retrieval.role_holder import holder_apart
from retrieval.scope import excepted_spans, inside, levels_asked
from retrieval.short_forms import glossed_short_forms
from retrieval.short_names import kind_by_sound, spelled_in_full, zone_named
from retrieval.solved_problems import solved_problems
from retrieval.spelled_asides import spelled_asides, with_spellings
from retrieval.spoken import without_erhua
from retrieval.spoken_deeds import spoken_deeds
from retrieval.tense_alternatives import once
from retrieval.time_clauses import timed
from retrieval.township_level import one_township_level, without_level_nouns
from retrieval.trainees import trained_by_work
from retrieval.unit_heads import heads_spelled
from retrieval.unit_mentions import find_units
from retrieval.verb_copy import exam_as_noun, without_verb_copy
from retrieval.vocabulary import GENERIC_NOUNS as GENERIC_NOUNS
from retrieval.vocabulary import SOFT_VERBS as SOFT_VERBS
from retrieval.written_plainly import written_plainly
from retrieval.zero_said import zero_said

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
_QUOTED = re.compile(r"[“\"「『《‘']([^”\"」』》’']{2,30})[”\"」』》’']")


class QuestionAnalyzer:
    def __init__(self, tokenizer: Tokenizer, synonyms: Mapping[str, tuple[str, ...]]) -> None:
        self._tok = tokenizer
        self._syn = dict(synonyms)

    def _readable(self, word: str) -> bool:
        """A word the product can spell in reports: known (:meth:`_known`) or a register key."""
        return self._known(word) or word in read_register()

    def _find_units(self, q: str, index: UnitIndex) -> list[str]:
        return find_units(q, index, self._tok.is_word)  # (``retrieval.unit_mentions``)

    def analyze(
        self,
        question: str,
        infos: Iterable[ReportInfo],
        units: tuple[UnitIndex, UnitIndex] | None = None,
    ) -> Analysis:
        """``units``: the township and county indexes of ``infos``, kept by the caller."""
        # 「X（就是Y）」「一村（社区）一…」: other spellings of a name (``spelled_asides``)
        left, spelled = spelled_asides(to_simplified(question.strip()))
        q = bracketed_or(plan_codes(full_years(left)))  # （或Y）, 24年
        q = paired_languages(q)  # 「苗语汉语双语」: or 苗汉双语, as written (``language_pairs``)
        q = read_brackets(
            q
        )  # 「（不用再扛煤气罐）」 an aside; 「法治（依法行政）」 或 (bracket_roles)
        q = written_plainly(paired_days_undated(q))  # 写清楚了 → 写了; 12月4日X日或Y周 → X日或Y周
        q = undated_events(q)  # 「18年那个台风」: the event's year, no scope (``event_dates``)
        q = rate_set(q)  # 「赤字率定的多少」: 率 closes the measure, never 率定 (``rate_set``)
        q = without_ranked_measure(q)  # 「人数最多的是哪个」: the ranking's count (ranked_measure)
        q = glossed_short_forms(q)  # 「棚改（棚户区改造）」: either name (``short_forms``)
        infos = list(infos)
        if units is None:
            units = UnitIndex(i.township for i in infos), UnitIndex(i.county for i in infos)
        # 「雨水吸进去的那种“海绵城市”」: the name; a description naming a unit is scope
        q = named_only(q, lambda s: any(self._find_units(s, u) for u in units), self._readable)
        q = exact_names(q)  # 「执法（执法记录仪）配备」: 执法记录仪配备 (``bracket_roles``)
        # 「学没学过」 → 「学过」, 「提不提供」 → 「提供」 (``retrieval.a_not_a``)
        q = plain_verb(spaced_items(q), self._tok.tagged)
        q = legal_respect(q, self._tok.tagged)  # 「法律上把把关」 → 法律把关 (legal_respect)
        q = one_sided(without_erhua(q))  # 「哪些区有跟X沾边的」: X有关 (``one_sided``)
        q = spoken_deeds(plain_relation(q))  # 扯上关系 → 挂钩; 听官司 → 旁听庭审
        q = zero_said(q)  # 「一件行政复议都没有」: 写了没发生行政复议 (``zero_said``)
        q = without_holder(q)  # 「有村评上了…示范村」: the title names its holder (honour_received)
        # 执法的人 → 执法人员 (``actors``), where a deed is asked: a count asked of those people
        # (「搞执法的人一年得学多少个钟头」) keeps its words — reports count them under many
        # names (执法人员, 执法队伍, 每人), and one spelling required would lose the others
        q = q if re.search(r"多少|几", q) else people_named(q, self._tok.is_word)
        q = without_source_place(q, self._tok.tagged)  # 学浙江那套X: X (``borrowed_practice``)
        q = written_inclusion(q)  # 「纳进考核」 → 纳入 (``retrieval.inclusion_verbs``)
        q = without_adviser_help(q)  # 「律师帮政府把关的」: the adviser (``adviser_role``)
        q = meeting_place(q)  # 「常务会上学法」: 学法 at the 常务会
        q = without_verb_copy(q, self._tok.is_word)  # 「学法学了几次」 → 「学法几次」
        q = exam_as_noun(q, self._tok.is_word)  # 「考过法律知识」 → 「法律知识考试」
        # 「值了多少天次的班」 → 「值班多少天次」; 「学一段法律」 → 学法 (``retrieval.law_study``)
        q = law_study(join_separable(q, self._tok.is_word))
        q = one_township_level(q)  # 「镇街」「乡镇（街道）」: every township-level unit
        q = spelled_in_full(q, units[0].names, self._tok.is_word)  # 广内: 广安门内街道
        q = kind_by_sound(q, units[0].names | units[1].names, self._tok.is_word)  # 蒲圻街到
        q = zone_named(q, units[0].names)  # 深圳特区: 深圳市 (``short_names``)
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
        # 「2015年以前就开始」: the deed's date, no report year (``deed_range``; periods read it)
        dated = without_deed_ranges(q)
        years = tuple(int(y) for y in _YEAR.findall(dated) if 1990 <= int(y) <= 2100)
        quoted = elided_parts(tuple(m.strip() for m in _QUOTED.findall(q) if not is_date(m)))
        quoted = (*quoted, *(e for e in eras_named(q) if e not in quoted))  # 地铁时代: one name
        kind = question_kind(
            without_asker(q, self._tok.tagged), townships
        )  # 「在汇总各街道的材料」 compares none
        topical = q
        for s, e in spans:  # what is excepted is scope, never the topic
            topical = topical[:s] + " " * (e - s) + topical[e:]
        # 「只是看录像的不算」: what does not count is a condition (``retrieval.exclusions``)
        topical = without_exclusions(topical)
        # 「县里在汇总材料，…哪怕提一句也算」「哪些县区」: the asker and a level are no topic
        topical = read_alternatives(
            predicate_apart(topical), self._tok.tagged
        )  # 「A，或者B」「比如」 (alternatives); 「A、B有搞…的是哪些」 (list_predicate)
        asked = without_asker(topical, self._tok.tagged)  # (retrieval.asker_words)
        asked = without_saying(asked)  # 「说到X的报告」: X, after 或 is read (asking_frames)
        need_text, genre = document_reference(asked)  # 「X的政府工作报告里」 is no topic
        # 「这几个乡镇里头」「区县层面的」: scope, read whole before a lone 区县 is dropped;
        # then 「法治（政府）建设」: a bracketed part is optional (``retrieval.optional_parts``)
        # 「依法治县（区、市）委员会」: one name per level listed (``retrieval.level_variants``)
        need_text, variants = level_variants(need_text)
        need_text = without_optional_parts(without_level_nouns(among(need_text), self._tok.is_word))
        need_text = once(need_text)  # 「办过或者准备办」: one deed (``tense_alternatives``)
        # 「给出了X的数字」「哪个地方有多少人持有X」: a count asked (``asked_counts``)
        need_text = solved_problems(need_text)  # 解决X的问题: X (``solved_problems``)
        need_text = resulting_count(need_text)  # 把A精简成多少项B: B (``result_counts``)
        need_text = without_amount_tail(need_text, self._tok.tagged)  # 办件量: 办件
        need_text = era_named(need_text)  # 进入地铁时代: 地铁时代 (``era_entry``)
        number, need_text = figure_asked(kind, need_text, self._tok.words)
        concepts = self._concepts(need_text, [*townships, *counties], years, quoted, q)
        concepts = with_spellings(left, concepts, spelled)
        concepts = timed(need_text, with_level_variants(concepts, variants), question)  # A之前B
        # 「常务会议会前学法」: 会前学法 names the study at that meeting (``retrieval.locatives``)
        concepts = before_meeting(to_simplified(question), concepts)
        concepts = first_offence(q, concepts)  # 第一次违规: 首违 (``first_ordinals``)
        concepts = locative_deeds(q, concepts)  # 会前学法: one clause (``event_locatives``)
        concepts = meeting_offered(concepts, q)  # 「开会或者审议」: 召开…会议 (``locatives``)
        # 「…党委会、专题会都算」「公开赛巡回赛都算」: examples, no extra need (``juxtaposed``)
        concepts = offered(juxtaposed(q, self._tok.tagged), concepts)
        concepts = with_reversals(need_text, concepts)  # 停止X asks no X (``polarity``)
        concepts = with_negative_content(q, concepts, self._tok.words)  # 写了没发生X
        concepts = whole_claimed(q, concepts)  # 每个村都: said in one sentence (group_claims)
        concepts = held_by_group(q, concepts)  # 村里都配了X: 村 beside X (``group_holder``)
        concepts = places_helped(q, concepts)  # 帮扶了哪些地方: 对口帮扶 (``aid_places``)
        concepts = remedy_tails(q, concepts)  # 城中村整治 ~ 城中村综合治理 (``remedy_tails``)
        concepts = region_aid(concepts)  # 新疆的帮扶: 援疆 (``retrieval.region_aid``)
        # 「“A”或“B”」「考试或测试」 (``named_either``); 执法培训: the work and the deed
        concepts, quoted = either_read(q, need_text, concepts, quoted, self._tok.tagged)
        concepts = trained_by_work(need_text, concepts, self._tok.tagged)
        concepts = reviewed_documents(concepts)  # 合同审查 ~ 审核合同 (``document_review``)
        concepts = holder_apart(need_text, concepts)  # 请律师当法律顾问: two slots (role_holder)
        concepts = exam_with_subject(need_text, concepts)  # 执法考试: both (``exam_subject``)
        concepts = kind_after_quotes(q, concepts)  # “A”这类工作指标: a label (quoted_kinds)
        concepts = without_described(q, concepts)  # 随身录像的记录仪: 记录仪 (described_head)
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
        # 「国务院报告里…深圳光明科学城」: places glued to the topic name it (``report_owner``)
        return owned_scope(
            Analysis(
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
            ),
            self._tok.tagged,
            {i.township: i.county for i in infos},
        )

    _concepts = topic_concepts.concepts

    def _campaign(self, prev: Concept, place: str) -> tuple[str, ...]:
        return campaign_spellings(self._syn, prev.alternatives, place)  # 法治进校园 ~ 送法进学校

    def _spell_item(self, item: str) -> tuple[str, ...]:
        """An item of a list: its spellings, a campaign's too (防电诈 ~ 反诈), and the report
        words of an everyday word it ends in (网上骗钱 ~ 诈骗: ``register_tail``)."""
        abbr = [w for s, e, _, sp in abbreviations_in(item) if e - s == len(item) for w in sp]
        return tuple(dict.fromkeys((*self._alternatives(item), *abbr, *register_tail(item))))

    def _known(self, word: str) -> bool:
        """A word the tokenizer or the synonym list already knows (防骗, 禁毒): left to them."""
        return word in self._syn or self._tok.is_word(word)

    def synonyms(self, word: str) -> tuple[str, ...]:
        return self._syn.get(word, ())

    def _alternatives(self, word: str) -> tuple[str, ...]:
        return word_alternatives(self._syn, word)  # (``retrieval.concept_spellings``)
