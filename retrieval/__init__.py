"""Retrieval: the read side. ``catalog.Catalog`` (what the library holds, refreshed when
the store changes), ``query``, ``concept``, ``phrases``, ``question_words``, ``dates`` and
``vocabulary`` (question analysis; ``question_shape``: which-questions without a question
word, ``glosses``: a question's gloss of its term, ``doubled``: 学法学习 read as either word,
``actors``: 干部/公职人员 are no need, ``abbreviations``: 反诈 ~ 防范电信网络诈骗, ``short_forms``: 棚改（棚户区改造） is either name,
``quoted_terms``: 八五普法 spelled 「“八五”普法」, ``quoted_kinds``: the label after 「“A”这类」 is light, ``filler_objects``: 办了几件业务 asks no 业务,
``colloquial``: 砍掉 ~ 取消 read from ``colloquial.txt`` beside ``synonyms.txt``, ``categories``: 依法决策 ⊃ 三重一大 (``categories.txt``), ``conditions``: a role held or a count stated in a
which-question, ``exclusions``: 「光看录像的不算」 names what does not count, ``unindexed``: a quoted term the index cut into characters, ``bodies``: the rule-of-law body by any township remit, ``visits``: 下村/上门 are
light, ``conjunction``: 既…又 asks every part, ``office_titles``: 一把手 ~ 主要负责人,
``law_exams``: 学法考试 ~ 法律知识考试, ``legal_spellings``: 法制宣传 ~ 法治宣传, ``locatives``: 常务会上 is at the 常务会, ``supervision``: 人大…的监督,
``honours``: 拿到全国…示范称号, ``ranks``: 排全区第一, ``rate_phrases``: 通过的比例 ~ 通过率, ``recut``: 行政执法|人员培训 re-cut, ``asker_words``: the asker's situation is no need, ``asker_talk``: particles, asides, concern, 这事儿 and 的问题 around the need, ``list_all``: 「…？一个都别漏」 said to the answerer, ``age_groups``: 三岁以下小孩的托育、托位 — whom, no need, ``asked_kind``: what a 哪家 asks for, ``asked_counts``: 哪个地方有多少人… wants the count, ``topic_frames``: 「X方面，」 frames a named practice, ``shared_subject``: 中心组学法、学习X — one doer, ``shared_modifier``: 规范性文件备案审查、制定程序 — one thing, ``coordinated_modifier``: 依法治市或者依法治区委员会会议、推进会 — the 或者 pair apart,
``township_level``: 镇街 is every township-level unit, ``more_of_two``: 谁的X多 ranks, ``unit_heads``: 嘉善县长 is 嘉善县's 县长, ``unit_mentions``: the units a question names, ``unit_totals``: 全市GDP多少 is the review's headline, ``audience``: 新任命 of 新任命的干部 is light, ``item_lists``: 「A、B这类」 asks any item,
``initials``: 法援 ~ 法律援助 read from the library (``contractions``: 全程 ~ 全过程, 矛调 ~ 矛盾纠纷调解; ``morphemes``: 发誓 ~ 宣誓), ``phrase_concepts``: those finders as one list (``register``: 打官司 ~ 行政诉讼, whole, from ``register.txt``), ``spoken``: 组织学了 /
百分百 / 审一审 as spoken, ``own_words``: 决策前 no report writes, ``unsaid``: 最近 / 晒政务信息 / 镇子 no report writes, ``said_otherwise``:
「镇长（街道就是主任）」, 俩人一起当组长, 报告或者审议, A跟B揉在一起 read through ``aside_names``, ``joint_posts``,
``either_or`` and ``relation``), ``grounding`` (question words against the library; ``pivots``: 请/让 + the next verb's doer), ``evidence``
(sentence-level support; ``anchors``: fixed terms, ``coded_names``: 四议两公开 jieba cuts,
``party_sessions``: 党的二十届三中全会 is one meeting, ``named_coordination``: 宪法日或国际禁毒日 any of them,
``setting_examples``: 「…？老小区、城中村那种」 where, a soft need,
``coordination``: one head for a list, ``passages``: quotable sentences),
``carrier`` (does a sentence hold the asked count, ``counts_near``: near the thing counted; ``counters``: 份 answered by 件,
``scores``: 91.5分 not 满分100分, ``numerals``: 10 790件 read whole; ``verb_copy``: 学法学了几次),
``search.HybridRetriever`` (BM25 + dense fused by ``fusion.rrf``, per-report fan-out judged by ``judging``, a section denying its topic lending no heading: ``denied_sections``;
``fanout_sentences``: a chunk's candidate sentences in one pass, ``bounds``: a sentence's
upper bound with its tables made once per ask, ``silent``: the scope's verdicts of reports with
nothing to judge, kept as one list),
``langchain_adapter``. Round 37: ``law_study`` (学一段法律 is 学法), ``optional_parts`` (法治（政府）建设),
``short_names`` (光明日报 is no 光明乡), ``stock_phrases`` (the formula's purposes are no deed).
Round 39: ``question_kind`` (which / compare / fact) and ``analysis`` (the record read), out of
``query``; ``a_not_a`` (学没学过 is
学过), ``law_names`` (反有组织犯罪法 whole), ``destinations`` (去法院听庭审: 法院 is where),
``relation_idioms`` (扯上关系 is 挂钩).
Round x35: ``when_asked`` (什么时候/哪个月 asks a date: the quote dates the deed).
Round hd37: ``heading_mentions`` (「哪些报告提到了X」: a section heading naming X is a mention).
Round which32: ``spoken_deeds`` (听人家打官司 is 旁听庭审, 讲自己抓法治的情况 is 述法, 检查卷宗 is 案卷评查).
Round which33: ``campaign_names`` (法治宁波建设: a drive's title, one concept and no scope).
Round gap34: ``term_words`` (党政主要负责人年度述法 is 党政主要负责人述法: a modifier between two words),
``negated_mention`` (尚未建立X: a mention under a negation), out of ``evidence``.
Round polarity24: ``polarity`` (「哪些乡镇没有…」 negates the predicate; 停止/暂停/失败 cancel
their object) and ``said_not`` (the sentences that say a thing was not done).
Round qa43: ``parallel_formulas`` (同部署同推进 is one concept), ``study_group`` (党委中心组 ~
理论学习中心组), ``under_headings`` (a heading naming the topic, its sentences candidates),
``own_deed`` (自己制定: a verb of making, never a plan only cited).
Round cat37: ``category_heads`` (什么机构 ~ 领导小组, 什么称号 ~ 获评, 多少份文件 ~ 决定),
``level_variants`` (依法治县（区、市）委员会: one name per level, its 全面 optional).
Round qa48: ``term_sentences`` (which sentences hold a term), out of ``evidence``.
Round diag49b: ``negative_content`` (「写了没发生重大安全事故」: the thing asked under a negation
of the report's own).
Round review48: ``other_referent`` (副校长, 政府法律顾问, 动物疫情: the words asked, another referent).
Round fix48r: ``synonym_runs`` (新冠 + 肺炎 + 疫情防控: a synonym key split into three words or more).
Round time52: ``event_dates`` (18年那个台风: the event's year, no scope), ``deed_range`` (2015年以前
就开始: the deed's date, bounded by the text's dates or its report's year).
Round perf35: ``substring_decides`` (a spelling present with no negator decides a mention).
Round perf68: ``doing_verbs`` (another verb of doing in a sentence: one scan, not one per verb).
Round qa46: ``asking_frames`` (面向, 来抓, 管事, 请人来, 开会, 几家里: how the user asks, no topic).
Round qa50: ``holders`` (领导, 工作人员, 群众: who acted never decides a which-question alone).
Round qa54: ``compound_parts`` (升国旗 read as 升旗/国旗, 提拔干部 as 提拔 + 干部), ``villages`` (the
village unit, out of ``query``).
Round none30: ``field_marks`` (税务证明事项, 小讲堂: a field or form no report writes is a
condition) and ``negation_reach`` (尚未聘请专职法律顾问: a negated deed reaches its clause).
Round which30: ``verb_runs`` (矛盾纠纷排查化解: either verb of a run meets it). Round perfa30:
``literal_search`` (a question's cue strings found by ``str.find`` before a compiled alternation).
Round which31: ``trainees`` (执法培训 ~ 执法人员…业务培训: a training asked by the work and the
deed), ``named_either`` (「“A”或“B”」, two laws joined by 或: one concept; 「考试或测试」: a side
that is a wording of the other), ``clause_examples`` (「…，比如一窗受理、一门式」: examples
stand for their clause). Round perf31: ``reachable`` (chunks no sentence of which can reach
the floor, ruled out before the fan-out judges them) and ``chunk_paths`` (per section path, the
strings it holds).
Round ans42: ``progress_asks`` (走到哪一步 asks the stage; a 创建 is spelled by its stages),
``distributed_asks`` (「一个讲X一个讲Y」 deals aspects to the units in order).
Round which42a: ``inclusion_verbs`` (纳进/放到…考核 is the reports' 纳入) and ``adviser_role``
(「法律顾问帮政府把关」: the adviser's role described, no deed of its own).
Round meta42: ``adviser_client`` (whose lawyer: a 政府法律顾问 is no village's 驻村律师).
Round diag48c: ``plan_targets`` (「增长目标定了多少」 asks the plan part's set figure, never the
review's actual), ``renamed_units`` (a 新区 become a 区 — 光明新区, 光明区 — is one place: either
name, or the short one, scopes both).
Round diag51: ``report_parts`` (「在问题部分」「写进了存在的问题」「在下一步打算里」: a question
pointing into a part of the report is answered from that part only).
Round sec55: ``part_presence`` (「哪些报告写了存在的问题」「…下一步工作打算」: whether a report
has the part, read from its top headings or the sentence opening the part).
Round shape62: ``doc_parts`` (「哪几份报告带了五年回顾」「哪些报告后面附了名词解释」: the term review
and the glossary, read off the document's headings and lines of their own).
Round cmp56: ``report_rows`` (a report is one row of a comparison: 坪山新区 named beside 坪山区
reads each name's own reports; two years named of one unit compare its reports year by year).
Round which43: ``reducing_verbs`` (减 and 降 one verb of cutting: 减税降费 ~ 减税减费) and
``reformed_levels`` (「镇街综合行政执法改革」: the level the reform changes, no scope).
Round ans43: ``online_words`` (网络学习平台 ~ 在线学习平台: 网络 before a way of learning is online).
Round fmt43: ``format_words`` (专题/专项/集中/系列/主题 say how a 讲座/培训 is held; its kind is
the subject written before the format, earlier in the sentence, or once before a list).
``concept_spellings``: how a question's concept is spelled in reports, apart from the reading rules.
Round diag47a: ``deed_amounts`` (办案量 is the count of 办案: the deed searched, a number asked).
Round gap48a: ``time_clauses`` (「A之前先B」 asks B; A one light qualifier), ``legal_respect``
(法律上把关 is the legal review) and ``quoted_items`` (a quoted term keeps its thesaurus
spellings unless mentioned; 「“A”、B」 are alternatives).
Round split52: ``topic_concepts`` (a question's topic as concepts, out of ``query``),
``report_fanout`` (every report in scope judged on its best sentence, out of ``search``),
``needs`` (a question's concepts weighed into what a sentence must say, out of ``evidence``),
``item_words`` (a list's items read by the tagger: a deed, an object, a clause, out of ``item_lists``).
Round var52: ``parallel_slogans`` (碳达峰碳中和 ~ 碳达峰、碳中和: two halves of one lead),
``level_slots`` (a quoted 「大事不出镇」 is 「大事不出乡」 in a 乡's report).
Round need55: ``homophones`` (海棉城市 ~ 海绵城市: a pinyin slip no report writes read as its one
same-sound variant the library writes), ``described_names`` (「X的那种“T”」 asks T),
``compound_heads`` (帆船比赛 ~ 帆船赛: a head written as its kind's character),
``tense_alternatives`` (「办过或者准备办」 is one deed).
Round val56: ``plan_intent`` (「2020年要办多少项」 of the report delivered in 2020: its plan part first).
Round termC57: ``compound_modifiers`` (托育服务 ~ 托育模式: a field of a 服务/工作/建设 head met
by its modifier before the library's own heads), ``coordinate_places`` (港澳 ~ 香港: a known pair
of short names met by a member), ``short_spellings`` (电动自行车 ~ 电动车, 法律援助 ~ 法援: the
library's short form of the user's long word, built of its parts' heads).
Round read64: ``document_review`` (审查 ~ 审核 of a 合同/协议: one act), ``exam_subject`` (考执法证:
the exam and its subject both said), ``group_holder`` (村里都配了X: the group beside X), ``near_parts``
(parts of one asked thing in one clause, a short reach apart), ``name_abbreviations`` (南|科大: one
name), ``region_aid`` (援疆: aid to 新疆 by its official short name), ``aid_places``
(帮扶了哪些地方: cross-region aid), ``remedy_tails`` (城中村整治 ~ 城中村综合治理), ``event_names``
(帆船赛 in 帆船巡回对抗赛).
Round abbr70: ``abbreviated_runs`` (国高企业 ~ 国家高新技术企业, 保障房 ~ 保障性住房: a run of the
question's terms met by the library's short or full spelling of it).
Reads through the ports; never imports ``ingest``.
Round meta70: ``reviewed_year`` (讲2022年工作回顾的: the year a report reviews), ``province_honours``
(入选上海市第一批: a 省级 honour named by a province-level name).
Round judge70: ``place_names`` (深圳技术大学: a name opening with a place is one name), ``role_holder``
(请律师当法律顾问: the person hired and the post apart), ``titled_levels`` (示范市: a title at a level).
Round lex72: ``lone_runs`` (a name the segmenter cut to single characters, read as quoted), ``shared_suffixes``
(14、16号线 spells 14号线), ``amount_tails`` (网上办件量 asks the amount of 网上办件).
Round judge72: ``event_locatives`` (会前学法: an event word + 前/后 glued to its deed, said in one
clause); its ``counted_sets`` (三项制度 only by name or all members) was taken out at the merge: it
dropped units naming the three in their own words and a question listing them.
Round stop 74: ``spelled_asides`` (「X（就是Y）」, 「一村（社区）一X」, 「站点（工作站、中心都行）」: a bracket gives other spellings),
``units_asked`` (「写了的有几家」「有报告提到X吗」: spoken ways of asking which units), ``level_titles`` (国家…示范区:
a title opening with its level counts only written whole).
"""

__all__ = [
    "a_not_a",
    "abbreviated_runs",
    "abbreviations",
    "actors",
    "adviser_client",
    "adviser_role",
    "age_groups",
    "aid_places",
    "alternatives",
    "amount_tails",
    "analysis",
    "anchors",
    "artifacts",
    "aside_names",
    "asked_counts",
    "asked_head",
    "asked_kind",
    "asker_talk",
    "asker_words",
    "asking_frames",
    "aspect_split",
    "attributive_forms",
    "audience",
    "blas_threads",
    "bodies",
    "bounds",
    "bracket_roles",
    "but_not",
    "campaign_names",
    "carrier",
    "catalog",
    "categories",
    "category_heads",
    "change_listeners",
    "chunk_facts",
    "chunk_paths",
    "clause_examples",
    "clause_sides",
    "coded_names",
    "colloquial",
    "compared_topics",
    "compound_heads",
    "compound_modifiers",
    "compound_parts",
    "compound_sides",
    "compounds",
    "concept",
    "concept_spellings",
    "conditions",
    "conjunction",
    "contractions",
    "conversions",
    "coordinate_places",
    "coordinated_modifier",
    "coordination",
    "count_bounds",
    "count_deeds",
    "counters",
    "counts_near",
    "dated_plans",
    "dates",
    "deed_amounts",
    "deed_range",
    "degree_asks",
    "denied_deed",
    "denied_sections",
    "described_head",
    "described_names",
    "destinations",
    "distributed_asks",
    "district_titles",
    "doc_parts",
    "document_review",
    "doing_verbs",
    "done_asked",
    "doubled",
    "due_years",
    "duty_roles",
    "editions",
    "either_or",
    "era_entry",
    "event_dates",
    "event_locatives",
    "event_names",
    "evidence",
    "exam_subject",
    "exclusions",
    "fanout_sentences",
    "field_marks",
    "filler_objects",
    "filters",
    "first_ordinals",
    "flat_tables",
    "format_words",
    "frequency",
    "fusion",
    "glosses",
    "grounding",
    "group_claims",
    "group_holder",
    "heading_mentions",
    "hedges",
    "holders",
    "homophones",
    "honour_received",
    "honours",
    "inclusion_verbs",
    "initials",
    "item_lists",
    "item_words",
    "joint_posts",
    "judging",
    "juxtaposed",
    "kind_modifier",
    "langchain_adapter",
    "language_pairs",
    "law_exams",
    "law_names",
    "law_study",
    "leads",
    "legal_respect",
    "legal_spellings",
    "level_slots",
    "level_titles",
    "level_variants",
    "level_words",
    "list_all",
    "list_predicate",
    "literal_search",
    "locatives",
    "lone_runs",
    "manner_verbs",
    "measures",
    "mentioned_names",
    "more_of_two",
    "morphemes",
    "name_abbreviations",
    "name_heads",
    "name_or_phrase",
    "named_coordination",
    "named_either",
    "near_parts",
    "needs",
    "negated_mention",
    "negation_reach",
    "negative_content",
    "negator_words",
    "net_counts",
    "none_at_all",
    "noun_attributes",
    "numbered_lines",
    "numbered_routes",
    "numerals",
    "office_titles",
    "one_sided",
    "online_words",
    "optional_parts",
    "other_epidemic",
    "other_referent",
    "own_deed",
    "own_words",
    "pair_words",
    "parallel_formulas",
    "parallel_slogans",
    "part_presence",
    "party_sessions",
    "passages",
    "pending_deed",
    "periods",
    "phrase_concepts",
    "phrases",
    "pinned_years",
    "pivots",
    "place_institutions",
    "place_names",
    "plan_clauses",
    "plan_intent",
    "plan_items",
    "plan_targets",
    "polarity",
    "progress_asks",
    "province_honours",
    "query",
    "question_kind",
    "question_scope",
    "question_shape",
    "question_words",
    "quoted_everyday",
    "quoted_items",
    "quoted_kinds",
    "quoted_terms",
    "quoted_whole",
    "ranks",
    "rate_phrases",
    "rate_set",
    "reachable",
    "recut",
    "reducing_verbs",
    "reformed_levels",
    "region_aid",
    "region_members",
    "register",
    "relation",
    "relation_idioms",
    "remedy_tails",
    "renamed_units",
    "report_fanout",
    "report_owner",
    "report_parts",
    "report_rows",
    "result_asked",
    "result_counts",
    "reviewed_year",
    "role_holder",
    "said_not",
    "said_otherwise",
    "scope",
    "scores",
    "search",
    "self_correction",
    "setting_examples",
    "shared_modifier",
    "shared_object",
    "shared_subject",
    "shared_suffixes",
    "short_forms",
    "short_names",
    "short_spellings",
    "shorter_forms",
    "shortfalls",
    "silent",
    "solved_problems",
    "spelled_asides",
    "split_words",
    "spoken",
    "spoken_deeds",
    "stock_phrases",
    "study_group",
    "substring_decides",
    "substring_rows",
    "supervision",
    "synonym_file",
    "synonym_runs",
    "tense_alternatives",
    "term_sentences",
    "term_words",
    "time_clauses",
    "titled_levels",
    "told_done",
    "topic_concepts",
    "topic_frames",
    "township_level",
    "trainees",
    "under_headings",
    "unindexed",
    "unit_clauses",
    "unit_heads",
    "unit_mentions",
    "unit_totals",
    "units_asked",
    "unsaid",
    "vector_seed",
    "verb_copy",
    "verb_runs",
    "villages",
    "visits",
    "vocabulary",
    "when_asked",
    "written_numbers",
    "written_plainly",
    "zero_rows",
]
