"""Stop 98's mends, each a fact about reports or questions:

1. the units a clause picks out, then 各 (「写了检查次数的乡镇，各检查了多少次」), ask a row each;
2. a place's one-character head (站, 室) right after a noun ends that noun, whatever follows
   (jieba tags 站 a verb); the two sides of an 或 name places of one kind, so the right side runs
   on to its own head (调解室或者法律服务站); a place's stem alone is no spelling of the place;
3. 法制 and 法治 are one modifier in two eras: apart (法制|讲座) and inside a title
   (民主法制示范村), never the 法 of 依法;
4. one title offered for two holders (示范村或者示范社区); 有 before a level title asks it held;
   a review's count of titles newly made (新增…3个) tells them received;
5. a unit's 领导 is written 负责人, 领导干部, 班子成员;
6. a pinyin slip keeps the syllable, not always the tone (一窗统办 for 一窗通办), and a pair of
   characters the reports write counts as the library's own;
7. a text table drawn with bars (「｜」) is read as a spaced one; a table of years answers the
   year asked (the report's own by default), a total row a column asked of no row, and 件/率
   name their columns;
8. a verb copied after a one-character object and marked by 了 (拆违拆了多少) is one deed.

``probes_fix98.jsonl`` asks over five invented reports (``probe_reports_fix98``).
"""

from __future__ import annotations

from pathlib import Path

from ingest.clean import clean_text
from reportqa.answer import Kind
from reportqa.spaced_tables import spaced_tables
from retrieval import homophones
from retrieval.honour_received import asks_received, tells_received
from retrieval.legal_spellings import legal_variants
from retrieval.level_titles import level_titles_in
from retrieval.question_kind import question_kind
from retrieval.question_words import joined_singles
from retrieval.verb_copy import without_verb_copy
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_units_a_clause_picks_then_each():
    assert question_kind("写了安全生产检查次数的乡镇，各检查了多少次？", []) is Kind.COMPARE
    assert question_kind("开展过法治讲座的街道各办了几场", []) is Kind.COMPARE
    assert question_kind("提到矛盾纠纷的乡镇，各项工作怎么样", []) is not Kind.COMPARE
    assert question_kind("开展安全生产检查的乡镇有哪些", []) is Kind.WHICH


def test_a_places_head_ends_its_noun(tagged):
    def words(q):
        return [w for _, w, _ in joined_singles(q, tagged(q))]

    assert "公共法律服务站" in words("哪些乡镇有公共法律服务站或者工作室")
    assert "公共法律服务站" in words("有哪些乡镇已经有公共法律服务站了")
    assert "律师站" not in words("哪些乡镇的律师站在群众一边")  # 站在: to stand


def test_either_place_runs_to_its_own_head(analyzer):
    [c] = [
        c for c in analyzer.analyze("哪些地方建了调解室或者法律服务站", []).concepts if c.required
    ]
    assert {"调解室", "法律服务站"} <= set(c.alternatives) and "法律" not in c.alternatives
    station = analyzer.analyze("哪些乡镇建了公共法律服务站", []).concepts[0]
    assert "公共法律服务" not in station.alternatives  # the service is no station


def test_one_modifier_in_two_eras():
    assert legal_variants("民主法制示范村") == ("民主法治示范村",)
    assert legal_variants("依法治理") == ()
    assert legal_variants("执法制度") == ()


def test_one_title_for_two_holders_and_held():
    [(_, end, c)] = level_titles_in("手上有省级民主法治示范村或者示范社区的都有哪些")
    assert "省级民主法治示范社区" in c.alternatives and end == len(
        "手上有省级民主法治示范村或者示范社区"
    )
    assert asks_received("手上有省级民主法治示范村的都有哪些")
    assert not asks_received("哪些乡镇没有省级民主法治示范村")
    assert tells_received("新增省级民主法治示范村3个，全县现有示范村17个。")
    assert not tells_received("力争新增省级民主法治示范村2个。")


def test_a_slip_of_the_tone():
    assert "通" in homophones._by_sound()["tong"] and "统" in homophones._by_sound()["tong"]
    written = {"一窗", "通办", "窗通"}
    assert (
        homophones.homophone_variant("一窗统办", written.__contains__, {"一窗通办"}.__contains__)
        == "一窗通办"
    )
    # another syllable is no slip (管 guan, 办 ban)
    assert (
        homophones.homophone_variant("一窗统管", written.__contains__, {"一窗通办"}.__contains__)
        is None
    )


_BARRED = """全年调解纠纷情况如下：
类　别　　｜件数｜调解成功｜成功率
土地纠纷　｜ 40 ｜  38  ｜95.0%
婚姻纠纷　｜ 25 ｜  25  ｜100%
合　计　　｜ 65 ｜  63  ｜96.9%
（四）下一步"""

_YEARS = """情况如下：
项目　　　　　　　2022年　　2023年
　行政复议受理　　　 12件　　　15件
　行政应诉案件　　　 20件　　　26件
行政机关负责人出庭应诉实现全覆盖。"""


def test_tables_with_bars_and_of_years():
    [barred] = spaced_tables(clean_text(_BARRED))
    assert barred.header == ("件数", "调解成功", "成功率")
    assert [r.cells[-1] for r in barred.rows] == ["95.0%", "100%", "96.9%"]
    [years] = spaced_tables(clean_text(_YEARS))
    assert years.header == ("2022年", "2023年")
    assert [r.label for r in years.rows] == ["行政复议受理", "行政应诉案件"]


def test_a_verb_copied_after_a_one_character_object(tok):
    assert without_verb_copy("湾岭镇拆违拆了多少", tok.is_word) == "湾岭镇拆违多少"
    assert without_verb_copy("湾岭镇诉讼败诉了几宗", tok.is_word) == "湾岭镇诉讼败诉了几宗"


def test_probes(monkeypatch, capsys, tmp_path):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix98"],
        DATA / "probes_fix98.jsonl",
        ["--min-facts", "1.0", "--min-f1", "1.0", "--min-none", "1.0", "--min-compare", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["miss"]]


def test_the_reviewers_must_nots(analyzer, tagged):
    """What the review of stop 98's diff tried on each rule."""
    from answering.spaced_cell import _whole_asked
    from retrieval.count_bounds import bound_asked
    from retrieval.negation_reach import reached

    # a part's 各 after a comma is no row a unit
    assert question_kind("设立了调解室的街道，各室配备了几名调解员", []) is not Kind.COMPARE
    # people stand (站出来): no place
    words = [
        w for _, w, _ in joined_singles("哪些地方的群众站了出来", tagged("哪些地方的群众站了出来"))
    ]
    assert "群众站" not in words
    # a place that names its own kind keeps its spelling beside a place named whole
    [c] = analyzer.analyze("哪些乡镇有便民服务站或者代办点", []).concepts
    assert "代办点" in c.alternatives
    # 有 before a level's project or a candidate is no title held; a candidate is no title received
    assert not asks_received("哪些乡镇有市级示范项目")
    assert not asks_received("有省级民主法治示范村的候选村吗")
    assert not tells_received("新增省级民主法治示范村创建单位3个。")
    # 法治 of 法治化 and the 法 of 依法 stay
    assert legal_variants("营商环境法治化建设") == ()
    assert legal_variants("全面依法治县法治建设") == ("全面依法治县法制建设",)
    # a row of bare figures that look like years is a row
    [t] = spaced_tables(
        clean_text(
            "情况如下：\n项目    上年    本年\n受理咨询    1986    2035\n办结咨询    1980    2030\n结束。"
        )
    )
    assert t.header == ("上年", "本年") and t.rows[0].label == "受理咨询"
    # a total answers only a question on the table's subject
    [barred] = spaced_tables(clean_text(_BARRED))
    text = clean_text(_BARRED)
    assert _whole_asked(barred, "调解成功率多少", text)
    assert not _whole_asked(barred, "法律援助受理了多少件", text)
    # a platform partly in use is there; an idiom of reaching is no bound
    text = "数字法治平台仍在建设之中，已上线两个模块"
    assert not reached(text, 0, len("数字法治平台"))
    assert bound_asked("经济发展达到一个新台阶的乡镇") is None
