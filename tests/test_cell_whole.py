"""A compare cell read anew must count the thing asked in one sentence (``answering.cell_whole``):
the words asked in one sentence and a figure in the next is no figure of the thing (stop 70's
merge: q46 h46_59 had lost 云乐镇's 「办理林业行政案件5起」 to a sentence on 执法办案 rules)."""

from answering.cell_whole import counted_all
from retrieval.concept import Concept

BEDS = (Concept("养老床位", ("养老床位",), True),)
CASES = (Concept("执法", ("执法",), True), Concept("办案", ("办案",), True))


def test_the_words_and_the_figure_in_one_sentence():
    assert counted_all("新增养老床位1000张以上，建成长者饭堂20家。", BEDS)
    assert counted_all("全年执法办案二十起。", CASES)


def test_the_words_in_one_sentence_the_figure_in_another_is_no_count():
    text = (
        "未取得行政执法证件的人员不得独立从事行政执法工作,辅助人员不得独立执法办案。"
        "持续开展队伍规范化建设,积极参与综合行政执法队伍培训等各类学习培训4场,累计参训人次达16人次。"
    )
    assert not counted_all(text, CASES)
    assert not counted_all("新增老年人日间照料中心25家。", BEDS)
