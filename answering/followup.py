"""Follow-up questions resolved against the conversation, without an LLM.

「那峡口镇呢？」 reuses the previous topic with a new township; 「其中哪个乡镇…」 narrows to the
previous answer's townships; 「它们」/「这些乡镇」 refer to them. The resolved question is shown
to the user, so a wrong guess is visible rather than silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from answering.followup_added import (
    added_need,
    adds_units,
    last_pair,
    nothing_to_add,
    pair_pick,
    unknown_added,
    with_need,
)
from answering.followup_added_years import with_unit_years
from answering.followup_again import NOTE, asks_again
from answering.followup_among import AMONG, ARE, asked_again, kinds_narrowed, only_said
from answering.followup_audience import audience_of
from answering.followup_bare_topic import bare_topic_swapped
from answering.followup_beside import VERSUS, beside_need
from answering.followup_carry import (
    RANK_WORDS,
    RANKING,
    carried_topic,
    nothing_carried,
    ranked_on_topic,
    restates,
)
from answering.followup_common import both_asked
from answering.followup_compare import compared_again
from answering.followup_compared_thing import compared_pick, thing_swapped
from answering.followup_condition import condition_swapped, slot_narrowed
from answering.followup_documents import pointed_reports
from answering.followup_dropped import topic_dropped
from answering.followup_echo import without_echo
from answering.followup_empty import after_empty
from answering.followup_figure import figure_kept
from answering.followup_fresh import asks_anew
from answering.followup_inherit import inherited_topic
from answering.followup_items import among_items
from answering.followup_kept_year import with_kept_year
from answering.followup_kind_pointer import kinds_pointed
from answering.followup_levels import (
    kind_pointed,
    kind_swapped,
    over_rung,
    picked_by_kinds,
    pointed_by_kind,
    rung_only,
    rung_pick,
)
from answering.followup_library import library_widened
from answering.followup_named_count import counted_thing
from answering.followup_names import units_in as _units_in
from answering.followup_narrow_swap import narrowing_swapped
from answering.followup_others import others_added
from answering.followup_own import OWN_TOPIC, own_topic
from answering.followup_parent import one_pointed, parent_pointed
from answering.followup_person import person_followup
from answering.followup_pick import ordinal_pick
from answering.followup_place import place_moved
from answering.followup_plan_swap import figure_turn
from answering.followup_pointers import PRONOUN, nothing_pointed, points_back
from answering.followup_recount import without_recount
from answering.followup_region import any_of, counts_units, lists_reports, switched_region
from answering.followup_region_pick import Placed, region_picked
from answering.followup_restated import swapped_then_asked
from answering.followup_said import asks_said_again
from answering.followup_said_count import counted_or_said
from answering.followup_same_time import kept_time
from answering.followup_scope import (
    beyond_last,
    lifts_years,
    region_added,
    topic_added,
    without_years,
)
from answering.followup_state import state_asked
from answering.followup_substitute import guesses_year, substituted
from answering.followup_switch import switched_level
from answering.followup_topic import topic_swapped, year_and_topic_swapped
from answering.followup_turn import Resolved, Turn
from answering.followup_where import BY_LEVEL, narrowed_where
from answering.followup_widen import lifts_level, widened
from answering.followup_year_added import year_added
from answering.followup_years import asked_year, narrowing_year, read_years, with_year, years_in
from answering.fronted_topic import listed_count
from answering.meta_frame import ANY_REPORTS, NOUN_PHRASE
from answering.picking import most_said, picked_from_which, ranked_among
from answering.sentences import wants_number
from answering.sublevels import TOWN_KINDS
from reportqa.errors import QuestionError
from reportqa.units import UnitIndex, short_name
from retrieval.level_words import names_level
from retrieval.renamed_units import renamed_of

# 「那峡口镇呢」「峡口镇又是多少」: a unit and the asking words of the same need, nothing else
_SAME_NEED = r"(?:又|也)?(?:是|有)?多少|的数字|的数据|呢|怎么样|如何|的情况"
_FOLLOW = re.compile(
    rf"^(?:那么?|还有|再看看?|换成|改成|看看)?\s*(?P<units>.{{2,40}}?)\s*(?:{_SAME_NEED})?[？?。!！]*$"
)
_NEW_TOPIC = re.compile(r"哪些|哪个|哪几|各乡镇|各镇|各乡|每个|所有|全部乡镇|比较|对比")
# 「成员有哪些人」「副组长是哪几位」: 哪些 asking for persons, no units — the unit just asked about
# is still the one asked of (``scoped_kind``), as for 「副组长都有谁」
_PERSONS = re.compile(r"哪(?:些|几)(?:个人|位|名|人)")
# 「办过法治讲座的有谁」「都有谁搞了」「谁家写了」: a which-question asked with 谁, as often said
_ASKED_WHO = re.compile(r"有谁|谁家")
# 「他们」「她们」「它们」: a plural pronoun stands for units said before, never for the library
_THEY = re.compile(r"[他她它]们")
_PICK = re.compile(rf"(?:哪个|哪一个|哪家|谁)[^，,。？?]*?(?:{RANK_WORDS})")
_RANKED = re.compile(rf"[，,][^，,]*(?:{RANK_WORDS})[^，,]*$")


def resolve(
    question: str,
    history: Sequence[Turn],
    known_units: UnitIndex | Iterable[str],
    placed: Placed | None = None,  # 「那个贵州的乡」: does a unit's report lie in a place
) -> Resolved:
    q = question.strip()
    known = known_units if isinstance(known_units, UnitIndex) else UnitIndex(known_units)
    if not history:
        asked_year(q)  # 「前一年呢？」 with nothing before it: ask which year
        nothing_to_add(q)  # 「再把丙乡也加进来比一比」 first in a conversation: asked back
        nothing_carried(q)  # 「那云乐镇配了几个」: a count of the thing never asked about
        nothing_pointed(q)  # 「刚说的那个区，…」 first in a conversation: nothing said before
        return Resolved(q)
    prev = history[-1]
    prev_q = prev.effective
    head, *more = re.split(r"[，,；;]", q, maxsplit=1)  # a clause ends at any comma or semicolon
    tail = more[0] if more else ""
    if (
        tail
        and _FOLLOW.match(head)
        and (named := _units_in(head, known))
        and restates(tail, prev_q)
    ):
        # 「换成光明区，它今年定的多少？」: the unit swapped, then the same need asked again
        # of it with a pointer — the swap alone says all of it, save a year said now
        swapped = resolve(head, history, known, placed)
        year = years_in(tail)[:1]
        return (
            replace(swapped, question=with_year(swapped.question, year[0], named))
            if year
            else swapped
        )
    if moved := swapped_then_asked(q, prev_q, known.names | known.shorts):  # 「那X呢，哪些提了」
        return Resolved(moved[0], note=moved[1])
    if asks_again(q):  # 「换个说法呢」「有没有类似的」: the last question, its near readings
        return Resolved(prev_q, (), NOTE)
    if (dropped := topic_dropped(q, history) or narrowing_swapped(q, prev)) is not None:
        return dropped  # 「算了不限述法，区县的有哪几份」; 「其中22年的」→「那23年的呢」
    if lifts_level(q):  # 「全部列出来，不限街道」: the last question over every level
        return Resolved(widened(prev_q) or prev_q, (), "（范围：不限级别）")
    if lifts_years(q) and (asked := without_years(prev_q)):  # 「放宽到所有年份呢」
        return Resolved(asked, (), "（范围：不限年份）")
    if pointed := parent_pointed(q, prev.townships, prev.said):  # 「这个县还有别的报告吗」
        return Resolved(pointed[0], note=pointed[1])
    if added := others_added(q, prev_q, _units_in(prev_q, known)):  # 「再把其他区也加进来」
        return Resolved(added[0], (), added[1])
    if widened_all := library_widened(q, prev_q):  # 「整个库里还有谁搞了」: all, the unit kept
        return Resolved(widened_all[0], (), widened_all[1])
    # 「有具体审了多少份的是哪几个」: the last list's units whose sentence gives a count
    listed = _NEW_TOPIC.search(prev_q) or _ASKED_WHO.search(prev_q)
    if listed and (counted := figure_kept(q, prev_q)):
        return Resolved(counted, tuple(prev.townships), "（只列写了具体数字的单位）")
    # 「扫黑除恶这块，除了它，还有哪些报告提到」: the units set aside are the last turn's
    aside = set(prev.townships) or set(_units_in(prev_q, known))
    if aside and (beyond := beyond_last(q, prev_q, sorted(aside))) is not None:
        # the others, every one — none the place of one set aside (坪山新区 is 坪山区 renamed)
        rest = tuple(sorted(n for n in known.names - aside if not renamed_of(n, aside)))
        return Resolved(beyond, rest, f"（范围：除{'、'.join(sorted(aside))}外的全部报告）")
    added = topic_added(q, prev_q) or region_added(q, prev_q) or year_added(q, prev_q)
    if added and not _units_in(q, known):  # 「再把X也加进来」: a topic, a region or a year
        return Resolved(added[0], (), added[1])
    # the units last talked about: its answer's, its question's, its scope's (「这份报告是报给谁的」)
    prev_units = tuple(prev.townships) or tuple(_units_in(prev_q, known)) or tuple(prev.scope)
    if not _units_in(q, known) and (one := kind_pointed(q, prev_units)):  # 「这个镇…」: of them
        return Resolved(carried_topic(q, prev_q) or q, one, f"（范围：{one[0]}）")
    if person := person_followup(q, prev_q, prev_units) or kinds_pointed(q, prev_units, prev_q):
        return person  # 「他去的哪里」; 「其中乡镇那两个…」 (followup_kind_pointer)
    if (other := compared_again(q, prev_q, prev_units, known)) is not None:  # 跟它2018年那份比呢
        return other
    if (both := both_asked(q, history)) is not None:  # 「两部都提到的是哪几个」: on both lists
        return Resolved(both, (), "（两次回答都列出的单位）")
    if (picked := ordinal_pick(q, prev_q, prev_units, prev.picked, prev.said)) is not None:
        return picked  # 「第二个的增速是多少」: the unit shown second (``followup_pick``)
    if (items := among_items(q, prev_q, prev_units, _units_in(prev_q, known))) is not None:
        return items  # 「其中固投要增长多少」 after a list of one report's items (followup_items)
    if (kinds := kinds_narrowed(q)) is not None:
        # 「其中哪些是乡或者街道？镇的不要」: the last answer's units of those kinds (metadata
        # path); 「那街道呢」 (no 其中) or an empty last answer: the last question over those kinds
        if prev_units and AMONG.match(q):
            rest = AMONG.sub("", q).lstrip("，, ")
            note = f"（范围：{'、'.join(prev_units)}）"
            return Resolved(picked_by_kinds(kinds, rest), prev_units, note)
        elif kinds < TOWN_KINDS:
            # 「只要街道的」 then 「那乡呢」: the same units, another kind (``kind_swapped``)
            asked, kept = kind_swapped(kinds, prev_q, tuple(prev.scope))
            note = "（上一个回答没有列出单位：按所说的类别重新检索上一个问题）"
            note = f"（范围：{'、'.join(kept)}）" if kept else "" if prev_units else note
            return Resolved(asked, kept, note)
    asked_which = _NEW_TOPIC.search(prev_q) or _ASKED_WHO.search(prev_q) or lists_reports(prev_q)
    asked_which = asked_which or counts_units(prev_q, _units_in(prev_q, known))  # 「陕西的报告」
    places = known.names | known.shorts  # a unit of the library is asked about by name
    if asked_which and (  # 「那市一级的呢」「那天津的呢」「河南的有没有」: the last question there
        moved := switched_level(q, prev_q) or switched_region(any_of(q), prev_q, places)
    ):
        return Resolved(moved[0], note=moved[1])
    # 「宝山区的呢」 inside the last list's place, 「那宪法宣传周呢」 another thing: one slot moved
    if asked_which and (
        moved := place_moved(any_of(q), prev_q, places) or bare_topic_swapped(q, prev_q, places)
    ):
        return Resolved(moved[0], note=moved[1])
    if not prev_units and (again := asked_again(q, prev_q)) is not None:
        return again  # 「其中重庆的有哪些？」 after an empty answer: the last question there
    if not prev_units and not _units_in(q, known) and (empty := after_empty(q, prev_q)):
        return Resolved(empty[0], (), empty[1])  # 「这里头哪个是区县一级的」「其中2022年的」
    if not prev_units and AMONG.match(q) and rung_only(AMONG.sub("", q)):
        asked, note = over_rung(prev_q)  # 「其中乡镇街道的呢」 after an answer naming nobody
        return Resolved(asked, (), note)
    if not prev_units and not _units_in(q, known):
        nothing_pointed(q)  # 「刚说的那个区，…」 after turns that named no unit
    if (
        not prev_units
        and (AMONG.match(q) or PRONOUN.search(q) or _THEY.search(q))
        and not _units_in(q, known)
    ):
        # 「其中哪个最多」 after an answer that named nobody, 「他们去年的…」 after 「你好」: no referent
        raise QuestionError(
            f"「{q}」指的是上一个回答里的单位，但上一个回答（「{prev_q}」）没有列出任何单位。"
            "请直接说出要问的乡镇、街道或区县，例如「甲镇和乙乡各开展了多少场普法活动？」"
        )
    over_units = any(p.search(prev_q) for p in (_NEW_TOPIC, _ASKED_WHO, ANY_REPORTS))
    if (year := narrowing_year(q)) is not None and prev_units and over_units:
        # 「那2025年的报告里头是哪些」 after a which-answer: its units whose report is of 2025
        asked = with_year(prev_q, year, _units_in(prev_q, known))
        return Resolved(asked, prev_units, f"（范围：{'、'.join(prev_units)}中{year}年的）")
    year = asked_year(q, years_in(prev_q))
    if year is not None:  # 「那2020年呢？」: the last question about another year of its unit
        named = _units_in(prev_q, known)
        narrowed = () if named or over_units else prev_units
        return Resolved(with_year(prev_q, year, named), narrowed)
    named_before = tuple(_units_in(prev_q, known))  # a which-list names none: its shape kept
    if not _units_in(q, known) and (
        asked := year_and_topic_swapped(q, prev_q, named_before, bool(wants_number(prev_q)))
    ):  # 「换成2025年的增长目标呢」: the year and the thing swapped, the units kept
        return Resolved(asked, (), "")
    if not _units_in(q, known) and (asked := slot_narrowed(q, prev_q)):
        return Resolved(asked, (), "")  # 「有2023年的呢」「有乡镇的呢」: a slot, no condition
    if not _units_in(q, known) and (asked := condition_swapped(q, prev_q)):
        # 「那写了明年打算的呢」: the list asked with another condition (``followup_condition``)
        return Resolved(asked, tuple(prev.scope), "")
    if not _units_in(q, known) and (asked := topic_swapped(q, prev_q)):
        # 「换成《信访工作条例》看看」: the topic alone changes; deed, shape, scope kept
        note = f"（范围：{'、'.join(prev.scope)}）" if prev.scope else ""
        return Resolved(asked, tuple(prev.scope), note)
    if not _units_in(q, known) and (asked := thing_swapped(q, prev_q, named_before)):
        return Resolved(asked, (), "")  # 「进出口呢」「那规上企业呢」 (``followup_compared_thing``)
    q = without_echo(q, prev_q)
    among = AMONG.match(q) and ARE.match(AMONG.sub("", q).lstrip("，, "))
    only = only_said(q)
    if (said := only or among) and prev_units:
        what = said.group("what")
        if not BY_LEVEL.search(f"是{what}"):  # 「乡镇街道一级」 is a level, 湖南 a place
            note = f"（范围：{'、'.join(prev_units)}中{what}的）"
            return Resolved(f"{what}的报告里，{prev_q.rstrip('？?。')}", prev_units, note)
        if only:  # a level: picked among the last answer's units below
            q = f"其中哪些是{what}的"
    said = most_said(q)  # 「其中哪个多」 ranks as 「其中哪个最多」 (``answering.picking``)
    ranking_only = bool(RANKING.search(said)) and not OWN_TOPIC.sub("", said)
    if (AMONG.match(q) or ranking_only) and prev_units:  # 「最多的是哪个？」 picks too
        q = said
        rest = AMONG.sub("", q).lstrip("，, ")
        if rung_only(rest):  # 「其中哪些是乡镇或者街道的」: the rung named in its parts
            return Resolved(rung_pick(rest), prev_units, f"（范围：{'、'.join(prev_units)}）")
        if BY_LEVEL.search(rest) and not RANKING.search(rest):
            # 「其中哪些是镇」「里面县一级的有几个」: the last answer's units of that level
            return Resolved(rest, prev_units, f"（范围：{'、'.join(prev_units)}）")
        if not OWN_TOPIC.sub("", rest):
            # 「其中哪个最多？」 asks the last question again and picks from its answer
            if RANKING.search(rest) and not wants_number(prev_q):
                if counted := counted_or_said(prev_q.rstrip("？?。"), rest, prev_units, history):
                    return Resolved(counted, prev_units)  # 「开得最多」 after 「…开了专题会」
                if ranked := ranked_among(ranked_on_topic(rest, prev_q), prev_units):
                    return Resolved(ranked, prev_units)  # 「定得最高」: each one's figure
                raise QuestionError(
                    f"上一个问题（「{prev_q}」）的回答里没有可以比较的数字，「{q}」比的是什么？"
                    "请说出要比较的内容，例如「其中哪个乡镇聘请的法律顾问最多？」"
                )
            asked = _RANKED.sub("", prev_q.rstrip("？?。"))  # 「…，哪个最多」 asked once
            if each := compared_pick(asked, rest, named_before, prev.townships):  # all named
                return Resolved(each, named_before)
            return Resolved(
                picked_from_which(asked, rest, prev_units) or f"{asked}，{rest}", prev_units
            )
        if (where := narrowed_where(rest)) is not None:
            # 「其中重庆的有哪些？」: no topic of its own, the last question's asked there
            note = f"（范围：{'、'.join(prev_units)}中{where}的）"
            return Resolved(f"{where}的报告里，{prev_q.rstrip('？?。')}", prev_units, note)
        ranked = ranked_among(rest, prev_units)
        if ranked:  # 「其中哪个持证执法的人最多」: each unit's value of it, then the pick
            return Resolved(ranked, prev_units)
        # 「其中那个乡配了几台」: the one unit of that kind, last topic kept; 「那个贵州的乡」: in it
        rest, pool = region_picked(rest, prev_units, placed) or (rest, prev_units)
        narrowed = pointed_by_kind(rest, pool) or pool  # 「哪个说已经开工了」: the thing's state
        asked = state_asked(rest, prev_q) or counted_thing(rest, prev_q, pool) or rest
        return Resolved(asked, narrowed, f"（范围：{'、'.join(narrowed)}）")
    pair = last_pair(q, history) if not _units_in(q, known) else ()
    if pair:  # 「这两个哪个多」 after 「甲镇…？」「那乙乡呢？」: the two units just asked about
        asked = substituted(prev_q, _units_in(prev_q, known), list(pair))
        return Resolved(f"{asked.rstrip('？?。')}，{pair_pick(q)}")
    one = prev.picked if len(prev.picked) == 1 else prev_units
    if one_pointed(q, one) and not _units_in(q, known):
        # 「它归哪个县管？」「这份报告是报给谁的？」: the one unit just talked about, or the
        # one the last answer picked (「其中哪家最多」 → 「它是哪年的报告」); a count with no
        # thing of its own (「它办了几起」) counts the last topic (``followup_carry``)
        return Resolved(carried_topic(q, prev_q) or q, one, f"（范围：{one[0]}）")
    if not _units_in(q, known) and (docs := pointed_reports(q, prev_units, named_before)):
        return Resolved(docs[0], docs[1], f"（范围：{'、'.join(docs[1])}）")  # 它们是哪年的
    if points_back(q, prev_units) and not (pair_pick(q) and len(_units_in(q, known)) == 1):
        # (「那乙镇呢，它们俩谁多」 names a unit to set beside them: added below)
        named = PRONOUN.sub("、".join(prev_units), q)
        if not own_topic(PRONOUN.sub("", q), prev_q):
            # 「它们各配了多少台？」: the thing counted is the last question's topic
            return Resolved(f"{prev_q.rstrip('？?。')}，{named}", prev_units)
        return Resolved(named, prev_units)
    m = _FOLLOW.match(q)
    units = _units_in(q, known)
    unknown = unknown_added(q, units)
    # 「比较甲镇和乙镇的X」 names all it compares, 「那对比一下乙镇呢」 one beside the last turn's
    versus = VERSUS.search(q) and len(units) + len(unknown) < 2
    beside = beside_need(q, units, prev_q)  # 「X呢，两边对比一下」: "" the last topic, else named
    versus = versus or beside is not None
    if (adds_units(q, len(units), units, prev_q) or versus) and (units or unknown) and prev_units:
        # 「再把三都镇也加进来比一比」: the last question over its units and the new ones; a
        # unit not in the library is said missing, never dropped; the earlier units stay compared
        old = _units_in(prev_q, known) or list(prev_units)
        joined = list(dict.fromkeys([*old, *units]))
        note = f"（库中没有{'、'.join(unknown)}的报告）" if unknown else ""
        asked = kept_time(q, prev_q, substituted(prev_q, _units_in(prev_q, known), joined), joined)
        new = [u for u in joined if u not in old]  # 「把盐田2023年那份也拉进来」: its own year
        asked = with_unit_years(asked, prev_q, q, old, new)
        if need := added_need(q, prev_q) or beside:  # 「…加进来，比比政务公开」: named now
            asked = with_need(joined, need)
        pick = _PICK.search(most_said(q))  # 「再加上丙乡，哪个最多」: asked of them all
        counted = len({*prev_units, *units})  # the units answered last and those named now
        picked = pick.group(0) if pick else pair_pick(q, counted)  # 「它们俩谁多」: of the pair
        if picked and not RANKING.search(asked):
            asked = f"{asked.rstrip('？?。')}，{picked}"
        return Resolved(asked, note=note, absent=tuple(unknown))
    if m and units and len(q) <= 20:
        leftover = q
        for u in units:
            leftover = leftover.replace(u, "").replace(short_name(u), "")
        # the asking words only at the end (「有多少个村」 is new), the count or deed again (请了没有)
        leftover = without_recount(leftover, prev_q, rf"(?:{_SAME_NEED})+[？?。!！\s]*$")
        leftover = "" if asks_said_again(leftover) else leftover  # 「…的报告提了没」
        if not re.search(
            r"[\u4e00-\u9fff]{3,}", re.sub(r"那么?|还有|呢|和|与|及|、", "", leftover)
        ):
            asked = substituted(prev_q, _units_in(prev_q, known), units)
            bare = asked.rstrip("？?。")
            if len(units) == 1 and _RANKED.search(bare):  # 「那丙街道呢」 after 「甲镇和乙乡
                asked = _RANKED.sub("", bare)  # 各…，哪个最多」: one unit, nothing to pick
            typed = years_in(q)[:1]  # 「那西岭区2020年呢」: the year asked now
            # else the same year — unless the year is the guess asked about (「…是2024年的吗」)
            kept = () if typed or len(units) > 1 or guesses_year(asked) else read_years(prev_q)
            year = (typed or kept or (None,))[0]
            return Resolved(with_year(asked, year, units) if year else asked, carried_years=kept)
    if (kept := inherited_topic(q, prev_q, prev_units, units, prev.said)) is not None:
        return kept  # 「罗湖那边签了多少人」「具体是哪一天」: the last topic (``followup_inherit``)
    if not units and prev_units and (figure := figure_turn(q, prev_q, prev_units)) is not None:
        # 「那实际完成了多少」「那增速呢」「那17年目标呢」: a slot of the last figure swapped
        return Resolved(figure[0], prev_units, figure[1])
    if not units and prev_units and not _NEW_TOPIC.search(q) and (asked := audience_of(q, prev_q)):
        # 「讲给多少人听了」「有多少人参加」 after 「X镇请谁讲的法治课」: how many took part in
        # the deed just asked about — the last question's topic, asked for its count
        return Resolved(asked, prev_units, f"（范围：{'、'.join(prev_units)}）")
    if (
        not units
        and prev_units
        and not _NEW_TOPIC.search(_PERSONS.sub("", q))
        and not names_level(q)
        and not NOUN_PHRASE.search(q)  # 「重庆的乡镇报告呢」: the reports listed anew
        and not asks_anew(q, prev_units)  # 「有没有区提到…」: own range (``followup_fresh``)
    ):
        # ellipsis: 「调解成功了多少件？」 after 峡口镇 is of 峡口镇 and its year (``followup_kept_year``)
        asked = listed_count(q, prev_q, prev_units) if over_units else with_kept_year(q, prev_q)
        return Resolved(asked, prev_units, f"（范围：{'、'.join(prev_units)}）")
    return Resolved(q)
