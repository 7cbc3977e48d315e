"""Answering: question + history + scope → an answer whose every claim cites a report.

``service.AnswerService`` is the entry point; it looks the question's kind up in ``kinds``
(``which``, ``compare``, ``fact``: one module and one ``answer`` entry point each, quoting
through ``extractive`` (sentences cut by ``sentence_cuts``, a count weighed by its nearness to
the topic in ``count_nearness``); ``audience`` reads the verbs of reaching people as one need;
``practice`` says what a practice cell must name, ``values`` which count of a sentence is
asked, ``shaped`` a compare cell that is a role or a period, ``grades`` what gives
a grade (优秀等次), ``heading_counts`` a count under the heading naming its topic, ``counted`` the counts
before the nouns a question counts (15个乡镇), ``conditioned`` a role held or a count stated (``rated`` a rate: 每周召开)
in a which-question, ``near`` the reports saying all of a which-question but one word when none
says all of it (shown as related, never as the answer), ``negated_which`` a which-question asked
the negative way (「哪些乡镇没有…」: the units saying it was not done, apart from the silent;
``followup_negated``: 「没开展的呢」), ``part_which`` the reports having a part
(「哪些报告写了存在的问题」: by its heading), ``unsaid_words`` the words no report
in scope writes named in an empty which-answer (the rest as a near reading), ``untold_figure`` a how-many answered only by a target or a denied happening, ``both`` every part of a 「既…又…」 which-question, ``named_gloss`` the
name a user gives after describing the thing: 「…（就是述法）」); ``metadata_qa``
(a question of unit names and frame alone read by ``frame_only``)
answers from the library's metadata (citing through
``meta_parts``; provinces and cities through ``region_answers`` and ``regions``; 乡/镇/街道
inside the 乡镇 level through ``sublevels``; several facts per unit through ``meta_fields`` (of reports in scope, with
the day, issuer and 文号, through ``meta_several``), the earliest
or latest report through ``meta_order``, who issued a report, which of two is the higher
level and whether two share a parent through ``meta_asks``, each unit's parent through
``meta_parent_lines``, the units picked by how many reports they hold through ``meta_per_unit``,
the units grouped by the parent
they share (「同一个上级下面有两份报告的」) through ``shared_parent``, the reports a list question selects
by level and year through ``meta_select``, a yes/no guess about one report's parent, year or kind
through ``meta_yesno``, a year asked of each report of a scope through ``meta_each_year``, the
year each report plans, quoted from its plan heading, through ``meta_plan_year``, reports
picked by the organ that delivered them through ``meta_deliverer_kind``, 国务院 and a province's own
government as rungs through ``meta_rungs``, a 「都是…的吧」 guess
dropped by ``asides``; the
report's own 发文字号 through ``doc_number``, the day it was issued through ``issue_date``; a province or city as scope through
``region_scope``; the kinds a content question counts out (不算镇和街道) through ``kind_scope`` (民族乡 through ``ethnic_scope``), 去年/前年 as a
year through ``relative_years``, 20年以后 and 「最新那份」 through ``year_picks``; 镇街, 年报 and 「都有谁交了」 as the metadata reads them through
``report_words``) and ``llm``
(with ``support``) writes answers from the same passages, ``superlative`` answers a ranking asked
first (哪个乡镇的X最多: its which, then the comparison of those units' counts),
``followup`` resolves follow-ups (``picking``: 其中哪个X最多; ``followup_levels``: 其中哪些是乡; ``followup_among``: 其中/只看 (the narrowing words); ``followup_added``: 加进来, 那X呢它们俩谁多;
``followup_region``: 那四川的呢 (``followup_where``: where a follow-up narrows to); ``followup_carry``: 它办了几起 counts the last topic; ``followup_common``: 两部都提到的 = both needs; ``followup_widen``: 不限街道 (``followup_others``: 再把其他区也加进来, the whole library); ``followup_scope``: 放宽到所有年份, 除了它还有哪些 (``followup_library``: 整个库里还有谁搞了, the unit kept; ``followup_figure``: 有具体审了多少份的是哪几个), 再把X也加进来 (either/both); ``followup_beside``: X呢，两边对比一下 (``followup_same_time``: 同一年 keeps the last year); ``followup_compare``: the last question turned comparison — ``followup_other_report``: 跟它2018年那份比呢 (the unit's two reports; ``followup_order``: 按份数给我排一下, the listed units by the count asked; ``followup_short_years``: 跟24年比, 光明21年 read as full years; ``followup_report_year``: 那X去年的呢 steps from the report just answered; ``fronted_topic``: 分别是多少起 after 「…超过100起的乡镇有哪些」 counts its thing; ``followup_said_count``: 其中哪个最多 compares the counts the list quoted; ``followup_held``: a year the unit has no report of is said, never a row lost); ``followup_topic``: 换成X看看 (``followup_bare_topic``: 那X呢 after a list, the 换成 left out; ``followup_restated``: 那X呢，哪些提了, the asking words said again; ``followup_compared_thing``: 进出口呢 after a comparison of named units, 其中哪个最多 over every unit it named; ``followup_state``: 其中哪个说已经开工了, the listed thing's state); ``followup_place``: 宝山区的呢 inside/around the last place; ``followup_condition``: 那写了X的呢 (the list, another condition; ``followup_narrow_swap``: 那2023年的呢 after 其中2022年的, the narrowed list kept); ``followup_fresh``: 有没有区提到… asked anew; ``followup_parent``: 这个县 = the county just named; ``followup_pointers``: 它/它们/这几个 (``followup_own``: what they name of their own); ``followup_echo``: 开会开得最多; ``followup_substitute``: 那X呢 asks the last question of X; ``followup_audience``: 讲给多少人听了; ``followup_measure``: 那增速呢 (``followup_plan_swap``: 那17年目标呢 swaps one slot of a figure); ``followup_pick``: 第二个的增速 (an ordinal picks a unit shown); ``followup_items``: 其中固投 after a list of items; ``followup_inherit``: 罗湖那边签了多少人, 具体是哪一天 keep the last topic; ``followup_rung_narrow``: 那评上省级的呢 narrows the last honour to its rung; ``followup_recount``:
那X一共办了多少件 after a count),
``post_holder`` reads who holds a post (区长何建文, 以A为组长) for a who-question (``who_beside``:
the person named in the neighbouring sentence), ``count_before`` (「971名…参加考试」 answers
多少干部参加), ``how_often`` (多久一次: the sentence stating a period), ``no_name`` (a report that
mentions a thing but names none); compare cells that name someone (``who_cells``; a body that bears or coordinates a work:
``who_body``), an
organisation (``entity_cells``: 哪家律所) or rank by the audience (``audience_cells``: 给干部办的);
``lacked`` drops a unit whose own report says it lacks the asked thing (尚未聘请法律顾问, read at
ingest by ``reportqa.lacks``) from a which-answer on a sentence without it;
``lesson_acts`` reads 讲法治课 as the report's 授课/讲座/辅导; ``places`` handles
places the metadata lacks; ``collector`` holds the garbage collector off while an answer is
composed; ``evaluate``, ``scoring`` and ``calibrate`` measure answers. ``value_kinds`` reads
the kind of value a fact asks (count, rank, 文号, place, name, rate); ``valued`` finds it in a
named unit's own report beside a loosely worded topic, for a fact (``unit_value``) or a
comparison's cell (``cells``); ``ratio_base`` keeps a ratio over an indicator (每平方公里
土地产出GDP) from standing for its total; ``cell_measure`` holds a cell to the measure asked and
``cell_reread`` reads a unit's report again in that measure with the first search's judge;
``cell_rate`` holds a how-often comparison's cells to a period or a tally; ``cell_done`` reads
the review's figure when a result is asked; ``cell_area`` holds an area asked to the thing named.
``across_years`` reads 历年/各年度/近三年/2014年和2016年 said of one unit as the span of its
reports: a comparison a row per report (unit and year), 「哪一年最多」 ranked over them
(``followup_span``: 「那历年呢」「哪一年最多」 after a question about one unit; ``simplified_turns``: 「這裡邊…」 typed in traditional characters, read simplified before any follow-up rule).
``turn_parts`` cuts a message that asks two questions (「A镇…吗？B镇…几次？」) into them, and
``composed`` answers each in turn and makes one answer of them, part by part.
``whether`` reads a yes-no question about one unit, which its fact answer left unquoted, as its
which-question asks it of that unit (「云溪镇的报告有没有写到X」: the which-path's judge, 有 with its
quote).
``scope_note`` says the scope an answer was searched in; ``scoped_kind`` reads a follow-up
carried to one unit's scope as a question of that unit
(「副组长都有谁」: a fact of its report); ``own_writer`` keeps the organ a report is written
by (「荔湾区司法局…」 of the bureau's own report) out of the topic. ``zones`` matches a development
zone asked (「经开区报告里」「曲靖经开区」) to reports calling themselves its kind, never guessing
its city; ``level_emptied`` says a list's level word emptied a region that holds reports;
``level_pointers`` reads 「省里」「市政府」「中央那份」 as the library's unit of that level.
``own_extent`` leaves 全国/全省 out of the topic when the units named are of that level (the
国务院's report writes its figures without 全国).
``fact_asks`` reads what a fact question asks beside its topic (什么机构, 哪几, a section's list).
``compare_table`` makes a comparison's rows its answer (the pick, the table, 「未提及」).
``search_scope`` gives the scope a question is searched in (filters, parent counties, places);
``unit_slips`` reads a unit's name typed with a homophone (青成山镇) as the library's unit.
``sibling_places`` reads a short name opening the question (龙岗) as a sibling district the library
lacks, only in a library of that city's districts and never where the name opens a longer word.
``intent_verb`` leaves 计划 out of the topic when it is the verb of intent before a count asked.
Round meta70: ``own_section`` (单独列成一大块: the topic a heading of its own), ``glossary_count``
(哪份的名词解释条目最多: a glossary's numbered entries counted).
Round fig70: ``count_subject`` (秒批事项有多少个: the counted noun before 多少), ``plan_end`` (十一五末 =
2010), ``cell_whole`` (a compare cell names the thing asked), ``value_range`` (6—6.5% read whole).
Round lead72: ``heading_list`` (the list answer of reports by a quoted heading, shared by ``part_which``
and ``own_section``).
Round fu72: ``followup_counted_thing`` (那X企业呢 swaps the kind counted), ``followup_documents`` (这两个 = the
units just asked about), ``followup_dropped`` (算了不限X drops a topic said earlier).
Round fig72: ``cell_place`` (广西扶贫协作…哪个县: the cell naming the region asked), ``cell_figure`` (a
figure asked, a cell with none: the indicator's amount re-read), ``plan_period`` (a report's covered year is its review).
Round judge72: ``parented_counties`` (拉萨城关区: a district named with its city is a place),
``place_names_asked`` (那四个县分别叫啥: answered by place names only); its ``unit_lacks_thing``
(数字人民币试点 said unwritten) was taken out at the merge: it told four units that write the thing
in other words (大厅 for 政务大厅, 普法直播 for 网络直播) they had not.
Round stop 74: ``about_tool`` (questions about the app itself), ``figure_year`` (a year said as a figure's time inside
the report just read), ``followup_aside_said`` (「光明有写X，其他报告还有谁写了」), ``followup_named_count`` (「其中A和B各计划了多少件」),
``meta_list_words`` (比较 as frame of a per-report metadata question), ``pinned_relative`` (去年/今年 inside a report named by its year).
Round stop 86: ``any_deed`` (搞/做/弄: a verb standing for any deed, one list for the follow-ups), ``followup_challenge``
(「和顺镇不是也有一个吗？」 asks the last question of the unit named).
"""

__all__ = [
    "about_tool",
    "absent",
    "across_years",
    "acts",
    "announced_parts",
    "any_deed",
    "asides",
    "audience",
    "audience_cells",
    "both",
    "bound_count",
    "but_unsaid",
    "calibrate",
    "cell_area",
    "cell_done",
    "cell_figure",
    "cell_measure",
    "cell_place",
    "cell_plan",
    "cell_practice",
    "cell_rate",
    "cell_reread",
    "cell_whole",
    "cells",
    "choice_words",
    "collector",
    "compare",
    "compare_table",
    "compare_unsaid",
    "composed",
    "conditioned",
    "count_before",
    "count_beside",
    "count_nearness",
    "count_subject",
    "counted",
    "defined",
    "denied",
    "doc_number",
    "doc_title",
    "doer",
    "entities",
    "entity_cells",
    "ethnic_scope",
    "evaluate",
    "extractive",
    "fact",
    "fact_asks",
    "fact_frame",
    "figure_year",
    "followup",
    "followup_added",
    "followup_added_years",
    "followup_again",
    "followup_among",
    "followup_aside_said",
    "followup_audience",
    "followup_bare_topic",
    "followup_beside",
    "followup_bound",
    "followup_carry",
    "followup_challenge",
    "followup_common",
    "followup_compare",
    "followup_compared_thing",
    "followup_condition",
    "followup_counted_thing",
    "followup_county_added",
    "followup_documents",
    "followup_dropped",
    "followup_echo",
    "followup_empty",
    "followup_figure",
    "followup_fresh",
    "followup_held",
    "followup_inherit",
    "followup_items",
    "followup_kept_year",
    "followup_kind_pointer",
    "followup_levels",
    "followup_library",
    "followup_measure",
    "followup_named_count",
    "followup_names",
    "followup_narrow_swap",
    "followup_negated",
    "followup_order",
    "followup_other_report",
    "followup_others",
    "followup_own",
    "followup_parent",
    "followup_person",
    "followup_pick",
    "followup_place",
    "followup_plan_swap",
    "followup_pointers",
    "followup_recount",
    "followup_region",
    "followup_region_pick",
    "followup_report_year",
    "followup_restated",
    "followup_result",
    "followup_rung_narrow",
    "followup_said",
    "followup_said_count",
    "followup_same_time",
    "followup_scope",
    "followup_short_years",
    "followup_span",
    "followup_state",
    "followup_substitute",
    "followup_switch",
    "followup_topic",
    "followup_turn",
    "followup_where",
    "followup_widen",
    "followup_year_added",
    "followup_years",
    "frame_only",
    "fronted_topic",
    "glossary_count",
    "glossed",
    "graded",
    "graded_calibrate",
    "grades",
    "heading_counts",
    "heading_list",
    "headline",
    "how_often",
    "intent_verb",
    "issue_date",
    "keyed_answer",
    "kind_held",
    "kind_scope",
    "kinds",
    "lacked",
    "lesson_acts",
    "level_emptied",
    "level_pointers",
    "library_locator",
    "llm",
    "lure_words",
    "markers",
    "meta_addressee",
    "meta_asks",
    "meta_deliverer",
    "meta_deliverer_kind",
    "meta_each_year",
    "meta_fields",
    "meta_frame",
    "meta_list_words",
    "meta_order",
    "meta_parent_lines",
    "meta_parts",
    "meta_per_unit",
    "meta_plan_year",
    "meta_plans",
    "meta_publisher",
    "meta_rungs",
    "meta_select",
    "meta_session",
    "meta_several",
    "meta_span",
    "meta_speaker",
    "meta_yesno",
    "metadata_qa",
    "milestone",
    "money_verbs",
    "named_gloss",
    "namesake_parents",
    "narrowing",
    "national_named",
    "near",
    "negated_which",
    "no_name",
    "ordinal_items",
    "own_counts",
    "own_extent",
    "own_section",
    "own_writer",
    "page_fields",
    "parented_counties",
    "part_which",
    "partner_ties",
    "picking",
    "pinned_relative",
    "place_guess",
    "place_names_asked",
    "places",
    "plan_done",
    "plan_end",
    "plan_period",
    "plan_table",
    "plan_years",
    "points_back",
    "post_holder",
    "post_named",
    "practice",
    "rated",
    "ratio_base",
    "region_answers",
    "region_scope",
    "regions",
    "relative_years",
    "report_words",
    "result_hits",
    "roles",
    "scope_note",
    "scoped_kind",
    "scoring",
    "search_scope",
    "section_items",
    "sentence_cuts",
    "sentences",
    "service",
    "shaped",
    "shared_parent",
    "sibling_places",
    "simplified_turns",
    "spaced_cell",
    "stated_figure",
    "sublevels",
    "superlative",
    "support",
    "target_counts",
    "turn_parts",
    "types",
    "undone",
    "unit_rows",
    "unit_slips",
    "unit_value",
    "unit_years",
    "unmeasured_rank",
    "unnamed_rest",
    "unsaid_head",
    "unsaid_words",
    "untold_figure",
    "value_kinds",
    "value_range",
    "valued",
    "values",
    "whether",
    "which",
    "which_compose",
    "who_beside",
    "who_body",
    "who_cells",
    "year_picks",
    "zones",
]
